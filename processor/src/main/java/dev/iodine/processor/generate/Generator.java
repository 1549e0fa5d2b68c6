package dev.iodine.processor.generate;

import dev.iodine.processor.model.Definition;
import dev.iodine.processor.model.IodDef;
import dev.iodine.processor.model.ModelCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * The generate phase: a source per top-level generated type (module/macro interfaces, top-level items, IOD classes
 * and their binders), and at the end of processing the {@code META-INF/services/dev.iodine.bind.Binder} file that
 * lists every binder of the compilation (this is what makes the processor aggregating).
 *
 * <pre>{@code
 * Generator g = new Generator(filer, elements);
 * g.generate(collector, definitions, iods, modules);
 * g.finish();   // in the last round
 * }</pre>
 */
public final class Generator {

    private final Filer filer;
    private final Elements elements;
    private final SourceFiles sources;
    private final TreeSet<String> binders = new TreeSet<>();

    public Generator(Filer filer, Elements elements) {
        this.filer = filer;
        this.elements = elements;
        this.sources = new SourceFiles(filer);
    }

    public void generate(ModelCollector collector, List<Definition> definitions, List<IodDef> iods,
            Map<String, TypeElement> modules) {
        GeneratedNames names = new GeneratedNames(elements);
        Checks checks = new Checks(collector, names, elements, modules);
        DefinitionSource definitionSource = new DefinitionSource(collector, names, checks);
        for (Definition d : definitions) {
            if (!GeneratedNames.nested(d.type())) {
                sources.write(names.qualified(d.type()), definitionSource.topLevel(d), d.type());
            }
        }
        IodSource iodSource = new IodSource(collector, names, checks, elements, modules);
        for (IodDef iod : iods) {
            sources.write(iodSource.qualified(iod, ""), iodSource.iodClass(iod), iod.type());
            String binder = iodSource.qualified(iod, "Binder");
            sources.write(binder, iodSource.binder(iod), iod.type());
            binders.add(binder);
        }
    }

    /** Writes the service file listing every binder generated in this compilation. */
    public void finish() {
        if (binders.isEmpty()) {
            return;
        }
        try (Writer w = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
                "META-INF/services/dev.iodine.bind.Binder").openWriter()) {
            for (String b : binders) {
                w.write(b + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Binder service file", e);
        }
    }
}

package dev.iodine.processor;

import com.google.auto.service.AutoService;
import dev.iodine.annotations.DicomModule;
import dev.iodine.annotations.Iod;
import dev.iodine.annotations.Item;
import dev.iodine.annotations.Macro;
import dev.iodine.processor.check.DefinitionChecker;
import dev.iodine.processor.check.IodChecker;
import dev.iodine.processor.diagnostic.Reporter;
import dev.iodine.processor.generate.Generator;
import dev.iodine.processor.model.Definition;
import dev.iodine.processor.model.IodDef;
import dev.iodine.processor.model.ModelCollector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The Iodine annotation processor. Each round runs three phases: collect (read the annotated interfaces and resolve
 * them against the PS3.6 dictionary), check (every rule of docs/annotations.md and docs/conditions.md, reported
 * through {@link Reporter} from the {@code ProcessorError} catalogue) and, when there were no errors, generate.
 * It is aggregating for incremental builds: the binder service file gathers every IOD.
 *
 * <pre>{@code
 * javac -processorpath iodine-processor.jar -cp iodine-annotations.jar:iodine-runtime.jar MyModule.java MyIod.java
 * }</pre>
 */
@AutoService(Processor.class)
public final class IodineProcessor extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(DicomModule.class.getCanonicalName(), Macro.class.getCanonicalName(),
                Item.class.getCanonicalName(), Iod.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    private Generator generator;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (generator == null) {
            generator = new Generator(processingEnv.getFiler(), processingEnv.getElementUtils());
        }
        if (round.processingOver()) {
            generator.finish();
            return false;
        }
        if (annotations.isEmpty()) {
            return false;
        }
        Reporter reporter = new Reporter(processingEnv.getMessager());
        ModelCollector collector = new ModelCollector(reporter);
        Set<TypeElement> definitionTypes = new LinkedHashSet<>();
        for (Class<? extends java.lang.annotation.Annotation> a : List.of(DicomModule.class, Macro.class, Item.class)) {
            for (Element e : round.getElementsAnnotatedWith(a)) {
                definitionTypes.add((TypeElement) e);
            }
        }
        Map<String, TypeElement> modules = new HashMap<>();
        List<Definition> definitions = new ArrayList<>();
        for (TypeElement t : definitionTypes) {
            Definition d = collector.definition(t);
            definitions.add(d);
            if (t.getAnnotation(DicomModule.class) != null) {
                modules.put(t.getSimpleName().toString(), t);
            }
        }
        List<IodDef> iods = new ArrayList<>();
        for (Element e : round.getElementsAnnotatedWith(Iod.class)) {
            IodDef iod = collector.iod((TypeElement) e);
            iods.add(iod);
            iod.modules().forEach(u -> modules.putIfAbsent(u.module().getSimpleName().toString(), u.module()));
        }
        var elements = processingEnv.getElementUtils();
        DefinitionChecker definitionChecker = new DefinitionChecker(reporter, collector, elements, modules);
        definitions.forEach(definitionChecker::check);
        IodChecker iodChecker = new IodChecker(reporter, collector, elements, modules);
        iods.forEach(iodChecker::check);
        if (reporter.errorCount() == 0) {
            generator.generate(collector, definitions, iods, modules);
        }
        return true;
    }
}

package dev.iodine.processor.generate;

import dev.iodine.processor.model.DefinitionKind;
import dev.iodine.processor.model.ModelCollector;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The names of generated types (docs/annotations.md, "What is generated"): a module or macro {@code XModule} →
 * interface {@code XModuleData}; an item nested in a definition → a class of the same simple name nested in that
 * definition's generated type; any other item {@code Foo} → class {@code FooData}; an IOD {@code XIod} → {@code X}.
 *
 * <pre>{@code
 * names.qualified(beamItem);   // "dev.iodine.iod.module.RtBeamsModuleData.Beam"
 * }</pre>
 */
public final class GeneratedNames {

    private final Elements elements;

    public GeneratedNames(Elements elements) {
        this.elements = elements;
    }

    /** Whether the definition's generated type is nested in another generated type. */
    public static boolean nested(TypeElement definition) {
        Element enclosing = definition.getEnclosingElement();
        return ModelCollector.kindOf(definition) == DefinitionKind.ITEM && enclosing instanceof TypeElement
                && ModelCollector.kindOf(enclosing) != null;
    }

    /** The generated type's simple name. */
    public static String simple(TypeElement definition) {
        String n = definition.getSimpleName().toString();
        return nested(definition) ? n : n + "Data";
    }

    /** The generated type's qualified (source) name. */
    public String qualified(TypeElement definition) {
        if (nested(definition)) {
            return qualified((TypeElement) definition.getEnclosingElement()) + "." + simple(definition);
        }
        return qualifiedIn(packageOf(definition), simple(definition));
    }

    public String packageOf(TypeElement type) {
        PackageElement p = elements.getPackageOf(type);
        return p.isUnnamed() ? "" : p.getQualifiedName().toString();
    }

    static String qualifiedIn(String pkg, String simple) {
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }
}

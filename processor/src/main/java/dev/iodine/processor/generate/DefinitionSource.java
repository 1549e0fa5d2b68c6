package dev.iodine.processor.generate;

import dev.iodine.processor.condition.PathConstants;
import dev.iodine.processor.model.AttributeDef;
import dev.iodine.processor.model.Definition;
import dev.iodine.processor.model.DefinitionKind;
import dev.iodine.processor.model.IncludeDef;
import dev.iodine.processor.model.ModelCollector;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The source of a module's or macro's generated interface ({@code XModuleData}: default accessors over
 * {@code dataset()}, shared by every IOD that uses the module) and of item classes (nested the way their
 * definitions are).
 *
 * <pre>{@code
 * String source = definitionSource.topLevel(definition);
 * }</pre>
 */
final class DefinitionSource {

    static final String GENERATED = "@javax.annotation.processing.Generated(\"dev.iodine.processor.IodineProcessor\")\n";

    private final ModelCollector collector;
    private final GeneratedNames names;
    private final Checks checks;

    DefinitionSource(ModelCollector collector, GeneratedNames names, Checks checks) {
        this.collector = collector;
        this.names = names;
        this.checks = checks;
    }

    /**
     * The compilation unit of a definition whose generated type is top-level. The path arrays of all its conditions
     * and the value lists of its checks (nested items' included) are constants of the type, or, for an interface
     * (whose fields would be public API), of a package-private class {@code XModuleDataPaths} that follows it in the
     * same file, statically imported (qualified in the unnamed package, from which nothing can be imported).
     */
    String topLevel(Definition d) {
        String pkg = names.packageOf(d.type());
        String simple = GeneratedNames.simple(d.type());
        boolean isInterface = d.kind() != DefinitionKind.ITEM;
        String holder = simple + "Paths";
        PathConstants paths = new PathConstants(isInterface && pkg.isEmpty() ? holder : "");
        String type = type(d, false, paths);
        if (!isInterface || paths.isEmpty()) {
            return (pkg.isEmpty() ? "" : "package " + pkg + ";\n\n") + type;
        }
        return (pkg.isEmpty() ? "" : "package " + pkg + ";\n\nimport static " + pkg + "." + holder + ".*;\n\n") + type
                + "\n/** The condition paths and value lists of the checks of {@link " + simple + "}: an interface's"
                + " fields would be public. */\n" + GENERATED + "final class " + holder + " {\n\n" + paths.declarations("")
                + "private " + holder + "() {\n}\n}\n";
    }

    /** Every accessor of the definition's own attributes. */
    List<GeneratedMethod> accessors(Definition d) {
        List<GeneratedMethod> out = new ArrayList<>();
        for (AttributeDef a : d.attributes()) {
            out.addAll(Accessors.of(a, d.privateCreator(), names));
        }
        return out;
    }

    /** The type's source; {@code paths} gets its path arrays and value lists, and a top-level class declares them. */
    private String type(Definition d, boolean nestedInInterface, PathConstants paths) {
        boolean isInterface = d.kind() != DefinitionKind.ITEM;
        String simple = GeneratedNames.simple(d.type());
        StringBuilder s = new StringBuilder();
        s.append("/**\n * ").append(describe(d)).append("\n * <p>Generated from {@link ")
                .append(d.type().getQualifiedName()).append("}.\n */\n").append(GENERATED);
        List<String> supertypes = new ArrayList<>(List.of("dev.iodine.bind.DicomObject"));
        for (IncludeDef include : d.includes()) {
            Definition macro = collector.definition(include.macro());
            if (macro != null && macro.kind() == DefinitionKind.MACRO) {
                supertypes.add(names.qualified(include.macro()));
            }
        }
        if (isInterface) {
            s.append("public interface ").append(simple).append(" extends ").append(String.join(", ", supertypes));
        } else {
            s.append(nestedInInterface ? "" : "public ").append(GeneratedNames.nested(d.type()) && !nestedInInterface
                    ? "static " : "").append("final class ").append(simple).append(" implements ")
                    .append(String.join(", ", supertypes));
        }
        s.append(" {\n\n");
        int members = s.length();
        if (!isInterface) {
            s.append("private final dev.iodine.data.Dataset dataset;\n\n")
                    .append("/** A new, empty item. */\npublic ").append(simple)
                    .append("() {\nthis(new dev.iodine.data.Dataset());\n}\n\n")
                    .append("/** A view of an item's dataset: reads and writes go to it. */\npublic ").append(simple)
                    .append("(dev.iodine.data.Dataset dataset) {\n")
                    .append("this.dataset = java.util.Objects.requireNonNull(dataset, \"dataset\");\n}\n\n")
                    .append("@Override\npublic dev.iodine.data.Dataset dataset() {\nreturn dataset;\n}\n\n");
        }
        for (GeneratedMethod m : accessors(d)) {
            s.append(m.declaration(isInterface)).append('\n');
        }
        s.append(checks.method(d, isInterface, paths)).append('\n');
        for (Element e : d.type().getEnclosedElements()) {
            if (e instanceof TypeElement t && ModelCollector.kindOf(t) == DefinitionKind.ITEM) {
                s.append(type(collector.definition(t), isInterface, paths)).append('\n');
            }
        }
        if (!isInterface && !GeneratedNames.nested(d.type())) {
            // Known only now that the nested items' conditions are compiled too.
            s.insert(members, paths.declarations("private "));
        }
        return s.append("}\n").toString();
    }

    private static String describe(Definition d) {
        return switch (d.kind()) {
            case MODULE -> "The " + d.name() + " module" + (d.section().isEmpty() ? "" : " (PS3.3 " + d.section() + ")")
                    + ": typed access to its attributes, shared by every IOD that uses it.";
            case MACRO -> "The " + d.name() + " macro" + (d.section().isEmpty() ? "" : " (PS3.3 " + d.section() + ")")
                    + ": typed access to its attributes wherever it is included.";
            case ITEM -> "An item of a sequence: " + d.name() + ".";
        };
    }
}

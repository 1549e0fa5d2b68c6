package dev.iodine.processor.condition;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The path arrays of the conditions of one generated compilation unit, each declared once as a constant: condition
 * code runs at every validation, and an array literal in it would be allocated at every evaluation. A constant is
 * named after its contents ({@code PATH_300A0111_300A011E} for tags, {@code INDEX_ANY_2} for indices, {@code ANY}
 * standing for -1), so equal arrays share one constant and the names do not depend on the order of generation; the
 * declarations keep the order of first use.
 *
 * <pre>{@code
 * PathConstants paths = new PathConstants("");       // the constants go in the class that holds the conditions
 * String java = ConditionCompiler.compile(condition, environment, modules, predicates, paths);
 * // c.present(0, PATH_00180010, INDEX_ANY)
 * String fields = paths.declarations("private ");   // private static final int[] PATH_00180010 = {0x00180010}; ...
 * }</pre>
 */
public final class PathConstants {

    private final String qualifier;
    /** Constant name → its comment and initializer, in the order of first use. */
    private final Map<String, Constant> constants = new LinkedHashMap<>();

    /**
     * @param holder the simple name to qualify each reference with: the class that declares the constants, when the
     *     conditions cannot name them alone (an interface's, in the unnamed package); "" when they can
     */
    public PathConstants(String holder) {
        this.qualifier = holder.isEmpty() ? "" : holder + ".";
    }

    /** The reference to the constant holding a path's tags; {@code keywords} (e.g. {@code Seq.Attr}) documents it. */
    String tags(int[] tags, String keywords) {
        return constant("PATH_", Arrays.stream(tags).mapToObj(t -> ConditionCompiler.hex(t).substring(2)),
                "// " + keywords + "\n", Arrays.stream(tags).mapToObj(ConditionCompiler::hex));
    }

    /** The reference to the constant holding a path's indices (-1: any item or value). */
    String indices(int[] indices) {
        return constant("INDEX_", Arrays.stream(indices).mapToObj(i -> i < 0 ? "ANY" : String.valueOf(i)), "",
                Arrays.stream(indices).mapToObj(String::valueOf));
    }

    private String constant(String prefix, Stream<String> nameParts, String comment, Stream<String> values) {
        String name = nameParts.collect(Collectors.joining("_", prefix, ""));
        if (!constants.containsKey(name)) {
            constants.put(name, new Constant(comment, values.collect(Collectors.joining(", ", "{", "}"))));
        }
        return qualifier + name;
    }

    /** Whether no condition used a path. */
    public boolean isEmpty() {
        return constants.isEmpty();
    }

    /**
     * The field declarations, each with {@code modifiers} (e.g. {@code "private "}) before {@code static final},
     * after a comment that says why they are there; "" when there are none.
     */
    public String declarations(String modifiers) {
        if (constants.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("// The tags and indices of the condition paths, allocated once: conditions"
                + " run at every validation.\n");
        constants.forEach((name, c) -> out.append(c.comment()).append(modifiers).append("static final int[] ")
                .append(name).append(" = ").append(c.initializer()).append(";\n"));
        return out.toString();
    }

    /** A constant's comment line ("" for none) and array initializer ({@code {0x00180010}}). */
    private record Constant(String comment, String initializer) { }
}

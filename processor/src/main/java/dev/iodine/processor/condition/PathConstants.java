package dev.iodine.processor.condition;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The arrays of one generated compilation unit's checks, each declared once as a constant: the path arrays of its
 * conditions and the enumerated values and defined terms its value checks pass. Check code runs at every validation,
 * and an array literal in it would be allocated at every evaluation. A path constant is named after its contents
 * ({@code PATH_300A0111_300A011E} for tags, {@code INDEX_ANY_2} for indices, {@code ANY} standing for -1), so equal
 * arrays share one constant and the names do not depend on the order of generation; a value list after its attribute
 * ({@code ENUMERATED_300A00C6}, {@code TERMS_00080060}; {@code _2} and so on for another list of the same attribute
 * in the unit). The declarations keep the order of first use.
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
                "// " + keywords + "\n", "int[]", Arrays.stream(tags).mapToObj(ConditionCompiler::hex));
    }

    /** The reference to the constant holding a path's indices (-1: any item or value). */
    String indices(int[] indices) {
        return constant("INDEX_", Arrays.stream(indices).mapToObj(i -> i < 0 ? "ANY" : String.valueOf(i)), "",
                "int[]", Arrays.stream(indices).mapToObj(String::valueOf));
    }

    /**
     * The reference to the constant holding the enumerated values or defined terms of an attribute, in the
     * standard's order (its violation message lists them so); {@code keyword} documents it.
     */
    public String valueList(int tag, boolean enumerated, String keyword, List<String> values) {
        String base = (enumerated ? "ENUMERATED_" : "TERMS_") + ConditionCompiler.hex(tag).substring(2);
        String initializer = values.stream().map(ConditionCompiler::quote).collect(Collectors.joining(", ", "{", "}"));
        String name = base;
        for (int n = 2; constants.containsKey(name) && !constants.get(name).initializer().equals(initializer); n++) {
            name = base + "_" + n;
        }
        constants.putIfAbsent(name, new Constant("// " + keyword + "\n", "String[]", initializer));
        return qualifier + name;
    }

    private String constant(String prefix, Stream<String> nameParts, String comment, String type,
            Stream<String> values) {
        String name = nameParts.collect(Collectors.joining("_", prefix, ""));
        if (!constants.containsKey(name)) {
            constants.put(name, new Constant(comment, type, values.collect(Collectors.joining(", ", "{", "}"))));
        }
        return qualifier + name;
    }

    /** Whether no condition used a path and no check a value list. */
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
        StringBuilder out = new StringBuilder("// The condition paths and value lists of the checks, allocated once:"
                + " the checks run at every validation.\n");
        constants.forEach((name, c) -> out.append(c.comment()).append(modifiers).append("static final ")
                .append(c.type()).append(' ').append(name).append(" = ").append(c.initializer()).append(";\n"));
        return out.toString();
    }

    /** A constant's comment line ("" for none), array type and initializer ({@code {0x00180010}}). */
    private record Constant(String comment, String type, String initializer) { }
}

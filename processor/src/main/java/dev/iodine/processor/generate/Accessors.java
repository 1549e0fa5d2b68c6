package dev.iodine.processor.generate;

import static dev.iodine.processor.condition.ConditionCompiler.hex;
import static dev.iodine.processor.condition.ConditionCompiler.quote;

import dev.iodine.data.VR;
import dev.iodine.dict.DictionaryEntry;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.processor.model.AttributeDef;
import dev.iodine.processor.model.EnumValues;
import dev.iodine.processor.model.JavaTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The accessors generated for one attribute {@code X} of Java type {@code T}: {@code T getX()} (the definition's
 * method name; null when absent or empty), {@code containsX()} (present, even empty), {@code setX(T)} (null writes
 * it empty), {@code setXEmpty()}, {@code removeX()}; for an enum {@code T}, also {@code getXString()} and
 * {@code setXString(String)}, the value as text, so that values the enum lacks stay reachable; for a sequence, the getter lists the items (empty when absent),
 * {@code addXItem()} appends one and {@code addXItem(Consumer)} appends one filled by the consumer. Every accessor reads and writes {@code dataset()}, with no reflection.
 *
 * <pre>{@code
 * List<GeneratedMethod> methods = Accessors.of(attribute, privateCreator, names);
 * }</pre>
 */
final class Accessors {

    private Accessors() {
    }

    static List<GeneratedMethod> of(AttributeDef a, String privateCreator, GeneratedNames names) {
        String read = privateCreator.isEmpty() ? hex(a.tag())
                : "dataset().privateTag(" + quote(privateCreator) + ", " + hex(a.tag()) + ")";
        String write = privateCreator.isEmpty() ? read
                : "dataset().reservePrivateTag(" + quote(privateCreator) + ", " + hex(a.tag()) + ")";
        String vr = "dev.iodine.data.VR." + a.vr();
        String what = a.keyword() + " " + a.tagText() + ", Type " + a.type().label();
        String cap = a.capitalized();
        String getter = a.method().getSimpleName().toString();
        List<GeneratedMethod> out = new ArrayList<>();
        if (a.vr() == VR.SQ) {
            String item = names.qualified(a.itemType());
            out.add(new GeneratedMethod("java.util.List<" + item + ">", getter, "", "",
                    "dev.iodine.data.Sequence s = dataset().getSequence(" + read + ");\n"
                    + "java.util.List<" + item + "> items = new java.util.ArrayList<>();\n"
                    + "if (s != null) {\nfor (dev.iodine.data.Dataset d : s) {\nitems.add(new " + item + "(d));\n}\n}\n"
                    + "return java.util.Collections.unmodifiableList(items);",
                    "The items of " + what + "; empty when absent or empty."));
            out.add(new GeneratedMethod(item, "add" + cap + "Item", "", "",
                    "dev.iodine.data.Sequence s = dataset().getSequence(" + write + ");\n"
                    + "if (s == null) {\ns = dataset().newSequence(" + write + ");\n}\n"
                    + "return new " + item + "(s.addItem());",
                    "Appends an item to " + what + " (creating the sequence when absent)."));
            // Filling through a Consumer nests to any depth in one expression (docs/annotations.md, "Builders").
            out.add(new GeneratedMethod(item, "add" + cap + "Item", "java.util.function.Consumer<? super " + item
                    + "> fill", "fill", item + " item = add" + cap + "Item();\nfill.accept(item);\nreturn item;",
                    "Appends an item to " + what + " (creating the sequence when absent), filled by {@code fill};"
                    + " returns the item."));
            out.add(new GeneratedMethod("void", "set" + cap + "Empty", "", "",
                    "dataset().newSequence(" + write + ");", "Makes " + what + " present with no items."));
        } else {
            String type = a.javaType().toString();
            TypeElement enumType = EnumValues.enumOf(a.javaType());
            String setEmpty = "dataset().setEmpty(" + write + ", " + vr + ");";
            out.add(new GeneratedMethod(type, getter, "", "", enumType != null ? enumGetter(enumType, type, read)
                    : getter(a, type, read), "The value of " + what + "; null when absent or empty"
                    + (enumType != null ? ", or when it is not one of the enum's values (see get" + cap + "String)."
                            : ".")));
            out.add(new GeneratedMethod("void", "set" + cap, type + " value", "value",
                    "if (value == null) {\n" + setEmpty + "\n} else {\n"
                    + (enumType != null ? enumSetter(enumType, write, vr) : setter(a, type, write, vr)) + "\n}",
                    "Sets " + what + "; null makes it present and empty."));
            if (enumType != null) {
                // The text too, so that a value outside the enum can be read and written.
                out.add(new GeneratedMethod(JavaTypes.STRING, "get" + cap + "String", "", "",
                        "return dataset().getString(" + read + ");",
                        "The text of " + what + ", whether or not the enum has a constant for it; null when absent or empty."));
                out.add(new GeneratedMethod("void", "set" + cap + "String", JavaTypes.STRING + " value", "value",
                        "if (value == null) {\n" + setEmpty + "\n} else {\ndataset().setString(" + write + ", " + vr
                        + ", value);\n}", "Sets the text of " + what + "; null makes it present and empty."));
            }
            out.add(new GeneratedMethod("void", "set" + cap + "Empty", "", "", setEmpty,
                    "Makes " + what + " present and empty."));
        }
        out.add(new GeneratedMethod("boolean", "contains" + cap, "", "", "return dataset().contains(" + read + ");",
                "Whether " + what + " is present, even empty."));
        out.add(new GeneratedMethod("void", "remove" + cap, "", "", "dataset().remove(" + read + ");",
                "Removes " + what + "."));
        return out;
    }

    private static String getter(AttributeDef a, String type, String tag) {
        boolean at = a.vr() == VR.AT;
        return switch (type) {
            case JavaTypes.STRING -> "return dataset().getString(" + tag + ");";
            case JavaTypes.STRINGS -> "return dataset().getStrings(" + tag + ");";
            case JavaTypes.STRING_LIST -> "String[] v = dataset().getStrings(" + tag + ");\n"
                    + "return v == null ? null : java.util.List.of(v);";
            case JavaTypes.PERSON_NAME -> "return dataset().getPersonName(" + tag + ");";
            case JavaTypes.DATE -> "return dataset().getDate(" + tag + ");";
            case JavaTypes.TIME -> "return dataset().getTime(" + tag + ");";
            case JavaTypes.DATE_TIME -> "return dataset().getDateTime(" + tag + ");";
            case JavaTypes.INTEGER -> at ? "int[] v = dataset().getTags(" + tag + ");\n"
                    + "return v == null || v.length == 0 ? null : v[0];" : "return dataset().getInt(" + tag + ");";
            case JavaTypes.LONG -> "return dataset().getLong(" + tag + ");";
            case JavaTypes.DOUBLE -> "return dataset().getDouble(" + tag + ");";
            case JavaTypes.FLOAT -> "float[] v = dataset().getFloats(" + tag + ");\n"
                    + "return v == null || v.length == 0 ? null : v[0];";
            case JavaTypes.INTS -> "return dataset()." + (at ? "getTags(" : "getInts(") + tag + ");";
            case JavaTypes.LONGS -> "return dataset().getLongs(" + tag + ");";
            case JavaTypes.DOUBLES -> "return dataset().getDoubles(" + tag + ");";
            case JavaTypes.FLOATS -> "return dataset().getFloats(" + tag + ");";
            default -> "return dataset().getBytes(" + tag + ");";
        };
    }

    private static String setter(AttributeDef a, String type, String tag, String vr) {
        boolean at = a.vr() == VR.AT;
        return switch (type) {
            case JavaTypes.STRING, JavaTypes.STRINGS -> "dataset().setString(" + tag + ", " + vr + ", value);";
            case JavaTypes.STRING_LIST -> "dataset().setString(" + tag + ", " + vr + ", value.toArray(new String[0]));";
            case JavaTypes.PERSON_NAME -> "dataset().setPersonName(" + tag + ", value);";
            case JavaTypes.DATE -> "dataset().setDate(" + tag + ", value);";
            case JavaTypes.TIME -> "dataset().setTime(" + tag + ", value);";
            case JavaTypes.DATE_TIME -> "dataset().setDateTime(" + tag + ", value);";
            case JavaTypes.INTEGER, JavaTypes.INTS -> at ? "dataset().setTags(" + tag + ", value);"
                    : "dataset().setInt(" + tag + ", " + signedVr(a, type, vr) + ", value);";
            case JavaTypes.LONG, JavaTypes.LONGS -> "dataset().setLong(" + tag + ", " + vr + ", value);";
            case JavaTypes.DOUBLE, JavaTypes.DOUBLES -> "dataset().setDouble(" + tag + ", " + vr + ", value);";
            case JavaTypes.FLOAT, JavaTypes.FLOATS -> "dataset().setFloat(" + tag + ", " + vr + ", value);";
            default -> "dataset().setBytes(" + tag + ", " + vr + ", value);";
        };
    }

    /**
     * The VR to write integers in: for an attribute whose dictionary VR is "US or SS" (Pixel Padding Value, LUT
     * Descriptor), SS when a value is negative, which US cannot hold (PS3.5 Table 6.2-1); else {@code vr}.
     */
    private static String signedVr(AttributeDef a, String type, String vr) {
        DictionaryEntry entry = ElementDictionary.lookup(a.tag());
        if (entry == null || !entry.vrs().contains(VR.US) || !entry.vrs().contains(VR.SS)) {
            return vr;
        }
        String negative = type.equals(JavaTypes.INTEGER) ? "value < 0" : "java.util.Arrays.stream(value).anyMatch(v -> v < 0)";
        return "(" + negative + " ? dev.iodine.data.VR.SS : " + vr + ")";
    }

    /** A switch from each constant's value (its {@code @DicomValue} or name) to the constant; null for others. */
    private static String enumGetter(TypeElement enumType, String type, String tag) {
        StringBuilder cases = new StringBuilder();
        EnumValues.of(enumType).forEach((constant, value) -> cases.append("case ").append(quote(value)).append(" -> ")
                .append(type).append('.').append(constant).append(";\n"));
        return "String v = dataset().getString(" + tag + ");\nreturn v == null ? null : switch (v) {\n" + cases
                + "default -> null;\n};";
    }

    /**
     * The value of {@code value}: a switch on the name for the constants whose value differs from it. Switching on
     * the name, not the constant, spares javac a synthetic switch-map class per generated type.
     */
    private static String enumSetter(TypeElement enumType, String tag, String vr) {
        StringBuilder cases = new StringBuilder();
        EnumValues.of(enumType).forEach((constant, value) -> {
            if (!constant.equals(value)) {
                cases.append("case ").append(quote(constant)).append(" -> ").append(quote(value)).append(";\n");
            }
        });
        String text = cases.isEmpty() ? "value.name()"
                : "switch (value.name()) {\n" + cases + "default -> value.name();\n}";
        return "dataset().setString(" + tag + ", " + vr + ", " + text + ");";
    }
}

package dev.iodine.validation;

import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of one attribute of a module against a dataset, as generated validators call them: presence by
 * attribute type (PS3.5 7.4) and values against enumerated values or defined terms (PS3.3 5.3, 5.4).
 *
 * <pre>{@code
 * List<Violation> out = new ArrayList<>();
 * AttributeChecks.presence(out, ds, ItemPath.ROOT, Tags.PatientID, "2", true, false, "Patient", "C.7.1.1", null);
 * AttributeChecks.values(out, ds, ItemPath.ROOT, Tags.PatientSex, "2", "Patient", "C.7.1.1", true, SEXES);
 * for (int i = 0; i < beams.size(); i++) {
 *     ItemPath item = ItemPath.ROOT.item(Tags.BeamSequence, i);   // "BeamSequence[0]", as text only if needed
 *     ...
 * }
 * }</pre>
 */
public final class AttributeChecks {

    private static final Set<VR> INTEGERS = EnumSet.of(VR.US, VR.SS, VR.UL, VR.SL, VR.SV, VR.UV);

    private AttributeChecks() {
    }

    /**
     * Checks that an attribute is present (and has a value) when it must, and absent when it must be.
     *
     * <p>A Type 1 or 1C attribute that is present must have a value even when its condition is not known to
     * hold (PS3.5 7.4.1, 7.4.4); an empty sequence has no value.
     *
     * @param type      "1", "1C", "2" or "2C" (Type 3 needs no check)
     * @param required  the attribute must be present: always for 1 and 2, when the condition holds for 1C/2C
     * @param forbidden the attribute must be absent: a 1C/2C whose condition does not hold and that may not be
     *                  present otherwise (false when the condition cannot be decided)
     * @param condition the condition's text for the message, or null for types 1 and 2
     */
    public static void presence(List<Violation> out, Dataset ds, ItemPath path, int tag, String type,
                                boolean required, boolean forbidden, String module, String section,
                                String condition) {
        boolean present = ds.contains(tag);
        boolean typeOne = type.startsWith("1");
        if (!present) {
            if (required) {
                out.add(Violation.missing(path.toString(), tag, module, section, type, condition));
            }
        } else if (forbidden) {
            out.add(Violation.notAllowed(path.toString(), tag, module, section, type, condition));
        } else if (typeOne && !ds.hasValue(tag)) {
            out.add(Violation.empty(path.toString(), tag, module, section, type, required ? condition : null));
        }
    }

    /**
     * Checks every value of an attribute against the values the standard lists: an enumerated value outside the
     * list is an error, a defined term outside it a warning. Absent or empty attributes are not checked here.
     * Binary integer values compare with the numbers of the list (decimal, or hexadecimal with an {@code H} suffix
     * as PS3.3 writes them).
     *
     * @param allowed the listed values in the standard's order; not changed (generated checks pass constants)
     */
    public static void values(List<Violation> out, Dataset ds, ItemPath path, int tag, String type, String module,
                              String section, boolean enumerated, String... allowed) {
        VR vr = ds.getVR(tag);
        if (vr == null || !ds.hasValue(tag) || !vr.isString() && !INTEGERS.contains(vr)) {
            return;
        }
        // Strings by index: getStrings would copy the decoded array at every check.
        String[] numbers = vr.isString() ? null : decimal(ds.getLongs(tag));
        int count = numbers == null ? ds.valueCount(tag) : numbers.length;
        for (int v = 0; v < count; v++) {
            String value = numbers == null ? ds.getString(tag, v) : numbers[v];
            if (!value.isEmpty() && !listed(value, vr.isString(), allowed)) {
                out.add(Violation.unexpectedValue(path.toString(), tag, module, section, type, value, enumerated,
                        allowed));
            }
        }
    }

    private static String[] decimal(long[] values) {
        String[] s = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = Long.toString(values[i]);
        }
        return s;
    }

    private static boolean listed(String value, boolean string, String[] allowed) {
        for (String a : allowed) {
            if (string ? a.equals(value) : value.equals(number(a))) {
                return true;
            }
        }
        return false;
    }

    /** A listed number as decimal text: {@code "0001H"} → {@code "1"}; text that is no number stays as it is. */
    private static String number(String listed) {
        try {
            return listed.endsWith("H") ? Long.toString(Long.parseLong(listed.substring(0, listed.length() - 1), 16))
                    : Long.toString(Long.parseLong(listed.strip()));
        } catch (NumberFormatException e) {
            return listed;
        }
    }
}

package dev.iodine.validation;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every value must keep whatever its IOD: those of its VR in PS3.5 6.2 (characters, lengths, the
 * formats of dates, times, numbers, ages and UIDs) and the whole-value-size rule of binary VRs. Each broken rule
 * is a {@link Violation.Kind#VALUE_FORMAT} error naming the value and what its VR allows.
 *
 * <pre>{@code
 * List<Violation> out = new ArrayList<>();
 * ValueChecks.check(out, dataset);          // every element, items included
 * }</pre>
 */
public final class ValueChecks {

    private static final Pattern AS = Pattern.compile("\\d{3}[DWMY]");
    private static final Pattern CS = Pattern.compile("[A-Z0-9 _]*");
    private static final Pattern DA = Pattern.compile("\\d{8}");
    private static final Pattern DS = Pattern.compile(" *[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)? *");
    private static final Pattern IS = Pattern.compile(" *[+-]?\\d+ *");
    private static final Pattern TM = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d([0-5]\\d|60)?)?(\\.\\d{1,6})?");
    /** PS3.5 Table 6.2-1: YYYY, MM 01-12, DD 01-31, HH 00-23, MM 00-59, SS 00-60, components from the right optional. */
    private static final Pattern DT = Pattern.compile("\\d{4}((0[1-9]|1[0-2])((0[1-9]|[12]\\d|3[01])(([01]\\d|2[0-3])"
            + "([0-5]\\d(([0-5]\\d|60)(\\.\\d{1,6})?)?)?)?)?)?([+-]\\d{4})?");
    private static final Pattern UI = Pattern.compile("(0|[1-9]\\d*)(\\.(0|[1-9]\\d*))*");

    private ValueChecks() {
    }

    /** Checks every element of the dataset and of its items, depth first. */
    public static void check(List<Violation> out, Dataset ds) {
        check(out, ds, "");
    }

    private static void check(List<Violation> out, Dataset ds, String path) {
        for (int i = 0; i < ds.size(); i++) {
            int tag = ds.tagAt(i);
            VR vr = ds.vrAt(i);
            if (vr == VR.SQ) {
                Sequence seq = ds.getSequence(tag);
                for (int k = 0; k < seq.size(); k++) {
                    check(out, seq.get(k), AttributeChecks.itemPath(path, tag, k));
                }
            } else if (vr.isString() && !Tag.isGroupLength(tag)) {
                String[] values = vr.isMultiValuedString() ? ds.getStrings(tag) : new String[] {ds.getString(tag)};
                for (String value : values) {
                    String broken = value == null || value.isEmpty() ? null : brokenRule(vr, value);
                    if (broken != null) {
                        out.add(new Violation(Severity.ERROR, Violation.Kind.VALUE_FORMAT, path, tag, null, null,
                                null, null, value, broken));
                    }
                }
            } else if (vr.binaryValueSize() > 1 && ds.lengthAt(i) % vr.binaryValueSize() != 0) {
                out.add(new Violation(Severity.ERROR, Violation.Kind.VALUE_FORMAT, path, tag, null, null, null, null,
                        null, "a length that is a multiple of " + vr.binaryValueSize() + " for " + vr
                        + " (it is " + ds.lengthAt(i) + ", PS3.5 6.2)"));
            }
        }
    }

    /** What the VR requires that the (unpadded) value breaks, or null when it keeps every rule. */
    static String brokenRule(VR vr, String value) {
        String rule = switch (vr) {
            case AS -> AS.matcher(value).matches() ? null : "nnnD, nnnW, nnnM or nnnY";
            case CS -> CS.matcher(value).matches() ? null : "upper-case letters, digits, space and underscore";
            case DA -> DA.matcher(value).matches() && isDate(value) ? null : "a date YYYYMMDD";
            case DS -> DS.matcher(value).matches() ? null : "a decimal number";
            case IS -> IS.matcher(value).matches() && isInt(value.strip()) ? null
                    : "an integer from -2^31 to 2^31-1";
            case TM -> TM.matcher(value).matches() ? null : "a time HHMMSS.FFFFFF (components from the right optional)";
            case DT -> DT.matcher(value).matches() && (!hasDay(value) || isDate(value)) ? null
                    : "a date-time YYYYMMDDHHMMSS.FFFFFF&ZZXX";
            case UI -> UI.matcher(value).matches() ? null
                    : "a UID: digits in dot-separated components without leading zeros";
            case PN -> personName(value);
            default -> null;
        };
        if (rule == null) {
            rule = characters(vr, value);
        }
        // PN's limit is per component group, checked above.
        if (rule == null && vr != VR.PN && vr.limit() > 0 && value.length() > vr.limit()) {
            rule = "at most " + vr.limit() + " characters (it has " + value.length() + ")";
        }
        return rule == null ? null : rule + " (" + vr + ", PS3.5 6.2)";
    }

    /** Control characters other than ESC (and, in text, CR, LF, FF, TAB) are not allowed (PS3.5 6.1.3). */
    private static String characters(VR vr, String value) {
        boolean text = vr == VR.LT || vr == VR.ST || vr == VR.UT;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            boolean allowedControl = c == 0x1B || text && (c == '\r' || c == '\n' || c == '\f' || c == '\t');
            if (c < 0x20 && !allowedControl || c == 0x7F) {
                return "no control character (found U+" + String.format("%04X", (int) c) + " at " + k + ")";
            }
        }
        return null;
    }

    private static String personName(String value) {
        String[] groups = value.split("=", -1);
        if (groups.length > 3) {
            return "at most three component groups";
        }
        for (String g : groups) {
            if (g.split("\\^", -1).length > 5) {
                return "at most five components per group";
            }
            if (g.length() > 64) {
                return "at most 64 characters per component group";
            }
        }
        return null;
    }

    private static boolean isDate(String v) {
        try {
            LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether a date-time that matches {@code DT} has a day (its first eight characters are digits). */
    private static boolean hasDay(String v) {
        return v.length() >= 8 && v.chars().limit(8).allMatch(Character::isDigit);
    }

    private static boolean isInt(String v) {
        try {
            Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

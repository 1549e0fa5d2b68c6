package dev.iodine.validation;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    private static final Pattern DA = Pattern.compile("\\d{8}");
    private static final Pattern TM = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d([0-5]\\d|60)?)?(\\.\\d{1,6})?");
    /** PS3.5 Table 6.2-1: YYYY, MM 01-12, DD 01-31, HH 00-23, MM 00-59, SS 00-60, components from the right optional. */
    private static final Pattern DT = Pattern.compile("\\d{4}((0[1-9]|1[0-2])((0[1-9]|[12]\\d|3[01])(([01]\\d|2[0-3])"
            + "([0-5]\\d(([0-5]\\d|60)(\\.\\d{1,6})?)?)?)?)?)?([+-]\\d{4})?");
    private static final Pattern UI = Pattern.compile("(0|[1-9]\\d*)(\\.(0|[1-9]\\d*))*");
    /** The VRs whose format (checked above the characters) allows printable ASCII only. */
    private static final Set<VR> FORMATTED = EnumSet.of(VR.AS, VR.CS, VR.DA, VR.DS, VR.IS, VR.TM, VR.DT, VR.UI);

    private ValueChecks() {
    }

    /** Checks every element of the dataset and of its items, depth first. */
    public static void check(List<Violation> out, Dataset ds) {
        check(out, ds, null, 0, 0);
    }

    /**
     * {@code ds} is item {@code index} of sequence {@code sequenceTag} in the dataset at {@code parent} (null: the top
     * level). Its own path is made only if it has items (their parent) or a violation: most items have neither.
     */
    private static void check(List<Violation> out, Dataset ds, ItemPath parent, int sequenceTag, int index) {
        ItemPath path = null;
        for (int i = 0; i < ds.size(); i++) {
            int tag = ds.tagAt(i);
            VR vr = ds.vrAt(i);
            if (vr == VR.SQ) {
                path = path != null ? path : at(parent, sequenceTag, index);
                Sequence seq = ds.getSequence(tag);
                for (int k = 0; k < seq.size(); k++) {
                    check(out, seq.get(k), path, tag, k);
                }
            } else if (vr.isString() && !Tag.isGroupLength(tag)) {
                // Value by value: getStrings would copy the decoded array for every element.
                int count = vr.isMultiValuedString() ? ds.valueCount(tag) : 1;
                for (int v = 0; v < count; v++) {
                    String value = ds.getString(tag, v);
                    String broken = value == null || value.isEmpty() ? null : brokenRule(vr, value);
                    if (broken != null) {
                        out.add(new Violation(Severity.ERROR, Violation.Kind.VALUE_FORMAT,
                                at(parent, sequenceTag, index).toString(), tag, null, null, null, null, value, broken));
                    }
                }
            } else if (vr.binaryValueSize() > 1 && ds.lengthAt(i) % vr.binaryValueSize() != 0) {
                out.add(new Violation(Severity.ERROR, Violation.Kind.VALUE_FORMAT,
                        at(parent, sequenceTag, index).toString(), tag, null, null, null, null, null,
                        "a length that is a multiple of " + vr.binaryValueSize() + " for " + vr + " (it is "
                        + ds.lengthAt(i) + ", PS3.5 6.2)"));
            }
        }
    }

    /** The path of item {@code index} of {@code sequenceTag} in the dataset at {@code parent}; null parent: the top. */
    private static ItemPath at(ItemPath parent, int sequenceTag, int index) {
        return parent == null ? ItemPath.ROOT : parent.item(sequenceTag, index);
    }

    /** What the VR requires that the (unpadded) value breaks, or null when it keeps every rule. */
    static String brokenRule(VR vr, String value) {
        String rule = switch (vr) {
            case AS -> AS.matcher(value).matches() ? null : "nnnD, nnnW, nnnM or nnnY";
            case CS -> isCodeString(value) ? null : "upper-case letters, digits, space and underscore";
            case DA -> DA.matcher(value).matches() && isDate(value) ? null : "a date YYYYMMDD";
            case DS -> isDecimal(value) ? null : "a decimal number";
            case IS -> isInt(value) ? null : "an integer from -2^31 to 2^31-1";
            case TM -> TM.matcher(value).matches() ? null : "a time HHMMSS.FFFFFF (components from the right optional)";
            case DT -> DT.matcher(value).matches() && (!hasDay(value) || isDate(value)) ? null
                    : "a date-time YYYYMMDDHHMMSS.FFFFFF&ZZXX";
            case UI -> UI.matcher(value).matches() ? null
                    : "a UID: digits in dot-separated components without leading zeros";
            case PN -> personName(value);
            default -> null;
        };
        // The formats of AS, CS, DA, DS, IS, TM, DT and UI allow no control character: a value that keeps its format
        // needs no scan of its characters (the scan was two fifths of a plan's validation, over its DS values).
        if (rule == null && !FORMATTED.contains(vr)) {
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

    /** Whether a CS value has only upper-case letters, digits, space and underscore (PS3.5 6.2), without a regex. */
    static boolean isCodeString(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a DS value is a fixed or floating point number, with spaces around it allowed and none inside (PS3.5
     * 6.2): {@code " *[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)? *"}, digits being ASCII. Scanned by hand
     * because a plan's validation checks every one of its DS values, and a regex match allocates a matcher each time.
     */
    static boolean isDecimal(String v) {
        int end = v.length();
        while (end > 0 && v.charAt(end - 1) == ' ') {
            end--;
        }
        int i = sign(v, spaces(v, 0, end), end);
        int integer = digits(v, i, end);
        i += integer;
        int fraction = 0;
        if (i < end && v.charAt(i) == '.') {
            fraction = digits(v, i + 1, end);
            i += 1 + fraction;
        }
        if (integer == 0 && fraction == 0) {
            return false;
        }
        if (i < end && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i = sign(v, i + 1, end);
            int exponent = digits(v, i, end);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == end;
    }

    /**
     * Whether an IS value is an integer from -2^31 to 2^31 - 1, with spaces around it allowed (PS3.5 6.2):
     * {@code " *[+-]?\\d+ *"} in range. Scanned by hand, as {@link #isDecimal} is.
     */
    static boolean isInt(String v) {
        int end = v.length();
        while (end > 0 && v.charAt(end - 1) == ' ') {
            end--;
        }
        int start = spaces(v, 0, end);
        int i = sign(v, start, end);
        int n = digits(v, i, end);
        if (n == 0 || i + n != end) {
            return false;
        }
        long magnitude = 0;
        for (; i < end && magnitude <= 1L << 31; i++) {   // past 2^31 it is out of range whatever follows
            magnitude = magnitude * 10 + v.charAt(i) - '0';
        }
        return magnitude <= (v.charAt(start) == '-' ? 1L << 31 : (1L << 31) - 1);
    }

    private static int spaces(String v, int from, int end) {
        while (from < end && v.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    /** The index after an optional sign at {@code i}. */
    private static int sign(String v, int i, int end) {
        return i < end && (v.charAt(i) == '+' || v.charAt(i) == '-') ? i + 1 : i;
    }

    /** The number of ASCII digits from {@code from}. */
    private static int digits(String v, int from, int end) {
        int i = from;
        while (i < end && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}

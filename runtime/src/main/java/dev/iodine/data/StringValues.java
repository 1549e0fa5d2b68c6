package dev.iodine.data;

import java.math.BigDecimal;
import java.math.MathContext;

/** Splitting, trimming and number text of string values (PS3.5 6.2): what the {@link Dataset} getters share. */
final class StringValues {

    static final String[] NONE = new String[0];

    private StringValues() {
    }

    /**
     * Splits a decoded value on backslash (for multi-valued VRs) and removes padding: trailing spaces and NULs
     * always, leading spaces where PS3.5 calls them insignificant (AE, CS, DS, IS). An all-padding value has no values.
     */
    static String[] split(String s, VR vr) {
        int end = trimEnd(s, 0, s.length());
        if (end == 0) {
            return NONE;
        }
        if (!vr.isMultiValuedString() || s.indexOf('\\') < 0) {
            return new String[] {trimmed(s, 0, end, vr)};
        }
        int n = 1;
        for (int k = s.indexOf('\\'); k >= 0 && k < end; k = s.indexOf('\\', k + 1)) {
            n++;
        }
        String[] out = new String[n];
        int from = 0;
        for (int k = 0; k < n; k++) {
            int bs = k == n - 1 ? end : s.indexOf('\\', from);
            out[k] = trimmed(s, from, trimEnd(s, from, bs), vr);
            from = bs + 1;
        }
        return out;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == 0)) {
            to--;
        }
        return to;
    }

    private static String trimmed(String s, int from, int to, VR vr) {
        if (vr == VR.AE || vr == VR.CS || vr == VR.DS || vr == VR.IS) {
            while (from < to && s.charAt(from) == ' ') {
                from++;
            }
        }
        return s.substring(from, to);
    }

    /** Parses an IS value (PS3.5: optional sign, digits). */
    static long parseIS(String s) {
        String t = s.strip();
        return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
    }

    static double parseDS(String s) {
        return Double.parseDouble(s.strip());
    }

    /**
     * The shortest DS text for a number that fits the 16-byte limit of PS3.5 Table 6.2-1: Java's shortest
     * round-trip form when it fits, else rounded to fewer significant digits.
     */
    static String formatDS(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("DS cannot hold " + v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = shortest(new BigDecimal(Double.toString(v)));
        for (int digits = 16; s.length() > 16 && digits > 0; digits--) {
            s = shortest(new BigDecimal(v).round(new MathContext(digits)));
        }
        return s;
    }

    /**
     * The shorter of the plain and the scientific form. The scientific form is built here: BigDecimal's toString
     * stays plain down to 1E-6, where "0.000003333000001" (17 bytes) must be "3.333000001E-6" to fit DS's 16.
     */
    private static String shortest(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        String plain = s.toPlainString();
        String digits = s.unscaledValue().abs().toString();
        String sci = (s.signum() < 0 ? "-" : "") + digits.charAt(0)
                + (digits.length() > 1 ? "." + digits.substring(1) : "") + "E" + (digits.length() - 1 - s.scale());
        return plain.length() <= sci.length() ? plain : sci;
    }
}

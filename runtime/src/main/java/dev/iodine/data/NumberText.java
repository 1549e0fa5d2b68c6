package dev.iodine.data;

import java.nio.charset.StandardCharsets;

/**
 * DS and IS values (PS3.5 Table 6.2-1) parsed straight from their bytes, without making a String per value:
 * what makes decoding a plan of 100,000 decimal numbers cheap. The common forms take a fast path that gives
 * exactly {@link Double#parseDouble}'s result (a mantissa below 2^53 scaled by an exact power of ten is rounded
 * once); anything else goes through {@link Double#parseDouble} / {@link Long#parseLong}.
 */
final class NumberText {

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private NumberText() {
    }

    /** The number of backslash-separated values, 0 when the value is only padding (spaces, NULs). */
    static int count(byte[] b, int off, int len) {
        int end = off + len;
        while (end > off && (b[end - 1] == ' ' || b[end - 1] == 0)) {
            end--;
        }
        if (end == off) {
            return 0;
        }
        int n = 1;
        for (int i = off; i < end; i++) {
            if (b[i] == '\\') {
                n++;
            }
        }
        return n;
    }

    /** Parses every value as a decimal (DS, also IS); throws {@link NumberFormatException} naming the bad text. */
    static double[] decimals(byte[] b, int off, int len) {
        double[] out = new double[count(b, off, len)];
        int[] at = {off};
        for (int k = 0; k < out.length; k++, at[0]++) {
            out[k] = decimal(b, at, off + len);
        }
        return out;
    }

    /** Parses every value as an integer (IS); throws {@link NumberFormatException} naming the bad text. */
    static long[] integers(byte[] b, int off, int len) {
        int[] ends = ends(b, off, len);
        long[] out = new long[ends.length];
        for (int k = 0, from = off; k < out.length; from = ends[k++] + 1) {
            out[k] = integer(b, from, ends[k]);
        }
        return out;
    }

    /** Where each backslash-separated value ends (the next one starts one byte later). */
    private static int[] ends(byte[] b, int off, int len) {
        int[] ends = new int[count(b, off, len)];
        int i = off;
        for (int k = 0; k < ends.length; k++, i++) {
            while (i < off + len && b[i] != '\\') {
                i++;
            }
            ends[k] = i;
        }
        return ends;
    }

    private static boolean pad(byte c) {
        return c == ' ' || c == 0;
    }

    /**
     * Parses the value starting at {@code at[0]} and leaves {@code at[0]} on the backslash (or {@code end}) after it:
     * one pass over the bytes for the common forms.
     */
    private static double decimal(byte[] b, int[] at, int end) {
        int from = at[0];
        int i = from;
        while (i < end && pad(b[i])) {
            i++;
        }
        int s = i;
        boolean negative = false;
        if (i < end && (b[i] == '+' || b[i] == '-')) {
            negative = b[i++] == '-';
        }
        long mantissa = 0;
        int digits = 0;
        int exp10 = 0;
        boolean any = false;
        boolean exact = true;
        for (; i < end && b[i] >= '0' && b[i] <= '9'; i++, any = true) {
            exact &= digits < 18;
            mantissa = mantissa * 10 + (b[i] - '0');
            digits += mantissa == 0 ? 0 : 1;
        }
        if (i < end && b[i] == '.') {
            for (i++; i < end && b[i] >= '0' && b[i] <= '9'; i++, any = true) {
                exact &= digits < 18;
                mantissa = mantissa * 10 + (b[i] - '0');
                digits += mantissa == 0 ? 0 : 1;
                exp10--;
            }
        }
        if (any && i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negExp = false;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                negExp = b[i++] == '-';
            }
            int exp = 0;
            int expDigits = 0;
            for (; i < end && b[i] >= '0' && b[i] <= '9'; i++, expDigits++) {
                exp = Math.min(exp * 10 + (b[i] - '0'), 10_000);
            }
            exact &= expDigits > 0;
            exp10 += negExp ? -exp : exp;
        }
        int e = i;
        while (i < end && pad(b[i])) {
            i++;
        }
        if (i < end && b[i] != '\\') {
            // Not the number form of DS: let Double.parseDouble judge (and name) the whole value.
            while (i < end && b[i] != '\\') {
                i++;
            }
            at[0] = i;
            return slow(b, s, trimEnd(b, s, i));
        }
        at[0] = i;
        if (!any || !exact || exp10 < -22 || exp10 > 22 || mantissa >= (1L << 53)) {
            return slow(b, s, e);
        }
        double v = exp10 < 0 ? mantissa / POW10[-exp10] : mantissa * POW10[exp10];
        return negative ? -v : v;
    }

    private static int trimEnd(byte[] b, int s, int e) {
        while (e > s && pad(b[e - 1])) {
            e--;
        }
        return e;
    }

    private static double slow(byte[] b, int s, int e) {
        return Double.parseDouble(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
    }

    private static long integer(byte[] b, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && pad(b[s])) {
            s++;
        }
        while (e > s && pad(b[e - 1])) {
            e--;
        }
        int i = s;
        boolean negative = false;
        if (i < e && (b[i] == '+' || b[i] == '-')) {
            negative = b[i++] == '-';
        }
        if (i == e || e - i > 18) {
            return StringValues.parseIS(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
        }
        long v = 0;
        for (; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException("For input string: \"" + new String(b, s, e - s, StandardCharsets.ISO_8859_1) + "\"");
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }
}

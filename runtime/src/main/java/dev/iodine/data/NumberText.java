package dev.iodine.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * DS and IS values (PS3.5 Table 6.2-1) parsed straight from their bytes, without making a String per value:
 * what makes decoding a plan of 100,000 decimal numbers cheap. The common forms take a fast path that gives
 * exactly {@link Double#parseDouble}'s result (a mantissa below 2^53 scaled by an exact power of ten is rounded
 * once); anything else goes through {@link Double#parseDouble} / {@link Long#parseLong}.
 */
final class NumberText {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private NumberText() {
    }

    /** The number of backslash-separated values, 0 when the value is only padding (spaces, NULs). */
    static int count(byte[] b, int off, int len) {
        int end = trimEnd(b, off, off + len);
        if (end == off) {
            return 0;
        }
        // Eight bytes per step, as count runs over every byte of a plan's DS values: x has a zero byte exactly where
        // the text has a backslash, and the expression below sets the top bit of exactly those bytes (no carries).
        int n = 1;
        int i = off;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(b, i) ^ BACKSLASHES;
            n += Long.bitCount(~(((x & LOW7) + LOW7) | x | LOW7));
        }
        for (; i < end; i++) {
            if (b[i] == '\\') {
                n++;
            }
        }
        return n;
    }

    /** Parses every value as a decimal (DS, also IS); throws {@link NumberFormatException} naming the bad text. */
    static double[] decimals(byte[] b, int off, int len) {
        double[] out = new double[count(b, off, len)];
        for (int k = 0, from = off; k < out.length; k++) {
            from = decimal(b, from, off + len, out, k) + 1;
        }
        return out;
    }

    /** Parses every value as an integer (IS); throws {@link NumberFormatException} naming the bad text. */
    static long[] integers(byte[] b, int off, int len) {
        long[] out = new long[count(b, off, len)];
        int end = off + len;
        for (int k = 0, from = off; k < out.length; k++) {
            int to = from;
            while (to < end && b[to] != '\\') {
                to++;
            }
            out[k] = integer(b, from, to);
            from = to + 1;
        }
        return out;
    }

    private static boolean pad(byte c) {
        return c == ' ' || c == 0;
    }

    /**
     * Parses the value starting at {@code from} into {@code out[k]} and returns where it ends (its backslash, or
     * {@code end}): one pass over the bytes for the common forms, without allocating.
     */
    private static int decimal(byte[] b, int from, int end, double[] out, int k) {
        int i = from;
        while (i < end && pad(b[i])) {
            i++;
        }
        int s = i;
        boolean negative = false;
        if (i < end && (b[i] == '+' || b[i] == '-')) {
            negative = b[i++] == '-';
        }
        // Digits and at most one point in one loop; the digit count and the scale come from the positions after.
        int first = i;
        int point = -1;
        long mantissa = 0;
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
            } else if (b[i] == '.' && point < 0) {
                point = i;
            } else {
                break;
            }
        }
        int digits = point < 0 ? i - first : i - first - 1;
        int exp10 = point < 0 ? 0 : point + 1 - i;
        boolean exact = digits > 0 && digits <= 18;
        if (digits > 0 && i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negExp = false;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                negExp = b[i++] == '-';
            }
            int exp = 0;
            int expFrom = i;
            for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
                exp = Math.min(exp * 10 + (b[i] - '0'), 10_000);
            }
            exact &= i > expFrom;
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
            out[k] = slow(b, s, trimEnd(b, s, i));
            return i;
        }
        // Clinger's fast path: at most 18 digits cannot overflow the long, and below 2^53 the mantissa and a power
        // of ten up to 10^22 are exact doubles, so one multiplication or division rounds once, as parseDouble does.
        if (!exact || exp10 < -22 || exp10 > 22 || mantissa >= (1L << 53)) {
            out[k] = slow(b, s, e);
        } else {
            double v = exp10 < 0 ? mantissa / POW10[-exp10] : mantissa * POW10[exp10];
            out[k] = negative ? -v : v;
        }
        return i;
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

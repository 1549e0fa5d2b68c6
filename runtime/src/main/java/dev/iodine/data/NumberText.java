package dev.iodine.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ZEROS = 0x3030303030303030L;
    private static final long POINTS = 0x2E2E2E2E2E2E2E2EL;
    /** Added to a 7-bit byte, leaves its top bit clear exactly when the byte is below '0'. */
    private static final long BELOW_ZERO = 0x5050505050505050L;
    /** Added to a 7-bit byte, sets its top bit exactly when the byte is above '9'. */
    private static final long ABOVE_NINE = 0x4646464646464646L;
    /** Per thread, the values of the DS being parsed: grown to the longest DS, never shrunk. */
    private static final ThreadLocal<double[]> VALUES = ThreadLocal.withInitial(() -> new double[64]);
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
        // Eight bytes per step, as count runs over every byte of a plan's IS values.
        int n = 1;
        int i = off;
        for (; i + 8 <= end; i += 8) {
            n += Long.bitCount(zeroBytes((long) LONGS.get(b, i) ^ BACKSLASHES));
        }
        for (; i < end; i++) {
            if (b[i] == '\\') {
                n++;
            }
        }
        return n;
    }

    /**
     * Parses every value as a decimal (DS, also IS); throws {@link NumberFormatException} naming the bad text.
     * The backslashes are found eight bytes a step, and each value is parsed when its end is found: a plan's
     * values are short and of random signs and lengths, and parsed byte by byte each value's start would wait for
     * the previous one's last digit, with a branch mispredicted at the sign and at each end of a run of digits;
     * found this way, the values do not depend on each other and the CPU overlaps them.
     */
    static double[] decimals(byte[] b, int off, int len) {
        int end = trimEnd(b, off, off + len);
        if (end == off) {
            return new double[0];
        }
        double[] out = VALUES.get();
        if (out.length < (end - off) / 2 + 1) {
            out = new double[(end - off) / 2 + 1];
            VALUES.set(out);
        }
        int n = 0;
        int from = off;
        int i = off;
        for (; i + 8 <= end; i += 8) {
            for (long m = zeroBytes((long) LONGS.get(b, i) ^ BACKSLASHES); m != 0; m &= m - 1) {
                int sep = i + (Long.numberOfTrailingZeros(m) >>> 3);
                out[n++] = decimal(b, from, sep);
                from = sep + 1;
            }
        }
        for (; i < end; i++) {
            if (b[i] == '\\') {
                out[n++] = decimal(b, from, i);
                from = i + 1;
            }
        }
        out[n++] = decimal(b, from, end);
        return Arrays.copyOf(out, n);
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

    /**
     * The top bit of each zero byte of {@code x}, and no other bit: x ^ 0x5C5C... marks the backslashes. Computed on
     * the low 7 bits of each byte, where the addition cannot carry into the next byte.
     */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    private static boolean pad(byte c) {
        return c == ' ' || c == 0;
    }

    /**
     * The value in {@code [from, end)}. Its common form, {@code [-]ddd.ddd} in at most 8 bytes after the sign, is
     * read as one 8-byte word with no branch on the text; every other form goes to {@link #decimalByByte}.
     */
    private static double decimal(byte[] b, int from, int end) {
        if (from + 9 > b.length || from >= end) {
            return decimalByByte(b, from, end);
        }
        int c = b[from];
        // Arithmetic rather than tests: the JIT would branch, and plans mix signs at random.
        long negative = (((c ^ '-') & 0xFF) - 1) >>> 31;
        int p = from + ((((c - '+') & 0xFD) - 1) >>> 31);
        int length = end - p;
        if (length <= 0 || length > 8) {
            return decimalByByte(b, from, end);
        }
        // The top bits of the value's bytes: all must be digits but for at most one point. Each byte is tested on
        // its low 7 bits, where the additions cannot carry into the next byte.
        long word = (long) LONGS.get(b, p);
        long window = HIGH_BITS >>> ((8 - length) << 3);
        long low = word & LOW7;
        long nonDigits = (~(low + BELOW_ZERO) | (low + ABOVE_NINE) | word) & window;
        long points = zeroBytes(word ^ POINTS) & window;
        if (nonDigits != points || (points & (points - 1)) != 0 || (length == 1 && points != 0)) {
            return decimalByByte(b, from, end);
        }
        // Without a point the digits are the word; with one, the bytes after it move down over it.
        int count = length;
        int scale = 0;
        long digits = word;
        if (points != 0) {
            int shift = Long.numberOfTrailingZeros(points) & ~7;
            digits = (word & ((1L << shift) - 1)) | (word >>> shift >>> 8 << shift);
            count = length - 1;
            scale = count - (shift >>> 3);
        }
        // At most 8 digits: exact as a double, so the one division rounds once, as parseDouble does.
        double v = digitsValue(digits, count) / POW10[scale];
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) | negative << 63);
    }

    /** The value of the first {@code n} (1 to 8) digit bytes of {@code word}, two, four then eight at a time. */
    private static long digitsValue(long word, int n) {
        // Shifted so that the digits end in the top byte; the bytes below become leading zeros.
        long d = (word - ZEROS) << ((8 - n) << 3);
        d = (d * 10 + (d >>> 8)) & 0x00FF00FF00FF00FFL;
        d = (d * 100 + (d >>> 16)) & 0x0000FFFF0000FFFFL;
        return (d * 10000 + (d >>> 32)) & 0xFFFFFFFFL;
    }

    /** The value in {@code [from, end)}, any form: one pass over the bytes for the usual ones, without allocating. */
    private static double decimalByByte(byte[] b, int from, int end) {
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
        if (i < end) {
            // Not the number form of DS: let Double.parseDouble judge (and name) the whole value.
            return slow(b, s, trimEnd(b, s, end));
        }
        // Clinger's fast path: at most 18 digits cannot overflow the long, and below 2^53 the mantissa and a power
        // of ten up to 10^22 are exact doubles, so one multiplication or division rounds once, as parseDouble does.
        if (!exact || exp10 < -22 || exp10 > 22 || mantissa >= (1L << 53)) {
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

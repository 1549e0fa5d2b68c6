package dev.iodine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void decimalsEqualDoubleParseDoubleBitForBit() {
        Random random = new Random(20261123);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(4) == 0) {
                sb.append(random.nextBoolean() ? '-' : '+');
            }
            int intDigits = random.nextInt(10);
            for (int k = 0; k < intDigits; k++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            if (intDigits == 0 || random.nextBoolean()) {
                sb.append('.');
                int frac = 1 + random.nextInt(12);
                for (int k = 0; k < frac; k++) {
                    sb.append((char) ('0' + random.nextInt(10)));
                }
            }
            if (random.nextInt(5) == 0) {
                sb.append(random.nextBoolean() ? 'E' : 'e').append(random.nextInt(3) == 0 ? "-" : "").append(random.nextInt(40));
            }
            String text = sb.toString();
            double expected = Double.parseDouble(text);
            double[] actual = NumberText.decimals(ascii(" " + text + " "), 0, text.length() + 2);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual[0]), text);
        }
    }

    @Test
    void multiValuedTextsEqualParseDoubleOfEachValueBitForBit() {
        // Values of every length, so that backslashes fall on every position of count's 8-byte steps, in the forms
        // the fast path must hand over: leading zeros, more than 18 digits, "1.", explicit exponent signs.
        Random random = new Random(7);
        String[] forms = {"%d", "-%d.%d", "0.000%d", "%d.", "+%d.%dE+%d", "%d%d%d%d", "-.%de-%d", "00%d.%d"};
        for (int n = 0; n < 20_000; n++) {
            int values = 1 + random.nextInt(12);
            String[] texts = new String[values];
            for (int k = 0; k < values; k++) {
                String form = forms[random.nextInt(forms.length)];
                texts[k] = String.format(form, Math.abs(random.nextLong()) >>> random.nextInt(64), random.nextInt(100_000),
                        random.nextInt(30), random.nextInt(1000));
            }
            String joined = String.join("\\", texts) + (random.nextBoolean() ? " " : "");
            double[] actual = NumberText.decimals(ascii(joined), 0, joined.length());
            assertEquals(values, actual.length, joined);
            for (int k = 0; k < values; k++) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(texts[k])), Double.doubleToRawLongBits(actual[k]),
                        texts[k] + " in " + joined);
            }
        }
    }

    @Test
    void countsBackslashesAtEveryPositionAndOffset() {
        // count reads 8 bytes at a time: backslashes at every position of a step, ranges starting anywhere, and the
        // near misses 0xDC (a backslash with the top bit set) and 0x5D.
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            byte[] text = new byte[1 + random.nextInt(40)];
            for (int k = 0; k < text.length; k++) {
                text[k] = (byte) "\\\\1.-\u00dc]|".charAt(random.nextInt(8));
            }
            text[text.length - 1] = '7';
            int off = random.nextInt(text.length);
            int expected = 1;
            for (int k = off; k < text.length; k++) {
                expected += text[k] == '\\' ? 1 : 0;
            }
            assertEquals(expected, NumberText.count(text, off, text.length - off), new String(text, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void splitsOnBackslashAndIgnoresPadding() {
        assertArrayEquals(new double[] {0.5, -12, 1e-30, 123456789012345678901.0},
                NumberText.decimals(ascii("0.5\\-12 \\1e-30\\123456789012345678901 \0"), 0, 38));
        assertEquals(0, NumberText.decimals(ascii("  "), 0, 2).length);
        assertArrayEquals(new long[] {7, -3, 12345678901234567L}, NumberText.integers(ascii("+7\\ -3\\12345678901234567"), 0, 24));
        assertThrows(NumberFormatException.class, () -> NumberText.integers(ascii("1A"), 0, 2));
        assertThrows(NumberFormatException.class, () -> NumberText.decimals(ascii("1\\\\2"), 0, 4));
        assertThrows(NumberFormatException.class, () -> NumberText.decimals(ascii("1.5x"), 0, 4));
        assertThrows(NumberFormatException.class, () -> NumberText.decimals(ascii("1.5 x\\2"), 0, 7));
        assertArrayEquals(new double[] {1.5, 2, 1e300}, NumberText.decimals(ascii("1.5 \\ 2\\1E300"), 0, 13));
    }

    @Test
    void valuesInsideLargerBuffersStopAtTheirEnd() {
        // The 8-byte fast path reads past a value's end: the bytes after it (here digits, a point, a backslash)
        // must not leak into the value, and a value within 8 bytes of the array's end must still be read.
        Random random = new Random(29);
        String[] values = {"7", "-12.5", "0.030303", "12345678", "-37.712", "1.", "99999999.99999999", "+3.25"};
        for (int n = 0; n < 20_000; n++) {
            String text = values[random.nextInt(values.length)];
            String before = "9.5\\".substring(0, random.nextInt(5));
            String after = "12.75\\3".substring(0, random.nextInt(8));
            byte[] b = ascii(before + text + after);
            double[] actual = NumberText.decimals(b, before.length(), text.length());
            assertEquals(1, actual.length, text);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(actual[0]),
                    before + "[" + text + "]" + after);
        }
    }
}

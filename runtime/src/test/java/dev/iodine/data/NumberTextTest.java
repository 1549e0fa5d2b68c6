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
}

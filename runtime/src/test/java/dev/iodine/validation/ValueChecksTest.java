package dev.iodine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The DS, IS and CS syntax of PS3.5 6.2, scanned by hand in {@link ValueChecks}: the same strings accepted as by the
 * grammar written as a regular expression, for every string up to five characters over the characters that matter
 * (every character, for CS).
 */
class ValueChecksTest {

    /** PS3.5 6.2 DS: optional spaces, a fixed or floating point number (ANSI X3.9 exponent), optional spaces. */
    private static final Pattern DS = Pattern.compile(" *[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)? *");
    /** PS3.5 6.2 IS: optional spaces, an optionally signed integer, optional spaces (range checked apart). */
    private static final Pattern IS = Pattern.compile(" *[+-]?\\d+ *");

    @Test
    void decimalAndIntegerScannersAcceptWhatTheGrammarAccepts() {
        // U+0663 (Arabic-Indic three) is a digit to Character.isDigit but not to PS3.5 (nor to the regex's \d).
        char[] alphabet = {' ', '+', '-', '.', 'e', 'E', '0', '7', 'x', '\u0663'};
        List<String> all = new ArrayList<>(List.of(""));
        int checked = 0;
        for (int length = 0; length <= 5; length++) {
            List<String> next = new ArrayList<>();
            for (String s : all) {
                assertEquals(DS.matcher(s).matches(), ValueChecks.isDecimal(s), () -> "DS \"" + s + "\"");
                assertEquals(IS.matcher(s).matches(), ValueChecks.isInt(s), () -> "IS \"" + s + "\"");
                checked++;
                if (length < 5) {
                    for (char c : alphabet) {
                        next.add(s + c);
                    }
                }
            }
            all = next;
        }
        assertEquals(111_111, checked);
    }

    @Test
    void codeStringScannerAcceptsTheCharactersOfTheGrammar() {
        // CS is a sequence of allowed characters, so every character alone, and then some sequences, cover it.
        Pattern cs = Pattern.compile("[A-Z0-9 _]*");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertEquals(cs.matcher(s).matches(), ValueChecks.isCodeString(s), () -> "CS U+" + (int) s.charAt(0));
        }
        assertTrue(ValueChecks.isCodeString("ORIGINAL_PRIMARY 2"));
        assertFalse(ValueChecks.isCodeString("ORIGINAL\\PRIMARY"), "one value of several");
        assertFalse(ValueChecks.isCodeString("AXIAl"));
        assertEquals("upper-case letters, digits, space and underscore (CS, PS3.5 6.2)",
                ValueChecks.brokenRule(VR.CS, "MONOCHROME-2"));
    }

    @Test
    void aControlCharacterBreaksTheFormatOfEveryVrWhoseCharactersAreNotScanned() {
        // ValueChecks scans the characters only of VRs without a format: the format must then refuse them all.
        Map<VR, String> valid = Map.of(VR.AS, "030Y", VR.CS, "AB_1 2", VR.DA, "20261207", VR.DS, " -1.5e3 ",
                VR.IS, " -12 ", VR.TM, "235960.123456", VR.DT, "20261207235960.123456+0100", VR.UI, "1.2.840.10008");
        int checked = 0;
        for (Map.Entry<VR, String> e : valid.entrySet()) {
            String v = e.getValue();
            assertNull(ValueChecks.brokenRule(e.getKey(), v), v);
            for (int at = 0; at <= v.length(); at++) {
                for (char c = 0; c <= 0x7F; c = (char) (c == 0x1F ? 0x7F : c + 1)) {
                    String broken = v.substring(0, at) + c + v.substring(at);
                    assertNotNull(ValueChecks.brokenRule(e.getKey(), broken), () -> e.getKey() + " \"" + broken + "\"");
                    checked++;
                }
            }
        }
        assertEquals(33 * (5 + 7 + 9 + 9 + 6 + 14 + 27 + 14), checked);   // 32 C0 controls and DEL, at each place
    }

    @Test
    void edgeCasesOfDecimalStrings() {
        for (String ok : List.of("+1.5E-3", " 12 ", "1.", ".5", "-0", "0005", "1e+10", "  -.5e3", "9.", "12345678901234.6")) {
            assertNull(ValueChecks.brokenRule(VR.DS, ok), ok);
        }
        for (String bad : List.of("1e", "1e+", ".", "+", "-.", "e5", "1 2", "1.5.", "1,5", "+-1", "1.5 e3", "\t1",
                "0x10", "NaN", "Infinity", "1d", "1f")) {
            assertEquals("a decimal number (DS, PS3.5 6.2)", ValueChecks.brokenRule(VR.DS, bad), bad);
        }
        assertFalse(ValueChecks.isDecimal(""));
        assertFalse(ValueChecks.isDecimal("   "));
        assertEquals("at most 16 characters (it has 17) (DS, PS3.5 6.2)",
                ValueChecks.brokenRule(VR.DS, "12345678901234567"));
        assertEquals("at most 16 characters (it has 17) (DS, PS3.5 6.2)",
                ValueChecks.brokenRule(VR.DS, " 1.5             "), "padding counts");
    }

    @Test
    void edgeCasesOfIntegerStrings() {
        for (String ok : List.of(" 12 ", "-2147483648", "+2147483647", "2147483647", "-0", "000000000001", "+0")) {
            assertNull(ValueChecks.brokenRule(VR.IS, ok), ok);
        }
        for (String bad : List.of("2147483648", "-2147483649", "99999999999", "1.0", "1e3", "", " ", "+", "- 1",
                "1 2", "\u0663")) {
            assertEquals("an integer from -2^31 to 2^31-1 (IS, PS3.5 6.2)", ValueChecks.brokenRule(VR.IS, bad), bad);
        }
        assertEquals("at most 12 characters (it has 13) (IS, PS3.5 6.2)", ValueChecks.brokenRule(VR.IS,
                " 000000000001"), "in range, but too long");
    }

    @Test
    void emptyAndPaddedValuesInADataset() {
        Dataset ds = new Dataset();
        ds.setEmpty(Tags.SliceThickness, VR.DS);
        ds.setString(Tags.PixelSpacing, VR.DS, " .5 \\1. ");
        ds.setString(Tags.InstanceNumber, VR.IS, "2147483648");
        List<Violation> out = new ArrayList<>();
        ValueChecks.check(out, ds);
        assertEquals(1, out.size(), out::toString);
        assertEquals(Tags.InstanceNumber, out.get(0).tag());
        assertTrue(out.get(0).expected().startsWith("an integer"), out.get(0)::toString);
    }
}

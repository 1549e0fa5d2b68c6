package dev.iodine.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.VR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO_IR 192, GB18030 and GBK (PS3.3 Table C.12-5), with the examples of PS3.5 Annex J. */
class UnicodeAndGbCharacterSetTest {

    private static final String LINES = "The first line includes 中文.\r\nThe second line includes 中文, too.\r\n"
            + "The third line.\r\n";

    private static void assertBothWays(SpecificCharacterSet cs, VR vr, String text, byte[] bytes) {
        assertEquals(text, cs.decode(bytes, 0, bytes.length, vr));
        assertArrayEquals(bytes, cs.encode(text, vr), () -> Hex.of(cs.encode(text, vr)));
    }

    /** The long text of Annexes J.2 and J.4, with the given bytes for 中文. */
    private static byte[] linesIncluding(String zhongwen) {
        return Hex.bytes(Hex.ascii("The first line includes ") + zhongwen
                + Hex.ascii(".\r\nThe second line includes ") + zhongwen + Hex.ascii(", too.\r\nThe third line.\r\n"));
    }

    @Test
    void annexJ1PersonNameInUtf8() {
        byte[] bytes = Hex.bytes(Hex.ascii("Wang^XiaoDong=") + "E7 8E 8B 5E E5 B0 8F E6 9D B1 3D");
        assertBothWays(SpecificCharacterSet.of("ISO_IR 192"), VR.PN, "Wang^XiaoDong=王^小東=", bytes);
    }

    @Test
    void annexJ2LongTextInUtf8() {
        assertBothWays(SpecificCharacterSet.of("ISO_IR 192"), VR.LT, LINES, linesIncluding("E4 B8 AD E6 96 87 "));
    }

    @Test
    void annexJ3PersonNameInGb18030() {
        byte[] bytes = Hex.bytes(Hex.ascii("Wang^XiaoDong=") + "CD F5 5E D0 A1 B6 AB 3D");
        assertBothWays(SpecificCharacterSet.of("GB18030"), VR.PN, "Wang^XiaoDong=王^小东=", bytes);
        // Annex J: the examples are in the area GBK shares with GB18030, so they hold for GBK too.
        assertBothWays(SpecificCharacterSet.of("GBK"), VR.PN, "Wang^XiaoDong=王^小东=", bytes);
    }

    @Test
    void annexJ4LongTextInGb18030() {
        assertBothWays(SpecificCharacterSet.of("GB18030"), VR.LT, LINES, linesIncluding("D6 D0 CE C4 "));
    }

    @Test
    void gb18030FourByteSequencesReachBeyondTheBmp() {
        // U+20000 is GB18030 95 32 82 36 (four-byte area mapped to the supplementary planes).
        assertBothWays(SpecificCharacterSet.of("GB18030"), VR.LO, "\uD840\uDC00", Hex.bytes("95 32 82 36"));
        assertThrows(IllegalArgumentException.class, () -> SpecificCharacterSet.of("GBK").encode("\uD840\uDC00", VR.LO));
    }

    @Test
    void gbkByte5CIsHalfOfACharacterNotADelimiter() {
        // 乗 is GBK 81 5C: decoding the whole value keeps it one character, and no backslash appears.
        SpecificCharacterSet gbk = SpecificCharacterSet.of("GBK");
        byte[] bytes = Hex.bytes("81 5C 5C 41");
        assertEquals("乗\\A", gbk.decode(bytes, 0, bytes.length, VR.LO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB 18030", "gb18030", "GB-18030 "})
    void gb18030Aliases(String term) {
        byte[] bytes = Hex.bytes("CD F5");
        assertEquals("王", SpecificCharacterSet.of(term).decode(bytes, 0, 2, VR.PN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO_IR 192", "ISO-IR 192", "UTF-8", "utf8"})
    void utf8Aliases(String term) {
        byte[] bytes = Hex.bytes("E7 8E 8B");
        assertEquals("王", SpecificCharacterSet.of(term).decode(bytes, 0, 3, VR.PN));
    }

    @Test
    void utf8HoldsEverythingButLoneSurrogates() {
        SpecificCharacterSet utf8 = SpecificCharacterSet.of("ISO_IR 192");
        String mixed = "Ωmega^Ünal=山田=홍 ﾔ ש ق ส 😀";
        byte[] encoded = utf8.encode(mixed, VR.PN);
        assertEquals(mixed, utf8.decode(encoded, 0, encoded.length, VR.PN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> utf8.encode("a\uD800b", VR.PN));
        assertTrue(e.getMessage().contains("U+D800") && e.getMessage().contains("index 1"), e.getMessage());
    }
}

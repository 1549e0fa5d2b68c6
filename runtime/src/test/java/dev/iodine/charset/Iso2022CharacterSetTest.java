package dev.iodine.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.VR;
import org.junit.jupiter.api.Test;

/**
 * The ISO 2022 code extensions (PS3.3 Tables C.12-3 and C.12-4, PS3.5 6.1.2.5) with the examples of PS3.5
 * Annexes H (Japanese), I (Korean) and K (Chinese, GB 2312 in G1), and the delimiter rules of PS3.5 6.1.2.5.3.
 */
class Iso2022CharacterSetTest {

    private static final String ESC_KANJI = "1B 24 42 ";      // ESC $ B: ISO-IR 87 to G0
    private static final String ESC_ASCII = "1B 28 42 ";      // ESC ( B: ISO-IR 6 to G0
    private static final String ESC_ROMAJI = "1B 28 4A ";     // ESC ( J: ISO-IR 14 to G0
    private static final String ESC_KOREAN = "1B 24 29 43 ";  // ESC $ ) C: ISO-IR 149 to G1
    private static final String ESC_CHINESE = "1B 24 29 41 "; // ESC $ ) A: ISO-IR 58 to G1

    private static void assertBothWays(SpecificCharacterSet cs, VR vr, String text, byte[] bytes) {
        assertEquals(text, cs.decode(bytes, 0, bytes.length, vr));
        assertArrayEquals(bytes, cs.encode(text, vr), () -> Hex.of(cs.encode(text, vr)));
    }

    @Test
    void annexH31JapaneseWithDefaultValue1() {
        byte[] bytes = Hex.bytes(Hex.ascii("Yamada^Tarou=")
                + ESC_KANJI + "3B 33 45 44 " + ESC_ASCII + "5E " + ESC_KANJI + "42 40 4F 3A " + ESC_ASCII + "3D "
                + ESC_KANJI + "24 64 24 5E 24 40 " + ESC_ASCII + "5E " + ESC_KANJI + "24 3F 24 6D 24 26 " + ESC_ASCII);
        // "ま" is 24 5E: the 5E inside a kanji-mode pair is not the '^' delimiter.
        assertBothWays(SpecificCharacterSet.of("", "ISO 2022 IR 87"), VR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう", bytes);
    }

    @Test
    void annexH32JapaneseWithKatakanaValue1() {
        byte[] bytes = Hex.bytes("D4 CF C0 DE 5E C0 DB B3 3D "
                + ESC_KANJI + "3B 33 45 44 " + ESC_ROMAJI + "5E " + ESC_KANJI + "42 40 4F 3A " + ESC_ROMAJI + "3D "
                + ESC_KANJI + "24 64 24 5E 24 40 " + ESC_ROMAJI + "5E " + ESC_KANJI + "24 3F 24 6D 24 26 " + ESC_ROMAJI);
        assertBothWays(SpecificCharacterSet.of("ISO 2022 IR 13", "ISO 2022 IR 87"), VR.PN,
                "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", bytes);
    }

    @Test
    void annexI2KoreanPersonName() {
        byte[] bytes = Hex.bytes(Hex.ascii("Hong^Gildong=") + ESC_KOREAN + "FB F3 5E " + ESC_KOREAN + "D1 CE D4 D7 3D "
                + ESC_KOREAN + "C8 AB 5E " + ESC_KOREAN + "B1 E6 B5 BF");
        assertBothWays(SpecificCharacterSet.of("", "ISO 2022 IR 149"), VR.PN, "Hong^Gildong=洪^吉洞=홍^길동", bytes);
    }

    @Test
    void annexI3KoreanLongTextDesignatedAtLineStart() {
        // The standard designates ISO-IR 149 at the start of each line; Iodine designates just before first use.
        byte[] bytes = Hex.bytes(ESC_KOREAN + Hex.ascii("The first line includes ") + "C7 D1 B1 DB 2E 0D 0A "
                + ESC_KOREAN + Hex.ascii("The second line includes ") + "C7 D1 B1 DB "
                + Hex.ascii(", too.\r\nThe third line"));
        String text = "The first line includes 한글.\r\nThe second line includes 한글, too.\r\nThe third line";
        SpecificCharacterSet cs = SpecificCharacterSet.of("", "ISO 2022 IR 149");
        assertEquals(text, cs.decode(bytes, 0, bytes.length, VR.LT));
        byte[] encoded = cs.encode(text, VR.LT);
        assertEquals(text, cs.decode(encoded, 0, encoded.length, VR.LT));
    }

    @Test
    void annexK1ChinesePersonNameInG1() {
        byte[] bytes = Hex.bytes(Hex.ascii("Zhang^XiaoDong=") + ESC_CHINESE + "D5 C5 5E " + ESC_CHINESE
                + "D0 A1 B6 AB 3D 20");
        assertBothWays(SpecificCharacterSet.of("", "ISO 2022 IR 58"), VR.PN, "Zhang^XiaoDong=张^小东= ", bytes);
    }

    @Test
    void annexK2ChineseLongText() {
        byte[] bytes = Hex.bytes(
                Hex.ascii("1.") + ESC_CHINESE + "B5 DA D2 BB D0 D0 CE C4 D7 D6 A1 A3 0D 0A "
                + Hex.ascii("2.") + ESC_CHINESE + "B5 DA B6 FE D0 D0 CE C4 D7 D6 A1 A3 0D 0A "
                + Hex.ascii("3.") + ESC_CHINESE + "B5 DA C8 FD D0 D0 CE C4 D7 D6 A1 A3 0D 0A");
        assertBothWays(SpecificCharacterSet.of("", "ISO 2022 IR 58"), VR.LT,
                "1.第一行文字。\r\n2.第二行文字。\r\n3.第三行文字。\r\n", bytes);
    }

    @Test
    void supplementaryKanjiUsesIr159() {
        // 丂 is JIS X 0212 30 21 only (not in JIS X 0208): ESC $ ( D designates ISO-IR 159 to G0.
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO 2022 IR 13", "ISO 2022 IR 87", "ISO 2022 IR 159");
        // ﾔ is in G1, which does not need G0 back: ESC ( J comes at the end of the value.
        assertBothWays(cs, VR.LO, "山丂ﾔ", Hex.bytes(ESC_KANJI + "3B 33 1B 24 28 44 30 21 D4 " + ESC_ROMAJI));
    }

    @Test
    void backslashResetsG1InMultiValuedVrsButNotInTexts() {
        // Value 1 Latin-1 in G1; Greek designated by ESC - F makes E1 'α'; after a value delimiter E1 is Latin 'á' again.
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO 2022 IR 100", "ISO 2022 IR 126");
        byte[] bytes = Hex.bytes("1B 2D 46 E1 5C E1");
        assertEquals("α\\á", cs.decode(bytes, 0, bytes.length, VR.LO));
        assertEquals("α\\α", cs.decode(bytes, 0, bytes.length, VR.LT));
        // Encoding restores Value 1's G1 (ESC - A) before the delimiter, as PS3.5 6.1.2.5.3 requires.
        assertArrayEquals(Hex.bytes("1B 2D 46 E1 1B 2D 41 5C E1"), cs.encode("α\\á", VR.LO));
        assertArrayEquals(Hex.bytes("1B 2D 46 E1 5C 1B 2D 41 E1"), cs.encode("α\\á", VR.LT));
    }

    @Test
    void caretAndEqualsResetOnlyInPersonNames() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO 2022 IR 100", "ISO 2022 IR 126");
        byte[] bytes = Hex.bytes("1B 2D 46 E1 5E E1 3D E1");
        assertEquals("α^á=á", cs.decode(bytes, 0, bytes.length, VR.PN));
        assertEquals("α^α=α", cs.decode(bytes, 0, bytes.length, VR.LO));
    }

    @Test
    void lineBreaksAndTabsResetTexts() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO 2022 IR 100", "ISO 2022 IR 126");
        byte[] bytes = Hex.bytes("1B 2D 46 E1 0D 0A E1 1B 2D 46 E1 09 E1 0C E1");
        assertEquals("α\r\ná" + "α\tá\fá", cs.decode(bytes, 0, bytes.length, VR.LT));
        byte[] encoded = cs.encode("α\r\nαá\tα", VR.UT);
        assertEquals("α\r\nαá\tα", cs.decode(encoded, 0, encoded.length, VR.UT));
    }

    @Test
    void missingDesignationOfTheOnlyG1SetIsToleratedOnRead() {
        // Some writers omit ESC $ ) C: with no G1 designated, GR bytes go to the only G1 set the terms name.
        byte[] bytes = Hex.bytes("C8 AB 5E B1 E6 B5 BF");
        assertEquals("홍^길동", SpecificCharacterSet.of("", "ISO 2022 IR 149").decode(bytes, 0, bytes.length, VR.PN));
    }

    @Test
    void unknownEscapeSequenceIsKeptAsText() {
        byte[] bytes = Hex.bytes("41 1B 25 47 42");
        assertEquals("A\u001B%GB", SpecificCharacterSet.of("", "ISO 2022 IR 87").decode(bytes, 0, 5, VR.LO));
    }

    @Test
    void truncatedKanjiPairBecomesReplacementCharacter() {
        byte[] bytes = Hex.bytes(ESC_KANJI + "3B 33 45");
        assertEquals("山\uFFFD", SpecificCharacterSet.of("", "ISO 2022 IR 87").decode(bytes, 0, bytes.length, VR.LO));
    }

    @Test
    void characterInNoNamedSetIsAnErrorNamingTheTerms() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cs.encode("山田^홍", VR.PN));
        assertTrue(e.getMessage().contains("U+D64D") && e.getMessage().contains("ISO 2022 IR 87"), e.getMessage());
    }

    @Test
    void escapeSequencesInASingleValuedSetAreHonouredOnRead() {
        // Real files label Japanese ISO 2022 data with one term only; the escapes are still read.
        byte[] bytes = Hex.bytes("D4 " + ESC_KANJI + "3B 33 " + ESC_ROMAJI);
        assertEquals("ﾔ山", SpecificCharacterSet.of("ISO_IR 13").decode(bytes, 0, bytes.length, VR.PN));
    }

    @Test
    void loneMultiByteTermActsAsSecondValue() {
        // "ISO 2022 IR 149" alone (and the common "ISO_IR 149") is read and written like "\ISO 2022 IR 149".
        byte[] bytes = Hex.bytes(Hex.ascii("Hong=") + ESC_KOREAN + "C8 AB");
        for (String term : new String[] {"ISO 2022 IR 149", "ISO_IR 149"}) {
            SpecificCharacterSet cs = SpecificCharacterSet.of(term);
            assertTrue(cs.unrecognizedTerms().isEmpty(), term);
            assertBothWays(cs, VR.PN, "Hong=홍", bytes);
        }
    }
}

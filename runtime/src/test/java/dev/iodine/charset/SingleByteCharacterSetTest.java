package dev.iodine.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.VR;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The single-byte sets of PS3.3 Table C.12-2: each name against its bytes in the ISO 8859 part the set names. */
class SingleByteCharacterSetTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // Names and bytes of David Clunie's character set samples (pydicom charset_files/FileInfo.txt)
        "ISO_IR 100 | Buc^Jérôme    | 42 75 63 5E 4A E9 72 F4 6D 65",
        "ISO_IR 100 | Äneas^Rüdiger | C4 6E 65 61 73 5E 52 FC 64 69 67 65 72",
        "ISO_IR 126 | Διονυσιος     | C4 E9 EF ED F5 F3 E9 EF F2",
        "ISO_IR 138 | שרון^דבורה    | F9 F8 E5 EF 5E E3 E1 E5 F8 E4",
        "ISO_IR 144 | Люкceмбypг    | BB EE DA 63 65 DC D1 79 70 D3",
        "ISO_IR 127 | قباني^لنزار   | E2 C8 C7 E6 EA 5E E4 E6 D2 C7 D1",
        // ISO 8859-2, -3, -4, -9, -15 and TIS 620 code tables
        "ISO_IR 101 | Dvořák        | 44 76 6F F8 E1 6B",
        "ISO_IR 109 | ĉĝ            | E6 F8",
        "ISO_IR 110 | āŗ            | E0 B3",
        "ISO_IR 148 | Işık          | 49 FE FD 6B",
        "ISO_IR 203 | 5€            | 35 A4",
        "ISO_IR 166 | สมชาย         | CA C1 AA D2 C2",
        "ISO_IR 13  | ﾔﾏﾀﾞ^ﾀﾛｳ      | D4 CF C0 DE 5E C0 DB B3",
    })
    void decodesAndEncodesNames(String term, String text, String hex) {
        SpecificCharacterSet cs = SpecificCharacterSet.of(term);
        byte[] bytes = Hex.bytes(hex);
        assertEquals(text, cs.decode(bytes, 0, bytes.length, VR.PN));
        assertArrayEquals(bytes, cs.encode(text, VR.PN), () -> Hex.of(cs.encode(text, VR.PN)));
    }

    @Test
    void decodesOnlyTheGivenSliceOfTheArray() {
        byte[] bytes = Hex.bytes("FF C4 E9 FF");
        assertEquals("Δι", SpecificCharacterSet.of("ISO_IR 126").decode(bytes, 1, 2, VR.LO));
    }

    @Test
    void characterOutsideTheSetIsAnErrorNamingItAndTheTerms() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO_IR 100");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cs.encode("Jérôme Δ", VR.PN));
        assertTrue(e.getMessage().contains("U+0394"), e.getMessage());
        assertTrue(e.getMessage().contains("index 7"), e.getMessage());
        assertTrue(e.getMessage().contains("ISO_IR 100"), e.getMessage());
        assertTrue(!cs.canEncode("Δ", VR.PN) && cs.canEncode("é", VR.PN));
    }

    @Test
    void singleValueAllowsNoCodeExtension() {
        // Greek is representable in ISO 2022 but "ISO_IR 100" alone permits no escape sequence (PS3.5 6.1.2.5.3).
        assertThrows(IllegalArgumentException.class, () -> SpecificCharacterSet.of("ISO_IR 100").encode("Δ", VR.LO));
    }

    @Test
    void defaultRepertoireReadsHighBytesAsLatin1AndWritesThemBack() {
        byte[] bytes = Hex.bytes("4A E9");
        assertEquals("Jé", SpecificCharacterSet.DEFAULT.decode(bytes, 0, 2, VR.PN));
        assertArrayEquals(bytes, SpecificCharacterSet.DEFAULT.encode("Jé", VR.PN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecificCharacterSet.DEFAULT.encode("Ω", VR.PN));
        assertTrue(e.getMessage().contains("default repertoire"), e.getMessage());
    }

    @Test
    void vrsOutsideTheCharacterSetsReachAreDefaultRepertoire() {
        // CS, AE, UI, DA ... are not SH/LO/ST/LT/UT/PN/UC (PS3.5 6.1.2.3): Greek bytes in a CS stay Latin-1.
        SpecificCharacterSet greek = SpecificCharacterSet.of("ISO_IR 126");
        byte[] bytes = Hex.bytes("C4");
        assertEquals("Ä", greek.decode(bytes, 0, 1, VR.CS));
        assertEquals("Δ", greek.decode(bytes, 0, 1, VR.SH));
        assertTrue(SpecificCharacterSet.appliesTo(VR.UC) && !SpecificCharacterSet.appliesTo(VR.UR));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISO-IR 100", "ISO_IR 100  ", "iso_ir 100", "ISO_IR100", "ISO IR 100", " ISO-IR-100"})
    void misspelledTermsAreReadLeniently(String term) {
        SpecificCharacterSet cs = SpecificCharacterSet.of(term);
        byte[] bytes = Hex.bytes("E9");
        assertEquals("é", cs.decode(bytes, 0, 1, VR.PN));
        assertTrue(cs.unrecognizedTerms().isEmpty());
        assertEquals(term, cs.terms()[0]);
    }

    @Test
    void unknownTermIsReportedAndReadAsDefaultRepertoire() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO_IR 999");
        assertEquals(java.util.List.of("ISO_IR 999"), cs.unrecognizedTerms());
        byte[] bytes = Hex.bytes("E9");
        assertEquals("é", cs.decode(bytes, 0, 1, VR.PN));
    }

    @Test
    void emptyOrMissingValueIsTheDefault() {
        assertEquals(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.of());
        assertEquals(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.of(""));
        assertEquals(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.of((String[]) null));
    }

    @Test
    void suitableForPicksTheSmallestCommonSet() {
        assertEquals(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.suitableFor("Smith^John"));
        assertEquals("ISO_IR 100", SpecificCharacterSet.suitableFor("Smith", "Müller").toString());
        assertEquals("ISO_IR 192", SpecificCharacterSet.suitableFor("Müller", "山田").toString());
    }
}

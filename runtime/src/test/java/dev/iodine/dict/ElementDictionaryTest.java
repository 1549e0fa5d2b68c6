package dev.iodine.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.VR;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElementDictionaryTest {

    /** Rows of derived/data-elements.tsv (PS3.6 2024d via pydicom + 65 newer DCMTK rows), a fact of the source. */
    private static final int SOURCE_ROWS = 5342;
    private static final int SOURCE_RETIRED = 496;
    /** Elements that newer PS3.6 editions retire (tools' retired-since.tsv): Ethnic Group, PS3.6 2025a. */
    private static final int RETIRED_SINCE = 1;

    @Test
    void everySourceRowIsLoaded() {
        List<DictionaryEntry> entries = ElementDictionary.entries();
        assertEquals(SOURCE_ROWS, entries.size());
        assertEquals(SOURCE_RETIRED + RETIRED_SINCE, entries.stream().filter(DictionaryEntry::retired).count());
    }

    @Test
    void ethnicGroupIsRetiredAsOfPs36Edition2025aAndItsReplacementsAreNot() {
        assertTrue(ElementDictionary.lookup(0x00102160).retired());
        assertFalse(ElementDictionary.lookup(0x00102161).retired());
        assertFalse(ElementDictionary.lookup(0x00102162).retired());
    }

    @Test
    void patientNameBothWays() {
        assertEquals(0x00100010, ElementDictionary.tagOf("PatientName"));
        assertEquals(Tags.PatientName, ElementDictionary.tagOf("PatientName"));
        DictionaryEntry e = ElementDictionary.lookup(0x00100010);
        assertEquals("PatientName", e.keyword());
        assertEquals("Patient's Name", e.name());
        assertEquals(VR.PN, e.vr());
        assertEquals("1", e.vm());
        assertFalse(e.retired());
        assertEquals("PatientName", ElementDictionary.keywordOf(0x00100010));
        assertEquals("Patient's Name", ElementDictionary.nameOf(0x00100010));
        assertEquals("Overlay Data", ElementDictionary.nameOf(0x601E3000));
        assertEquals("", ElementDictionary.nameOf(0x00091010));
    }

    @Test
    void pixelDataHasTwoVRs() {
        DictionaryEntry e = ElementDictionary.lookup(0x7FE00010);
        assertEquals("PixelData", e.keyword());
        assertEquals(List.of(VR.OB, VR.OW), e.vrs());
        assertTrue(e.multipleVRs());
        assertEquals(VR.OB, ElementDictionary.vrOf(Tags.PixelData));
        assertEquals(List.of(VR.US, VR.SS), ElementDictionary.lookup("SmallestImagePixelValue").vrs());
    }

    @Test
    void repeatingGroupsResolveToTheirFirstGroup() {
        DictionaryEntry overlay = ElementDictionary.lookup(0x60023000);
        assertEquals("OverlayData", overlay.keyword());
        assertEquals(0x60003000, overlay.tag());
        assertEquals(Tags.OverlayData, ElementDictionary.tagOf("OverlayData"));
        assertEquals("OverlayRows", ElementDictionary.keywordOf(0x601E0010));
        assertTrue(ElementDictionary.lookup(0x50163000).retired()); // CurveData
        assertEquals("VariablePixelData", ElementDictionary.keywordOf(0x7F100010));
        // PS3.5 7.6: overlays repeat in 6000-601E only; odd groups are private.
        assertNull(ElementDictionary.lookup(0x60203000));
        assertNull(ElementDictionary.lookup(0x60013000));
    }

    @Test
    void maskedElementsResolveButExactEntriesWin() {
        assertEquals("TransformLabel", ElementDictionary.keywordOf(0x00280400));
        assertEquals("RowsForNthOrderCoefficients", ElementDictionary.keywordOf(0x00280410));
        assertEquals("SourceImageIDs", ElementDictionary.keywordOf(0x002031A7));
        assertEquals("ZonalMap", ElementDictionary.keywordOf(0x10101234));
    }

    @Test
    void commandGroup() {
        DictionaryEntry e = ElementDictionary.lookup(0x00000002);
        assertEquals("AffectedSOPClassUID", e.keyword());
        assertEquals(VR.UI, e.vr());
        assertEquals("CommandGroupLength", ElementDictionary.keywordOf(0x00000000));
        assertEquals(0x00000100, ElementDictionary.tagOf("CommandField"));
    }

    @Test
    void groupLengthOfAnyGroupIsUL() {
        assertEquals("FileMetaInformationGroupLength", ElementDictionary.keywordOf(0x00020000));
        DictionaryEntry e = ElementDictionary.lookup(0x00080000);
        assertEquals(ElementDictionary.GROUP_LENGTH, e.keyword());
        assertEquals(0x00080000, e.tag());
        assertEquals(VR.UL, e.vr());
        assertEquals(VR.UL, ElementDictionary.vrOf(0x00090000));
        assertEquals(-1, ElementDictionary.tagOf(ElementDictionary.GROUP_LENGTH));
    }

    @Test
    void privateElements() {
        DictionaryEntry creator = ElementDictionary.lookup(0x00090010);
        assertEquals(ElementDictionary.PRIVATE_CREATOR, creator.keyword());
        assertEquals(VR.LO, creator.vr());
        assertNull(ElementDictionary.lookup(0x00091010));
        assertEquals(VR.UN, ElementDictionary.vrOf(0x00091010));
        assertEquals("", ElementDictionary.keywordOf(0x00091010));
        assertNull(ElementDictionary.lookup(0x00090005));
    }

    @Test
    void itemTagsHaveNoVR() {
        DictionaryEntry item = ElementDictionary.lookup(0xFFFEE000);
        assertEquals("Item", item.keyword());
        assertTrue(item.vrs().isEmpty());
        assertNull(item.vr());
        assertEquals(VR.UN, ElementDictionary.vrOf(0xFFFEE0DD));
    }

    @Test
    void unknownTagsAndKeywords() {
        assertNull(ElementDictionary.lookup(0x00080002));
        assertEquals(VR.UN, ElementDictionary.vrOf(0x00080002));
        assertEquals(-1, ElementDictionary.tagOf("NoSuchKeyword"));
        assertNull(ElementDictionary.lookup("NoSuchKeyword"));
        assertEquals(-1, ElementDictionary.tagOf(""));
    }

    @Test
    void newerRowsAndRetiredRows() {
        DictionaryEntry gender = ElementDictionary.lookup("GenderIdentitySequence");
        assertEquals(0x00100041, gender.tag());
        assertEquals(VR.SQ, gender.vr());
        assertTrue(ElementDictionary.lookup(0x00000001).retired()); // CommandLengthToEnd
    }

    @Test
    void everyEntryResolvesBothWays() {
        Set<String> keywords = new HashSet<>();
        Set<String> shadowed = new HashSet<>();
        for (DictionaryEntry e : ElementDictionary.entries()) {
            if (ElementDictionary.lookup(e.tag()) != e) {
                shadowed.add(e.keyword());
            }
            if (!e.keyword().isEmpty()) {
                assertTrue(keywords.add(e.keyword()), "duplicate keyword " + e.keyword());
                assertSame(e, ElementDictionary.lookup(e.keyword()));
            }
        }
        assertEquals(SOURCE_ROWS - 7, keywords.size()); // seven unnamed retired elements
        // Masked rows whose first element is taken: (0028,0400)-(0028,0403) by the retired transform elements,
        // (1000,0000) and (1010,0000) by the group length (PS3.5 7.2).
        assertEquals(Set.of("RowsForNthOrderCoefficients", "ColumnsForNthOrderCoefficients", "CoefficientCoding",
                "CoefficientCodingPointers", "EscapeTriplet", "ZonalMap"), shadowed);
    }
}

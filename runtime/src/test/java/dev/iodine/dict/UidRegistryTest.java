package dev.iodine.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UidRegistryTest {

    /** Rows of derived/uids.tsv (PS3.6 2024d/2025a via pydicom + 3 UIDs of 2025), facts of the source. */
    private static final int SOURCE_ROWS = 493;
    private static final int SOURCE_RETIRED = 75;
    private static final int SOURCE_SOP_CLASSES = 311;
    private static final int SOURCE_TRANSFER_SYNTAXES = 63;

    @Test
    void everySourceRowIsLoaded() {
        assertEquals(SOURCE_ROWS, UidRegistry.entries().size());
        assertEquals(SOURCE_RETIRED, UidRegistry.entries().stream().filter(UidEntry::retired).count());
        assertEquals(SOURCE_SOP_CLASSES, UidRegistry.entriesOfType(UidEntry.SOP_CLASS).size());
        assertEquals(SOURCE_TRANSFER_SYNTAXES, UidRegistry.entriesOfType(UidEntry.TRANSFER_SYNTAX).size());
    }

    @Test
    void sopClassBothWays() {
        UidEntry ct = UidRegistry.lookup("1.2.840.10008.5.1.4.1.1.2");
        assertEquals("CTImageStorage", ct.keyword());
        assertEquals("CT Image Storage", ct.name());
        assertTrue(ct.isSopClass());
        assertFalse(ct.retired());
        assertSame(ct, UidRegistry.forKeyword("CTImageStorage"));
        assertEquals(UIDs.CTImageStorage, ct.uid());
    }

    @Test
    void transferSyntaxAndWellKnownUids() {
        UidEntry ts = UidRegistry.lookup(UIDs.ImplicitVRLittleEndian);
        assertTrue(ts.isTransferSyntax());
        assertEquals("Default Transfer Syntax for DICOM", ts.info());
        assertEquals("Well-known frame of reference", UidRegistry.forKeyword("TalairachBrainAtlas").type());
        assertEquals("Verification SOP Class", UidRegistry.nameOf("1.2.840.10008.1.1"));
    }

    @Test
    void rowsWithSwappedColumnsAreRepaired() {
        // dicom-rs rows of 2025 arrive with name and keyword swapped; the generator puts them back.
        UidEntry e = UidRegistry.lookup("1.2.840.10008.5.1.4.1.1.601.5");
        assertEquals("UltrasoundWaveformStorage", e.keyword());
        assertEquals("Ultrasound Waveform Storage", e.name());
    }

    @Test
    void retiredAndUnnamed() {
        UidEntry unnamed = UidRegistry.lookup("1.2.840.10008.5.1.4.1.1.40");
        assertTrue(unnamed.retired());
        assertEquals("", unnamed.keyword());
        assertEquals("1.2.840.10008.5.1.4.1.1.40", UidRegistry.nameOf("1.2.840.10008.5.1.4.1.1.40"));
    }

    @Test
    void unknownUids() {
        assertNull(UidRegistry.lookup("1.2.3.4.5"));
        assertNull(UidRegistry.forKeyword("NoSuchStorage"));
        assertEquals("1.2.3.4.5", UidRegistry.nameOf("1.2.3.4.5"));
    }
}

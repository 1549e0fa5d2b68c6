package dev.iodine.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransferSyntaxTest {

    /** explicitVR, bigEndian, deflated, encapsulated, retired, known. */
    private static void assertEncoding(String uid, boolean... expected) {
        TransferSyntax ts = TransferSyntax.forUid(uid);
        boolean[] actual = {ts.explicitVR(), ts.bigEndian(), ts.deflated(), ts.encapsulated(), ts.retired(),
            ts.known()};
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual), ts.toString());
    }

    @Test
    void mainSyntaxes() {
        assertEncoding("1.2.840.10008.1.2", false, false, false, false, false, true);
        assertEncoding("1.2.840.10008.1.2.1", true, false, false, false, false, true);
        assertEncoding("1.2.840.10008.1.2.1.99", true, false, true, false, false, true);
        assertEncoding("1.2.840.10008.1.2.2", true, true, false, false, true, true);
        assertEncoding("1.2.840.10008.1.2.4.50", true, false, false, true, false, true);
        assertEncoding("1.2.840.10008.1.2.5", true, false, false, true, false, true);
        assertEncoding("1.2.840.10008.1.2.1.98", true, false, false, true, false, true);
        assertEncoding("1.2.840.10008.1.2.4.52", true, false, false, true, true, true);
    }

    @Test
    void deflateOfTheDataSetIsNotDeflateOfFrames() {
        TransferSyntax jpip = TransferSyntax.forKeyword("JPIPReferencedDeflate");
        assertTrue(jpip.deflated());
        assertFalse(jpip.encapsulated());
        assertFalse(jpip.nativePixelData());
        TransferSyntax frames = TransferSyntax.forUid("1.2.840.10008.1.2.8.1");
        assertFalse(frames.deflated());
        assertTrue(frames.encapsulated());
    }

    @Test
    void constantsAreTheRegistryEntries() {
        assertSame(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.forUid("1.2.840.10008.1.2"));
        assertSame(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.forKeyword("ExplicitVRLittleEndian"));
        assertSame(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.of("1.2.840.10008.1.2.1.99"));
        assertSame(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, TransferSyntax.of("ExplicitVRBigEndian"));
        assertEquals("Implicit VR Little Endian", TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.name());
        assertEquals("JPEGBaseline8Bit", TransferSyntax.forUid("1.2.840.10008.1.2.4.50").keyword());
    }

    @Test
    void listings() {
        assertEquals(63, TransferSyntax.all().size());
        assertEquals(List.of("ImplicitVRLittleEndian", "ExplicitVRLittleEndian", "DeflatedExplicitVRLittleEndian",
                "ExplicitVRBigEndian", "Papyrus3ImplicitVRLittleEndian"),
                TransferSyntax.uncompressed().stream().map(TransferSyntax::keyword).toList());
        for (TransferSyntax ts : TransferSyntax.all()) {
            assertTrue(ts.known());
            assertSame(ts, TransferSyntax.forKeyword(ts.keyword()));
            assertTrue(UidRegistry.lookup(ts.uid()).isTransferSyntax());
        }
    }

    @Test
    void unknownUidIsEncapsulatedExplicitLittleEndian() {
        TransferSyntax ts = TransferSyntax.forUid("1.2.826.0.1.3680043.2.1143.1.2");
        assertFalse(ts.known());
        assertTrue(ts.explicitVR());
        assertFalse(ts.bigEndian());
        assertTrue(ts.encapsulated());
        assertFalse(ts.nativePixelData());
        assertEquals("1.2.826.0.1.3680043.2.1143.1.2", ts.name());
        assertEquals(ts, TransferSyntax.forUid("1.2.826.0.1.3680043.2.1143.1.2"));
        assertNull(TransferSyntax.forKeyword("NoSuchSyntax"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TransferSyntax.of("1.2.3"));
        assertTrue(e.getMessage().contains("1.2.3"), e.getMessage());
        // A SOP class UID is not a transfer syntax.
        assertThrows(IllegalArgumentException.class, () -> TransferSyntax.of(UIDs.CTImageStorage));
    }
}

package dev.iodine.bind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WriteDefaultsTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-23T12:34:56.789Z"), ZoneOffset.UTC);

    @Test
    void uuidUidIsTheUnsignedDecimalOfAllHundredTwentyEightBits() {
        UUID max = new UUID(-1L, -1L);
        assertEquals("2.25." + BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE), UuidUid.of(max));
        assertEquals("2.25.0", UuidUid.of(new UUID(0, 0)));
        // PS3.5 B.2's example UUID f81d4fae-7dec-11d0-a765-00a0c91e6bf6.
        assertEquals("2.25.329800735698586629295641978511506172918",
                UuidUid.of(UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")));
        assertTrue(UuidUid.random().length() <= 64);
    }

    @Test
    void pathResolvesItemsAndReportsAbsenceAsNull() {
        Dataset root = new Dataset();
        Dataset beam0 = root.newSequence(Tags.BeamSequence).addItem();
        Dataset beam1 = root.getSequence(Tags.BeamSequence).addItem();
        Dataset cp = beam1.newSequence(Tags.ControlPointSequence).addItem();
        assertSame(root, DatasetPath.resolve(root, ""));
        assertSame(beam0, DatasetPath.resolve(root, "BeamSequence[0]"));
        assertSame(cp, DatasetPath.resolve(root, "BeamSequence[1].ControlPointSequence[0]"));
        assertSame(cp, DatasetPath.resolve(root, "(300A,00B0)[1].(300A,0111)[0]"));
        assertNull(DatasetPath.resolve(root, "BeamSequence[2]"));
        assertNull(DatasetPath.resolve(root, "BeamSequence[0].ControlPointSequence[0]"));
        assertThrows(IllegalArgumentException.class, () -> DatasetPath.resolve(root, "NoSuchKeyword[0]"));
        assertThrows(IllegalArgumentException.class, () -> DatasetPath.resolve(root, "BeamSequence"));
    }

    @Test
    void fillsTypeTwoEmptyNewUidsCreationTimeAndCharacterSetOfAnInstanceBuiltInMemory() {
        Dataset ds = new Dataset();
        ds.setString(Tags.PatientName, VR.PN, "Müller^Hans");
        Dataset beam = ds.newSequence(Tags.BeamSequence).addItem();
        WriteDefaults.fillSopClass(ds, "1.2.840.10008.5.1.4.1.1.481.5");
        ValidationReport report = new ValidationReport("RT Plan", List.of(
                Violation.missing("", Tags.PatientID, "Patient", "C.7.1.1", "2", null),
                Violation.missing("BeamSequence[0]", Tags.ReferencedPatientSetupNumber, "RT Beams", "C.8.8.14",
                        "2C", "present(PatientSetupSequence)"),
                Violation.missing("", Tags.SOPInstanceUID, "SOP Common", "C.12.1", "1", null),
                Violation.empty("", Tags.StudyInstanceUID, "General Study", "C.7.2.1", "1", null),
                // A referenced UID names another instance: it is never made up.
                Violation.missing("", Tags.ReferencedSOPInstanceUID, "X", "C.0", "1", null),
                Violation.missing("BeamSequence[5]", Tags.BeamName, "RT Beams", "C.8.8.14", "2", null)));
        WriteDefaults.fill(ds, report, NOON, true);

        assertEquals("1.2.840.10008.5.1.4.1.1.481.5", ds.getString(Tags.SOPClassUID));
        assertTrue(ds.contains(Tags.PatientID));
        assertFalse(ds.hasValue(Tags.PatientID));
        assertTrue(beam.contains(Tags.ReferencedPatientSetupNumber));
        assertTrue(ds.getString(Tags.SOPInstanceUID).startsWith("2.25."));
        assertTrue(ds.getString(Tags.StudyInstanceUID).startsWith("2.25."));
        assertNotEquals(ds.getString(Tags.SOPInstanceUID), ds.getString(Tags.StudyInstanceUID));
        assertFalse(ds.contains(Tags.ReferencedSOPInstanceUID));
        assertEquals("20261123", ds.getString(Tags.InstanceCreationDate));
        assertEquals("123456", ds.getString(Tags.InstanceCreationTime));
        assertEquals("ISO_IR 100", ds.getString(Tags.SpecificCharacterSet));
        assertEquals("Müller^Hans", ds.getPersonName(Tags.PatientName).toString());
    }

    @Test
    void nativePixelDataOfMoreThanEightBitsBecomesOW() {
        Dataset wide = new Dataset().setInt(Tags.BitsAllocated, VR.US, 16).setBytes(Tags.PixelData, VR.OB,
                new byte[] {1, 2, 3, 4});
        Dataset narrow = new Dataset().setInt(Tags.BitsAllocated, VR.US, 8).setBytes(Tags.PixelData, VR.OB,
                new byte[] {1, 2, 3, 4});
        WriteDefaults.fill(wide, new ValidationReport("CT Image", List.of()), NOON, true);
        WriteDefaults.fill(narrow, new ValidationReport("SC Image", List.of()), NOON, true);
        assertEquals(VR.OW, wide.getVR(Tags.PixelData));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, wide.getBytes(Tags.PixelData));
        assertEquals(VR.OB, narrow.getVR(Tags.PixelData));
    }

    @Test
    void asciiTextNeedsNoCharacterSetAndAGivenSopClassIsKept() {
        Dataset ds = new Dataset();
        ds.setString(Tags.PatientName, VR.PN, "Doe^John");
        ds.setString(Tags.SOPClassUID, VR.UI, "1.2.3");
        WriteDefaults.fillSopClass(ds, "1.2.840.10008.5.1.4.1.1.2");
        WriteDefaults.fill(ds, new ValidationReport("CT Image", List.of()), NOON, true);
        assertFalse(ds.contains(Tags.SpecificCharacterSet));
        assertEquals("1.2.3", ds.getString(Tags.SOPClassUID));
    }
}

package dev.iodine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DICOMDIR offsets (PS3.3 F.3.2.2) on a two-record directory built here: located by scanning the written bytes
 * for Item tags, kept when written as read, recomputed when re-encoding moves the records, refused when dangling.
 */
class DirectoryOffsetsTest {

    private static final String MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";

    @TempDir
    Path tmp;

    /** A directory of two root PATIENT records, all offsets 0 (no links yet). */
    private static DicomFile directory() {
        Dataset ds = new Dataset();
        ds.setString(Tags.FileSetID, VR.CS, "TEST");
        ds.setLong(Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, VR.UL, 0);
        ds.setLong(Tags.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, VR.UL, 0);
        ds.setInt(Tags.FileSetConsistencyFlag, VR.US, 0);
        Sequence records = ds.newSequence(Tags.DirectoryRecordSequence);
        for (String id : List.of("P1", "P2")) {
            Dataset r = records.addItem();
            r.setLong(Tags.OffsetOfTheNextDirectoryRecord, VR.UL, 0);
            r.setInt(Tags.RecordInUseFlag, VR.US, 0xFFFF);
            r.setLong(Tags.OffsetOfReferencedLowerLevelDirectoryEntity, VR.UL, 0);
            r.setString(Tags.DirectoryRecordType, VR.CS, "PATIENT");
            r.setString(Tags.PatientID, VR.LO, id);
        }
        DicomFile file = DicomWriter.newFile(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        file.fileMeta().setString(Tags.MediaStorageSOPClassUID, VR.UI, MEDIA_STORAGE_DIRECTORY);
        file.fileMeta().setString(Tags.MediaStorageSOPInstanceUID, VR.UI, "2.25.1");
        return file;
    }

    /** The positions of the Item tags (FFFE,E000) that follow the Directory Record Sequence header in the bytes. */
    private static long[] itemTags(byte[] b, boolean explicit) {
        int seq = MalformedInputTest.find(b, new byte[] {0x04, 0x00, 0x20, 0x12}, 0);
        long[] found = new long[2];
        int from = seq + (explicit ? 12 : 8);
        for (int k = 0; k < 2; k++) {
            found[k] = MalformedInputTest.find(b, new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0}, from);
            from = (int) found[k] + 8;
        }
        return found;
    }

    /** Writes the directory, links P1 -> P2 as the root entity with the written positions, writes it again. */
    private Path linked() throws IOException {
        Path first = tmp.resolve("unlinked");
        DicomWriter.write(first, directory());
        long[] at = itemTags(Files.readAllBytes(first), true);
        DicomFile read = DicomReader.read(first);
        Dataset ds = read.dataset();
        ds.setLong(Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, VR.UL, at[0]);
        ds.setLong(Tags.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, VR.UL, at[1]);
        ds.getSequence(Tags.DirectoryRecordSequence).get(0).setLong(Tags.OffsetOfTheNextDirectoryRecord, VR.UL, at[1]);
        Path linked = tmp.resolve("DICOMDIR");
        DicomWriter.write(linked, read);
        return linked;
    }

    @Test
    void writtenAsReadTheOffsetsAndBytesStay() throws IOException {
        Path linked = linked();
        byte[] before = Files.readAllBytes(linked);
        Path again = tmp.resolve("again");
        DicomWriter.write(again, DicomReader.read(linked));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(again)));
        DirectoryRecords tree = DirectoryRecords.of(DicomReader.read(again).dataset());
        assertEquals(List.of("P1", "P2"), tree.roots().stream().map(r -> r.getString(Tags.PatientID)).toList());
    }

    @Test
    void reencodingMovesTheRecordsAndTheOffsetsFollow() throws IOException {
        Path linked = linked();
        Path implicit = tmp.resolve("implicit");
        DicomWriter.write(implicit, DicomReader.read(linked),
                WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN));
        long[] at = itemTags(Files.readAllBytes(implicit), false);
        Dataset ds = DicomReader.read(implicit).dataset();
        assertNotEquals(itemTags(Files.readAllBytes(linked), true)[0], at[0], "the records did not move");
        assertEquals(at[0], ds.getLong(Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity));
        assertEquals(at[1], ds.getLong(Tags.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity));
        assertEquals(at[1], ds.getSequence(Tags.DirectoryRecordSequence).get(0)
                .getLong(Tags.OffsetOfTheNextDirectoryRecord));
        assertEquals(0L, ds.getSequence(Tags.DirectoryRecordSequence).get(1)
                .getLong(Tags.OffsetOfTheNextDirectoryRecord));
    }

    @Test
    void anOffsetNamingNoRecordIsRefusedWhenTheRecordsMove() throws IOException {
        DicomFile read = DicomReader.read(linked());
        read.dataset().getSequence(Tags.DirectoryRecordSequence).get(1)
                .setLong(Tags.OffsetOfReferencedLowerLevelDirectoryEntity, VR.UL, 77);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DicomWriter.toBytes(read,
                WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN)));
        assertEquals("cannot write the DICOMDIR: (0004,1420) of directory record 1 is 77, which is not the offset of"
                + " any directory record (expected the file offset of an item of the Directory Record Sequence"
                + " (0004,1220), PS3.3 F.3.2.2), and the directory records move when written, so it cannot be"
                + " recomputed", e.getMessage());
    }
}

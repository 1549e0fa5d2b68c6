package dev.iodine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.BulkData;
import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.SourceBuffer;
import dev.iodine.data.VR;
import dev.iodine.dict.TransferSyntax;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomWriterTest {

    private static Dataset instance() {
        return new Dataset()
                .setString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.7")
                .setString(0x00080018, VR.UI, "1.2.3.4.5")
                .setString(0x00100010, VR.PN, "Doe^Jane");
    }

    @Test
    void newFilesGetACompleteMetaGroup() throws IOException {
        byte[] b = DicomWriter.toBytes(DicomWriter.newFile(instance(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), WriteOptions.DEFAULT);
        assertEquals('D', b[128]);
        assertEquals('M', b[131]);
        DicomFile f = DicomReader.read(b, ReadOptions.DEFAULT);
        Dataset meta = f.fileMeta();
        assertArrayEquals(new byte[] {0, 1}, meta.getBytes(0x00020001));
        assertEquals("1.2.840.10008.5.1.4.1.1.7", meta.getString(0x00020002));
        assertEquals("1.2.3.4.5", meta.getString(0x00020003));
        assertEquals("1.2.840.10008.1.2.1", meta.getString(0x00020010));
        assertEquals(DicomWriter.IMPLEMENTATION_CLASS_UID, meta.getString(0x00020012));
        assertEquals(DicomWriter.IMPLEMENTATION_VERSION_NAME, meta.getString(0x00020013));
        // The group length counts the bytes from the end of (0002,0000) to the first element of the data set.
        int dataStart = 132 + 12 + meta.getInt(0x00020000);
        assertEquals(0x0008, Bytes.getUShort(b, dataStart, false));
        assertEquals("Doe^Jane", f.dataset().getString(0x00100010));
    }

    @Test
    void aNewFileWithoutSopInstanceIsRefused() {
        Dataset ds = new Dataset().setString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DicomWriter.toBytes(DicomWriter.newFile(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), WriteOptions.DEFAULT));
        assertTrue(e.getMessage().contains("(0002,0003)"), e.getMessage());
    }

    @Test
    void bigEndianConversionSwapsEachValueByItsVr() throws IOException {
        Dataset ds = instance()
                .setInt(0x00280010, VR.US, 0x0102)
                .setFloat(0x00189087, VR.FL, 1.5f)
                .setTags(0x00209165, 0x00200032)
                .setInt(0x7FE00010, VR.OW, 0x0A0B, 0x0C0D);
        byte[] b = DicomWriter.toBytes(DicomWriter.newFile(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN));
        Dataset back = DicomReader.read(b, ReadOptions.DEFAULT).dataset();
        assertTrue(back.bigEndian());
        assertArrayEquals(new byte[] {1, 2}, back.getBytes(0x00280010));
        assertArrayEquals(new byte[] {0x0A, 0x0B, 0x0C, 0x0D}, back.getBytes(0x7FE00010));
        assertArrayEquals(new byte[] {0x00, 0x20, 0x00, 0x32}, back.getBytes(0x00209165));
        assertEquals(1.5f, back.getFloats(0x00189087)[0]);
        assertEquals("Doe^Jane", back.getString(0x00100010));
    }

    @Test
    void reEncodingPadsOddValuesAndWritesOverlongShortValuesAsUn() throws IOException {
        byte[] raw = "ABC".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Dataset ds = new Dataset(new SourceBuffer(raw, null), false, true);
        ds.setString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.7").setString(0x00080018, VR.UI, "1.2.3");
        ds.addRaw(0x00100020, VR.LO, 0, 3);
        ds.setString(0x00204000, VR.LT, "x".repeat(70000));
        byte[] b = DicomWriter.toBytes(DicomWriter.newFile(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                WriteOptions.DEFAULT);
        Dataset back = DicomReader.read(b, ReadOptions.DEFAULT).dataset();
        assertEquals(4, back.getBytes(0x00100020).length, "odd LO padded to even length");
        assertEquals("ABC", back.getString(0x00100020));
        assertEquals(VR.UN, back.getVR(0x00204000), "70000 bytes do not fit LT's 16-bit length (PS3.5 6.2.2)");
        assertEquals(70000, back.getString(0x00204000).length());
    }

    @Test
    void refusesToOverwriteWhenAskedAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a.dcm");
        DicomFile f = DicomWriter.newFile(instance(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        DicomWriter.write(target, f, WriteOptions.DEFAULT.withOverwrite(false));
        byte[] first = Files.readAllBytes(target);
        f.dataset().setString(0x00100010, VR.PN, "Other^Name");
        assertThrows(FileAlreadyExistsException.class, () -> DicomWriter.write(target, f, WriteOptions.DEFAULT.withOverwrite(false)));
        assertArrayEquals(first, Files.readAllBytes(target));
        DicomWriter.write(target, f);
        assertEquals("Other^Name", DicomReader.read(target).dataset().getString(0x00100010));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the destination remains");
        }
    }

    @Test
    void writtenFilesGetTheModeOfANewFileOrKeepTheModeOfTheFileTheyReplace(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "*** SKIPPED: no POSIX permissions on this file system");
        // What the umask gives any new file here, whatever the umask is.
        Set<PosixFilePermission> newFileMode = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        DicomFile f = DicomWriter.newFile(instance(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        Path target = dir.resolve("c.dcm");
        DicomWriter.write(target, f);
        assertEquals(newFileMode, Files.getPosixFilePermissions(target));

        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r---w-");
        Files.setPosixFilePermissions(target, shared);
        DicomWriter.write(target, f);
        assertEquals(shared, Files.getPosixFilePermissions(target), "overwriting keeps the file's mode");
        assertEquals("Doe^Jane", DicomReader.read(target).dataset().getString(0x00100010));
    }

    @Test
    void aMissingDirectoryIsNamedByTheFileAskedFor(@TempDir Path dir) {
        Path target = dir.resolve("absent").resolve("d.dcm");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> DicomWriter.write(target,
                DicomWriter.newFile(instance(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)));
        assertEquals(target.toString(), e.getFile());
    }

    @Test
    void aFailureWhileWritingLeavesNoFileBehind(@TempDir Path dir) throws IOException {
        Dataset ds = instance();
        ds.addValue(0x7FE00010, VR.OW, new BulkData(dir.resolve("gone.raw"), 0, 1024));
        Path target = dir.resolve("b.dcm");
        assertThrows(UncheckedIOException.class,
                () -> DicomWriter.write(target, DicomWriter.newFile(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)));
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void encapsulatedPixelDataCannotBeWrittenUncompressed() {
        Dataset ds = instance();
        ds.newFragments(0x7FE00010, VR.OB).add(new byte[0]).add(new byte[] {1, 2});
        DicomFile f = new DicomFile(null, new Dataset(), ds, TransferSyntax.forUid("1.2.840.10008.1.2.4.50"), List.of(), null);
        assertThrows(IllegalArgumentException.class,
                () -> DicomWriter.toBytes(f, WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)));
    }

    /**
     * A deflated file whose deflate stream another writer made (fastest level, then a gzip-style trailer) than
     * the one Iodine's deflater would make: re-deflating could not reproduce it.
     */
    private static byte[] deflatedByAnotherWriter() throws IOException {
        Dataset ds = instance().setString(0x00204000, VR.LT, "a patient comment, said again and again. ".repeat(200));
        ds.newSequence(0x00081115).addItem().setString(0x00081155, VR.UI, "1.2.3.4.6");
        byte[] plain = DicomWriter.toBytes(DicomWriter.newFile(ds, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN),
                WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        byte[] ours = DicomWriter.toBytes(DicomWriter.newFile(ds, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN),
                WriteOptions.DEFAULT);
        int metaEnd = 132 + 12 + Bytes.getInt(ours, 140, false);
        int plainStart = 132 + 12 + Bytes.getInt(plain, 140, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ours, 0, metaEnd);
        Deflater fastest = new Deflater(Deflater.BEST_SPEED, true);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, fastest)) {
            d.write(plain, plainStart, plain.length - plainStart);
        }
        fastest.end();
        CRC32 crc = new CRC32();
        crc.update(plain, plainStart, plain.length - plainStart);
        byte[] trailer = new byte[8];
        Bytes.putInt(trailer, 0, (int) crc.getValue(), false);
        Bytes.putInt(trailer, 4, plain.length - plainStart, false);
        out.write(trailer);
        byte[] file = out.toByteArray();
        assertFalse(Arrays.equals(ours, file), "the test needs a stream Iodine's deflater does not make");
        return file;
    }

    @Test
    void anUntouchedDeflatedDataSetIsWrittenBackAsItsBytes() throws IOException {
        byte[] original = deflatedByAnotherWriter();
        DicomFile f = DicomReader.read(original, ReadOptions.DEFAULT);
        assertEquals(1, f.warnings().size(), f.warnings().toString());
        assertTrue(f.warnings().get(0).contains("gzip trailer"), f.warnings().get(0));
        // Reading values fills caches but changes nothing.
        assertEquals("Doe^Jane", f.dataset().getString(0x00100010));
        assertEquals("1.2.3.4.6", f.dataset().getSequence(0x00081115).get(0).getString(0x00081155));
        assertArrayEquals(original, DicomWriter.toBytes(f, WriteOptions.DEFAULT));
        assertArrayEquals(original, DicomWriter.toBytes(f,
                WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN)));
    }

    @Test
    void aDeflatedDataSetChangedInAnItemIsDeflatedAnew() throws IOException {
        byte[] original = deflatedByAnotherWriter();
        DicomFile f = DicomReader.read(original, ReadOptions.DEFAULT);
        f.dataset().getSequence(0x00081115).get(0).setString(0x00081155, VR.UI, "1.2.3.4.7");
        byte[] written = DicomWriter.toBytes(f, WriteOptions.DEFAULT);
        DicomFile back = DicomReader.read(written, ReadOptions.DEFAULT);
        assertTrue(back.transferSyntax().deflated());
        assertEquals(List.of(), back.warnings(), "deflated by Iodine: no trailer");
        assertEquals("1.2.3.4.7", back.dataset().getSequence(0x00081115).get(0).getString(0x00081155));
        List<String> diffs = new ArrayList<>();
        DatasetComparison.compare("", f.dataset(), back.dataset(), diffs);
        assertEquals(List.of(), diffs);
    }

    @Test
    void aDeflatedDataSetWithARemovedItemOrElementIsDeflatedAnew() throws IOException {
        DicomFile f = DicomReader.read(deflatedByAnotherWriter(), ReadOptions.DEFAULT);
        f.dataset().getSequence(0x00081115).remove(0);
        Dataset back = DicomReader.read(DicomWriter.toBytes(f, WriteOptions.DEFAULT), ReadOptions.DEFAULT).dataset();
        assertEquals(0, back.getSequence(0x00081115).size());
        f.dataset().remove(0x00204000);
        back = DicomReader.read(DicomWriter.toBytes(f, WriteOptions.DEFAULT), ReadOptions.DEFAULT).dataset();
        assertFalse(back.contains(0x00204000));
    }

    @Test
    void anItemOfADeflatedFileIsNotWrittenAsTheWholeFile() throws IOException {
        DicomFile f = DicomReader.read(deflatedByAnotherWriter(), ReadOptions.DEFAULT);
        Dataset item = f.dataset().getSequence(0x00081115).get(0);
        DicomFile part = new DicomFile(f.preamble(), f.fileMeta(), item, f.transferSyntax(), List.of(), null);
        Dataset back = DicomReader.read(DicomWriter.toBytes(part, WriteOptions.DEFAULT), ReadOptions.DEFAULT).dataset();
        assertEquals(1, back.size());
        assertEquals("1.2.3.4.6", back.getString(0x00081155));
    }

    /** A file whose nested sequence and items have defined lengths, so that a change must resize its holders. */
    private static byte[] definedLengths() throws IOException {
        Dataset ds = instance();
        Sequence outer = ds.newSequence(0x00081115).setUndefinedLength(false);
        for (int k = 0; k < 3; k++) {
            Dataset item = outer.addItem().setUndefinedItemLength(false);
            item.setString(0x00081150, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
            Sequence inner = item.newSequence(0x00081199).setUndefinedLength(false);
            inner.addItem().setUndefinedItemLength(false).setString(0x00081155, VR.UI, "1.2.3." + k);
        }
        return DicomWriter.toBytes(DicomWriter.newFile(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), WriteOptions.DEFAULT);
    }

    @Test
    void aChangeDeepInDefinedLengthItemsResizesEveryHolderAndKeepsTheUntouchedItems() throws IOException {
        byte[] original = definedLengths();
        DicomFile f = DicomReader.read(original, ReadOptions.DEFAULT);
        assertArrayEquals(original, DicomWriter.toBytes(f, WriteOptions.DEFAULT));
        Sequence outer = f.dataset().getSequence(0x00081115);
        outer.get(1).getSequence(0x00081199).get(0).setString(0x00081155, VR.UI, "1.2.3.4.5.6.7.8.9");
        byte[] written = DicomWriter.toBytes(f, WriteOptions.DEFAULT);
        assertEquals(original.length + 10, written.length, "the value grew from 8 to 18 bytes, its three holders with it");
        Dataset back = DicomReader.read(written, ReadOptions.DEFAULT).dataset();
        assertEquals(List.of(), back.getSequence(0x00081115).stream().map(Dataset::undefinedItemLength).filter(b -> b).toList());
        for (int k = 0; k < 3; k++) {
            assertEquals(k == 1 ? "1.2.3.4.5.6.7.8.9" : "1.2.3." + k,
                    back.getSequence(0x00081115).get(k).getSequence(0x00081199).get(0).getString(0x00081155));
        }
    }

    @Test
    void addingAFragmentToReadPixelDataIsWritten() throws IOException {
        Dataset ds = instance();
        ds.newFragments(0x7FE00010, VR.OB).add(new byte[0]).add(new byte[] {1, 2});
        TransferSyntax jpeg = TransferSyntax.forUid("1.2.840.10008.1.2.4.50");
        DicomFile f = DicomReader.read(DicomWriter.toBytes(DicomWriter.newFile(ds, jpeg), WriteOptions.DEFAULT), ReadOptions.DEFAULT);
        f.dataset().getFragments(0x7FE00010).add(new byte[] {3, 4});
        Dataset back = DicomReader.read(DicomWriter.toBytes(f, WriteOptions.DEFAULT), ReadOptions.DEFAULT).dataset();
        assertEquals(2, back.getFragments(0x7FE00010).fragmentCount());
        assertArrayEquals(new byte[] {3, 4}, back.getFragments(0x7FE00010).fragment(1));
    }

    @Test
    void aStreamReadWhoseBufferGrewIsWrittenBackFromItsVerbatimBytes() throws IOException {
        Dataset ds = instance().setBytes(0x00420011, VR.OB, new byte[200_000]);
        ds.newSequence(0x00081115).addItem().setString(0x00081155, VR.UI, "1.2.3.4.6");
        byte[] original = DicomWriter.toBytes(DicomWriter.newFile(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), WriteOptions.DEFAULT);
        DicomFile f = DicomReader.read(new ByteArrayInputStream(original), ReadOptions.DEFAULT);
        assertArrayEquals(original, DicomWriter.toBytes(f, WriteOptions.DEFAULT));
        f.dataset().getSequence(0x00081115).get(0).setString(0x00081155, VR.UI, "1.2.3.4.7");
        Dataset back = DicomReader.read(DicomWriter.toBytes(f, WriteOptions.DEFAULT), ReadOptions.DEFAULT).dataset();
        assertEquals("1.2.3.4.7", back.getSequence(0x00081115).get(0).getString(0x00081155));
        assertEquals(200_000, back.getBytes(0x00420011).length);
    }
}

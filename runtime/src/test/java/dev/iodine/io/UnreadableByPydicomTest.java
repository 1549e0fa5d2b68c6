package dev.iodine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.testdata.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus files that pydicom cannot read but that hold a sound data set: each is checked against a twin file that
 * pydicom does read, value by value.
 */
class UnreadableByPydicomTest {

    private static final String GH177 = "fo-dicom/FO-DICOM.Tests/Test_Data/GH177_D_CLUNIE_CT1_IVRLE_BigEndian_undefined_length.dcm";
    private static final String GH177_LITTLE_ENDIAN = "fo-dicom/FO-DICOM.Tests/Test_Data/GH177_D_CLUNIE_CT1_IVRLE_BigEndian_ELE_undefinded_length.dcm";
    private static final String NO_META = "pydicom-debian/test_files/no_meta.dcm";
    private static final String CT_SMALL = "pydicom-debian/test_files/CT_small.dcm";

    private static List<String> differences(Dataset a, Dataset b) {
        List<String> diffs = new ArrayList<>();
        DatasetComparison.compare("", a, b, diffs);
        return diffs;
    }

    /**
     * Explicit VR big endian with Source Image Sequence (0008,2112) as UN of undefined length, whose items are in
     * implicit VR little endian as PS3.5 6.2.2 requires; pydicom reads the items big endian and fails.
     */
    @Test
    void readsTheBigEndianFileWhoseUnSequenceHoldsLittleEndianItems() throws IOException {
        Path root = Corpus.require().root();
        byte[] original = Files.readAllBytes(root.resolve(GH177));
        DicomFile f = DicomReader.read(original, ReadOptions.DEFAULT);
        assertEquals(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid(), f.transferSyntax().uid());
        assertEquals(List.of(), f.warnings());
        Dataset ds = f.dataset();
        assertEquals("CompressedSamples^CT1", ds.getString(0x00100010));
        assertEquals(512, ds.getInt(0x00280010));
        assertEquals(512, ds.getInt(0x00280011));
        assertEquals(512 * 512 * 2, ds.lengthAt(ds.indexOf(0x7FE00010)));
        Sequence source = ds.getSequence(0x00082112);
        assertEquals(VR.UN, source.vrAsRead());
        assertEquals(1, source.size());
        assertFalse(source.get(0).bigEndian());
        assertFalse(source.get(0).explicitVR());
        assertEquals("1.3.6.1.4.1.5962.1.1.1.1.1.20031208063649.855", source.get(0).getString(0x00081155));
        // The same data set in explicit VR little endian, which pydicom reads.
        Dataset twin = DicomReader.read(root.resolve(GH177_LITTLE_ENDIAN)).dataset();
        assertEquals(List.of(), differences(twin, ds));
        assertArrayEquals(original, DicomWriter.toBytes(f, WriteOptions.DEFAULT));
    }

    /**
     * CT_small.dcm's data set preceded by the last byte of its meta (the space padding Source Application Entity
     * Title): read with force from offset 1; pydicom's forced read returns one bogus element from offset 0.
     */
    @Test
    void readsTheBareDataSetThatStartsAfterAStrayByte() throws IOException {
        Path root = Corpus.require().root();
        Path path = root.resolve(NO_META);
        DicomParseException e = assertThrows(DicomParseException.class, () -> DicomReader.read(path));
        assertEquals(128, e.offset());
        DicomFile f = DicomReader.read(path, ReadOptions.DEFAULT.withForce(true));
        assertEquals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), f.transferSyntax().uid());
        assertTrue(f.warnings().get(0).startsWith("offset 0: 1 stray byte before the data set skipped"), f.warnings().toString());
        Dataset ds = f.dataset();
        assertEquals("ISO_IR 100", ds.getString(0x00080005));
        assertEquals(1, ds.fileOffsetAt(0) - 8, "the first element's header starts at offset 1");
        assertEquals("CompressedSamples^CT1", ds.getString(0x00100010));
        assertEquals(128, ds.getInt(0x00280010));
        assertEquals(128, ds.getInt(0x00280011));
        assertEquals(128 * 128 * 2, ds.lengthAt(ds.indexOf(0x7FE00010)));
        assertEquals(0xFFFCFFFC, ds.tagAt(ds.size() - 1), "read to the Data Set Trailing Padding at the end");
        assertEquals(List.of(), differences(DicomReader.read(root.resolve(CT_SMALL)).dataset(), ds));
    }
}

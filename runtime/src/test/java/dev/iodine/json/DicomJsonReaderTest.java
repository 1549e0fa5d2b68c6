package dev.iodine.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.PersonName;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DicomJsonReader}: JSON back to a dataset, and the round trip dataset → JSON → dataset. */
class DicomJsonReaderTest {

    private final DicomJsonReader reader = new DicomJsonReader();
    private final DicomJsonWriter writer = new DicomJsonWriter();

    private static Dataset everyKind() {
        Dataset ds = new Dataset().setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "", "AXIAL")
                .setEmpty(Tags.AccessionNumber, VR.SH)
                .setPersonName(Tags.PatientName, PersonName.parse("Wang^XiaoDong=王^小東"))
                .setString(Tags.PatientAge, VR.AS, "042Y")
                .setString(Tags.SliceThickness, VR.DS, "5.0")
                .setString(Tags.PixelSpacing, VR.DS, "+0.5", "1e-3")
                .setString(Tags.InstanceNumber, VR.IS, "007")
                .setInt(Tags.Rows, VR.US, 64)
                .setInt(Tags.SmallestImagePixelValue, VR.SS, -1024)
                .setFloat(0x00189219, VR.FL, 0.1f)
                .setDouble(0x00189087, VR.FD, Math.PI)
                .setLong(0x00720082, VR.UV, -2L)
                .setTags(Tags.FrameIncrementPointer, 0x00181063)
                .setBytes(0x00283006, VR.OW, new byte[] {1, 2, 3, 4})
                .setString(Tags.StudyDescription, VR.LO, "Ünïcødé ✓");
        var seq = ds.newSequence(Tags.ReferencedImageSequence);
        seq.addItem().setString(Tags.ReferencedSOPInstanceUID, VR.UI, "1.2.3");
        seq.addItem();
        ds.newSequence(Tags.OtherPatientIDsSequence);
        return ds;
    }

    @Test
    void aDatasetShownAsJsonIsRebuiltFromIt() throws IOException {
        Dataset original = everyKind();
        String json = writer.toJson(original);
        Dataset rebuilt = reader.read(json);
        assertEquals(json, writer.toJson(rebuilt));
        assertEquals("Wang^XiaoDong=王^小東", rebuilt.getString(Tags.PatientName));
        assertEquals("王", rebuilt.getPersonName(Tags.PatientName).get(PersonName.Group.IDEOGRAPHIC,
                PersonName.Component.FAMILY));
        assertArrayEquals(new String[] {"ORIGINAL", "", "AXIAL"}, rebuilt.getStrings(Tags.ImageType));
        assertTrue(rebuilt.contains(Tags.AccessionNumber));
        assertEquals(0, rebuilt.valueCount(Tags.AccessionNumber));
        // DS/IS texts come back exactly as they were, including the forms JSON numbers cannot carry.
        assertArrayEquals(new String[] {"+0.5", "1e-3"}, rebuilt.getStrings(Tags.PixelSpacing));
        assertEquals("5.0", rebuilt.getString(Tags.SliceThickness));
        assertEquals("007", rebuilt.getString(Tags.InstanceNumber));
        assertEquals(0.1f, rebuilt.getFloats(0x00189219)[0]);
        assertEquals(Math.PI, rebuilt.getDouble(0x00189087));
        assertEquals(-2L, rebuilt.getLong(0x00720082));
        assertEquals(-1024, rebuilt.getInt(Tags.SmallestImagePixelValue));
        assertArrayEquals(new int[] {0x00181063}, rebuilt.getTags(Tags.FrameIncrementPointer));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, rebuilt.getBytes(0x00283006));
        assertEquals("Ünïcødé ✓", rebuilt.getString(Tags.StudyDescription));
        assertEquals(2, rebuilt.getSequence(Tags.ReferencedImageSequence).size());
        assertEquals("1.2.3", rebuilt.getSequence(Tags.ReferencedImageSequence).get(0)
                .getString(Tags.ReferencedSOPInstanceUID));
        assertTrue(rebuilt.getSequence(Tags.OtherPatientIDsSequence).isEmpty());
    }

    @Test
    void specificCharacterSetAppliesEvenWhenItComesAfterTheStrings() throws IOException {
        Dataset ds = reader.read("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Ζωή\"}]},"
                + "\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 126\"]}}");
        assertEquals("Ζωή", ds.getString(Tags.PatientName));
        // Greek in ISO 8859-7: Ζ = C6, ω = F9, ή = DE.
        assertArrayEquals(new byte[] {(byte) 0xC6, (byte) 0xF9, (byte) 0xDE, ' '}, ds.getBytes(Tags.PatientName));
    }

    @Test
    void numbersAreAcceptedAsStringsToo() throws IOException {
        Dataset ds = reader.read("{\"00180050\":{\"vr\":\"DS\",\"Value\":[\"2.50\"]},"
                + "\"00200013\":{\"vr\":\"IS\",\"Value\":[3]}}");
        assertEquals("2.50", ds.getString(Tags.SliceThickness));
        assertEquals(3, ds.getInt(Tags.InstanceNumber));
    }

    @Test
    void encapsulatedPixelDataComesBackAsFragments() throws IOException {
        Dataset ds = new Dataset().setString(0x00020010, VR.UI, "1.2.840.10008.1.2.4.50");
        Fragments f = ds.newFragments(Tags.PixelData, VR.OB);
        f.add(new byte[0]).add(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        String json = writer.toJson(ds);
        Dataset rebuilt = reader.read(json);
        Fragments back = rebuilt.getFragments(Tags.PixelData);
        assertEquals(1, back.fragmentCount());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, back.fragment(0));
        assertEquals(json, writer.toJson(rebuilt));
    }

    @Test
    void fileBulkDataUrisAreReadFromTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bulk data.bin");
        Files.write(file, new byte[] {9, 9, 1, 2, 3, 4, 9});
        String uri = FileRange.uri(file, 2, 4);
        assertTrue(uri.startsWith("file:///") && uri.endsWith("?offset=2&length=4"), uri);
        Dataset ds = reader.read("{\"7FE00010\":{\"vr\":\"OB\",\"BulkDataURI\":\"" + uri + "\"}}");
        assertArrayEquals(new byte[] {1, 2, 3, 4}, ds.getBytes(Tags.PixelData));
    }

    @Test
    void bigEndianFileBulkDataIsSwappedToTheDatasetsByteOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("be.bin");
        Files.write(file, new byte[] {1, 2, 3, 4});
        Dataset ds = reader.read("{\"00020010\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.1.2.2\"]},"
                + "\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"" + FileRange.uri(file, 0, 4) + "\"}}");
        assertArrayEquals(new byte[] {2, 1, 4, 3}, ds.getBytes(Tags.PixelData));
    }

    @Test
    void malformedDocumentsNameWhereAndWhat() {
        assertError("{\"00100010\":{\"Value\":[\"x\"]}}", "element 00100010: no \"vr\"");
        assertError("{\"00100010\":{\"vr\":\"LO\",\"Value\":[{\"00100020\":{\"vr\":\"LO\"}}]}}", "an item in a LO Value");
        assertError("{\"00081140\":{\"vr\":\"SQ\",\"Value\":[\"x\"]}}", "a sequence's values must be objects");
        assertError("{\"0010001\":{\"vr\":\"PN\"}}", "\"0010001\" is not a tag");
        assertError("{\"00100010\":{\"vr\":\"XX\"}}", "\"XX\" is not a VR");
        assertError("{\"7FE00010\":{\"vr\":\"OB\",\"Value\":[1]}}", "\"Value\" with VR OB");
        assertError("{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"***\"}}", "not base64");
        assertError("{\"7FE00010\":{\"vr\":\"OB\",\"BulkDataURI\":\"http://example.org/x\"}}",
                "cannot resolve BulkDataURI");
        assertError("{\"00280010\":{\"vr\":\"US\",\"Value\":[\"many\"]}}", "bad US value");
        assertError("{\"00280010\":{\"vr\":\"US\",\"Value\":[1]}", "line 1");
        assertError("[]", "expected a JSON object");
    }

    @Test
    void runawayNestingIsRefused() {
        String item = "{\"00081140\":{\"vr\":\"SQ\",\"Value\":[";
        // Refused on the way down, before the (missing) closing brackets matter.
        assertError(item.repeat(DicomJsonReader.MAX_DEPTH + 2), "nested deeper than " + DicomJsonReader.MAX_DEPTH);
    }

    private void assertError(String json, String expected) {
        IOException e = assertThrows(IOException.class, () -> reader.read(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

package dev.iodine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.PersonName;
import dev.iodine.data.SourceBuffer;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import org.junit.jupiter.api.Test;

/** What {@link DicomJsonWriter} writes for each kind of value (PS3.18 F.2). */
class DicomJsonWriterTest {

    private static String json(Dataset ds) {
        return new DicomJsonWriter().toJson(ds);
    }

    @Test
    void personNamesAreObjectsWithOnlyTheGroupsTheyHave() {
        Dataset ds = new Dataset().setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setPersonName(Tags.PatientName,
                PersonName.parse("Yamada^Tarou=山田^太郎=やまだ^たろう"), PersonName.parse("Doe^Jane"));
        assertEquals("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]},\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\","
                + "\"Ideographic\":\"山田^太郎\",\"Phonetic\":\"やまだ^たろう\"},{\"Alphabetic\":\"Doe^Jane\"}]}}",
                json(ds));
    }

    @Test
    void decimalAndIntegerStringsKeepTheirTextAsJsonNumbers() {
        Dataset ds = new Dataset()
                .setString(Tags.SliceThickness, VR.DS, "5.0")
                .setString(Tags.PixelSpacing, VR.DS, "0.9765625", "1e3")
                .setString(Tags.InstanceNumber, VR.IS, "12");
        assertEquals("{\"00180050\":{\"vr\":\"DS\",\"Value\":[5.0]},\"00200013\":{\"vr\":\"IS\",\"Value\":[12]},"
                + "\"00280030\":{\"vr\":\"DS\",\"Value\":[0.9765625,1e3]}}", json(ds));
    }

    @Test
    void decimalTextThatIsNoJsonNumberBecomesAString() {
        Dataset ds = new Dataset().setString(Tags.PixelSpacing, VR.DS, "+5", ".5", "007");
        assertEquals("{\"00280030\":{\"vr\":\"DS\",\"Value\":[\"+5\",\".5\",\"007\"]}}", json(ds));
    }

    @Test
    void binaryNumbersAreJsonNumbers() {
        Dataset ds = new Dataset()
                .setInt(Tags.Rows, VR.US, 65535)
                .setInt(Tags.SmallestImagePixelValue, VR.SS, -32768)
                .setFloat(0x00189219, VR.FL, 0.1f)
                .setDouble(0x00189087, VR.FD, 1.0 / 3)
                .setLong(0x00720082, VR.UV, -1L);
        String json = json(ds);
        assertTrue(json.contains("\"00280010\":{\"vr\":\"US\",\"Value\":[65535]}"), json);
        assertTrue(json.contains("\"00280106\":{\"vr\":\"SS\",\"Value\":[-32768]}"), json);
        // FL: the text of the 32-bit value, not the widened double 0.10000000149011612.
        assertTrue(json.contains("\"00189219\":{\"vr\":\"FL\",\"Value\":[0.1]}"), json);
        assertTrue(json.contains("\"00189087\":{\"vr\":\"FD\",\"Value\":[0.3333333333333333]}"), json);
        assertTrue(json.contains("\"00720082\":{\"vr\":\"UV\",\"Value\":[18446744073709551615]}"), json);
    }

    @Test
    void notANumberIsAString() {
        Dataset ds = new Dataset().setDouble(0x00189087, VR.FD, Double.NaN, Double.NEGATIVE_INFINITY);
        assertEquals("{\"00189087\":{\"vr\":\"FD\",\"Value\":[\"NaN\",\"-Infinity\"]}}", json(ds));
    }

    @Test
    void attributeTagsAreEightHexDigits() {
        Dataset ds = new Dataset().setTags(Tags.FrameIncrementPointer, 0x00181063, 0x7FE00010);
        assertEquals("{\"00280009\":{\"vr\":\"AT\",\"Value\":[\"00181063\",\"7FE00010\"]}}", json(ds));
    }

    @Test
    void emptyElementsHaveNoValueAndEmptyValuesAmongSeveralAreNull() {
        Dataset ds = new Dataset()
                .setEmpty(Tags.AccessionNumber, VR.SH)
                .setString(Tags.ImageType, VR.CS, "ORIGINAL", "", "AXIAL");
        ds.newSequence(Tags.ReferencedImageSequence);
        assertEquals("{\"00080008\":{\"vr\":\"CS\",\"Value\":[\"ORIGINAL\",null,\"AXIAL\"]},"
                + "\"00080050\":{\"vr\":\"SH\"},\"00081140\":{\"vr\":\"SQ\"}}", json(ds));
    }

    @Test
    void sequencesAreArraysOfItemObjects() {
        Dataset ds = new Dataset();
        var seq = ds.newSequence(Tags.ReferencedImageSequence);
        seq.addItem().setString(Tags.ReferencedSOPInstanceUID, VR.UI, "1.2.3");
        seq.addItem();
        assertEquals("{\"00081140\":{\"vr\":\"SQ\",\"Value\":[{\"00081155\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}},{}]}}",
                json(ds));
    }

    @Test
    void binaryIsBase64InLittleEndianEvenFromABigEndianDataset() {
        byte[] be = {0x01, 0x02, 0x03, 0x04};
        Dataset ds = new Dataset(new SourceBuffer(be, null), true, true);
        ds.addRaw(0x00283006, VR.OW, 0, 4);
        // Words 0x0102 and 0x0304 written little endian: 02 01 04 03.
        assertEquals("{\"00283006\":{\"vr\":\"OW\",\"InlineBinary\":\"AgEEAw==\"}}", json(ds));
    }

    @Test
    void privateCreatorsAndPrivateElementsAreOrdinaryElements() {
        Dataset ds = new Dataset();
        int tag = ds.reservePrivateTag("IODINE TEST", 0x00090001);
        ds.setString(tag, VR.LO, "private value");
        assertEquals("{\"00090010\":{\"vr\":\"LO\",\"Value\":[\"IODINE TEST\"]},"
                + "\"00091001\":{\"vr\":\"LO\",\"Value\":[\"private value\"]}}", json(ds));
    }

    @Test
    void groupLengthsAreLeftOutAndTheMetaIsMergedInTagOrder() throws Exception {
        Dataset meta = new Dataset().setInt(0x00020000, VR.UL, 26).setString(0x00020010, VR.UI, "1.2.840.10008.1.2.1");
        // Group 0001 is illegal but met in real files: it sorts before the meta.
        Dataset ds = new Dataset().setString(0x00010001, VR.LO, "odd").setInt(0x00080000, VR.UL, 10)
                .setString(Tags.Modality, VR.CS, "CT");
        var out = new java.io.ByteArrayOutputStream();
        new DicomJsonWriter().write(meta, ds, out);
        assertEquals("{\"00010001\":{\"vr\":\"LO\",\"Value\":[\"odd\"]},"
                + "\"00020010\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.1.2.1\"]},"
                + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void bulkDataAboveTheThresholdIsAUriFromTheLocator() {
        Dataset ds = new Dataset().setBytes(Tags.PixelData, VR.OW, new byte[100]).setBytes(0x00283006, VR.OW, new byte[10]);
        String json = new DicomJsonWriter().withBulkData(50, (d, i) -> "urn:test:" + Integer.toHexString(d.tagAt(i)))
                .toJson(ds);
        assertTrue(json.contains("\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"urn:test:7fe00010\"}"), json);
        assertTrue(json.contains("\"00283006\":{\"vr\":\"OW\",\"InlineBinary\":\"AAAAAAAAAAAAAA==\"}"), json);
        assertFalse(json.contains("urn:test:283006"), json);
    }
}

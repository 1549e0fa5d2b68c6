package dev.iodine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    /** Raw values as a reader records them: Rows (US) and Pixel Spacing (DS) in a shared buffer, both byte orders. */
    @Test
    void rawValuesDecodeOnDemandInTheirByteOrder() {
        byte[] bytes = {0x02, 0x00, '0', '.', '5', '\\', '1', '.', '2', '5', ' ', 0x01};
        Dataset le = new Dataset(new SourceBuffer(bytes, null), false, true);
        le.addRaw(0x00280010, VR.US, 0, 2);
        le.addRaw(0x00280030, VR.DS, 2, 9);
        assertEquals(2, le.getInt(0x00280010));
        assertArrayEquals(new double[] {0.5, 1.25}, le.getDoubles(0x00280030));
        assertArrayEquals(new String[] {"0.5", "1.25"}, le.getStrings(0x00280030));
        assertEquals(2, le.valueCount(0x00280030));

        Dataset be = new Dataset(new SourceBuffer(bytes, null), true, true);
        be.addRaw(0x00280010, VR.US, 0, 2);
        be.addRaw(0x00280011, VR.US, 10, 2);
        assertEquals(0x0200, be.getInt(0x00280010));
        assertEquals(0x2001, be.getInt(0x00280011));
        assertEquals("8193", be.getString(0x00280011));
        java.nio.ByteBuffer view = be.getByteBuffer(0x00280011);
        assertTrue(view.isReadOnly());
        assertEquals(0x2001, view.getShort(0), "a view of the value in the dataset's byte order, not a copy");
        assertNull(be.getByteBuffer(0x00280012));
    }

    @Test
    void keywordsResolveThroughTheDictionary() {
        Dataset ds = new Dataset().setString("PatientName", "Doe^Jane").setInt("Rows", 512).setDouble("SliceThickness", 2.5);
        assertEquals(VR.PN, ds.getVR(0x00100010));
        assertEquals(VR.US, ds.getVR("Rows"));
        assertEquals(512, ds.getInt("Rows", 0));
        assertEquals("2.5", ds.getString("SliceThickness"));
        assertEquals("Jane", ds.getPersonName("PatientName").get(PersonName.Group.ALPHABETIC, PersonName.Component.GIVEN));
        assertThrows(IllegalArgumentException.class, () -> ds.getString("NoSuchKeyword"));
    }

    @Test
    void absentAndEmptyAreDistinct() {
        Dataset ds = new Dataset().setEmpty(0x00100010, VR.PN).setString(0x00080050, VR.SH, "  ");
        assertTrue(ds.contains(0x00100010));
        assertFalse(ds.hasValue(0x00100010));
        assertNull(ds.getString(0x00100010));
        assertEquals(0, ds.getStrings(0x00100010).length);
        assertFalse(ds.hasValue(0x00080050), "a value of only padding has no value");
        assertFalse(ds.contains(0x00100020));
        assertNull(ds.getStrings(0x00100020));
        assertNull(ds.getVR(0x00100020));
    }

    @Test
    void elementsStaySortedWhateverTheInsertionOrder() {
        Dataset ds = new Dataset();
        ds.setString(0x00100020, VR.LO, "ID");
        ds.setString(0x00080060, VR.CS, "CT");
        ds.setInt(0x7FE00010, VR.OW, 1, 2);
        ds.setString(0xFFFAFFFA, VR.LO, "x");
        ds.setString(0x00100010, VR.PN, "A^B");
        int[] expected = {0x00080060, 0x00100010, 0x00100020, 0x7FE00010, 0xFFFAFFFA};
        assertEquals(expected.length, ds.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], ds.tagAt(i));
        }
        assertTrue(ds.remove(0x00100010));
        assertFalse(ds.remove(0x00100010));
        assertEquals("ID", ds.getString(0x00100020));
    }

    @Test
    void stringsAreSplitAndPaddingRemoved() {
        Dataset ds = new Dataset();
        ds.setString(0x00080008, VR.CS, "ORIGINAL", "", "AXIAL ");
        assertEquals(16, ds.getBytes(0x00080008).length, "ORIGINAL\\\\AXIAL plus one space: even already");
        assertArrayEquals(new String[] {"ORIGINAL", "", "AXIAL"}, ds.getStrings(0x00080008));
        ds.setString(0x00081030, VR.LT, "a\\b");
        assertArrayEquals(new String[] {"a\\b"}, ds.getStrings(0x00081030), "LT is one value");
        ds.setString(0x0020000D, VR.UI, "1.2.3");
        byte[] ui = ds.getBytes(0x0020000D);
        assertEquals(0, ui[5], "UI pads with NUL");
        assertEquals("1.2.3", ds.getString(0x0020000D));
    }

    @Test
    void numbersKeepTheirText() {
        Dataset ds = new Dataset();
        ds.setString(0x00180050, VR.DS, "+5.000E-01");
        assertEquals(0.5, ds.getDouble(0x00180050));
        assertEquals("+5.000E-01", ds.getString(0x00180050));
        ds.setDouble(0x00280030, VR.DS, 0.1, 1.0 / 3, 12345678.123456789);
        for (String s : ds.getStrings(0x00280030)) {
            assertTrue(s.length() <= 16, s);
        }
        assertEquals("0.1", ds.getString(0x00280030));
        assertEquals(1.0 / 3, ds.getDoubles(0x00280030)[1], 1e-14);
        // Small numbers in scientific form, every digit kept (an RT Ion Plan's 3.333000001E-6 became 3.333E-6).
        ds.setDouble(0x300A0018, VR.DS, 3.333000001E-6, -1.5E-7, 1.0E-300, 2.5E20);
        assertEquals(List.of("3.333000001E-6", "-1.5E-7", "1E-300", "2.5E20"), List.of(ds.getStrings(0x300A0018)));
        ds.setInt(0x00200013, VR.IS, -7);
        assertEquals(-7, ds.getInt(0x00200013));
        ds.setString(0x00200012, VR.IS, "1A");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ds.getInt(0x00200012));
        assertTrue(e.getMessage().contains("(0020,0012)"), e.getMessage());
    }

    @Test
    void binaryValuesUseTheDatasetByteOrder() {
        Dataset be = new Dataset(null, true, true);
        be.setInt(0x00280010, VR.US, 0x0102);
        assertArrayEquals(new byte[] {1, 2}, be.getBytes(0x00280010));
        be.setDouble(0x00186028, VR.FD, 2.5);
        assertEquals(2.5, be.getDouble(0x00186028));
        be.setFloat(0x00189087, VR.FL, 1.5f, -2f);
        assertArrayEquals(new float[] {1.5f, -2f}, be.getFloats(0x00189087));
        be.setTags(0x00209165, 0x00200032, 0x00100010);
        assertArrayEquals(new int[] {0x00200032, 0x00100010}, be.getTags(0x00209165));
        assertEquals("00200032", be.getString(0x00209165));
        be.setLong(0x00280106, VR.UL, 0xFFFFFFFFL);
        assertEquals(0xFFFFFFFFL, be.getLong(0x00280106));
        assertThrows(ArithmeticException.class, () -> be.getInt(0x00280106));
    }

    @Test
    void privateElementsResolveThroughTheirCreator() {
        Dataset ds = new Dataset();
        ds.setString(0x00290010, VR.LO, "OTHER");
        int t = ds.reservePrivateTag("SIEMENS CSA HEADER", 0x00291010);
        assertEquals(0x00291110, t);
        ds.setBytes(t, VR.OB, "CSA".getBytes(StandardCharsets.US_ASCII));
        assertEquals(t, ds.privateTag("SIEMENS CSA HEADER", 0x00290010));
        assertEquals(-1, ds.privateTag("GEMS_IDEN_01", 0x00290010));
        assertEquals("SIEMENS CSA HEADER", ds.privateCreatorOf(t));
        assertArrayEquals(new byte[] {'C', 'S', 'A', 0}, ds.getBytes(t));
    }

    @Test
    void itemsInheritTheCharacterSetOfTheirParent() {
        Dataset ds = new Dataset().setString(0x00080005, VR.CS, "ISO_IR 192");
        Sequence seq = ds.newSequence(0x00081140);
        Dataset item = seq.addItem();
        assertSame(ds, item.parent());
        assertSame(ds.specificCharacterSet(), item.specificCharacterSet());
        item.setString(0x00100010, VR.PN, "Müller^Jürgen");
        assertArrayEquals("Müller^Jürgen ".getBytes(StandardCharsets.UTF_8), item.getBytes(0x00100010));
        assertEquals(1, ds.valueCount(0x00081140));
        assertTrue(ds.hasValue(0x00081140));
        assertNull(ds.getSequence(0x00080005));
    }
}

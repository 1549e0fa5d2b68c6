package dev.iodine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Sequences in the encodings of PS3.5 7.5 and 6.2.2, assembled byte by byte: UN with undefined length (items in
 * implicit VR little endian), a public SQ that arrives as UN with a defined length, a private sequence of undefined
 * length in implicit VR. Each is read as a sequence and written back byte for byte. Also the implicit VR items and
 * elements some writers put inside explicit VR data sets.
 */
class SequenceEncodingTest {

    private static final String UID = "1.2.840.10008.5.1.4.1.1.2";

    /** Little-endian element builder. */
    private static final class Le {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Le tag(int tag) {
            return u16(tag >>> 16).u16(tag & 0xFFFF);
        }

        Le u16(int v) {
            out.write(v);
            out.write(v >>> 8);
            return this;
        }

        Le u32(long v) {
            byte[] b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array();
            out.writeBytes(b);
            return this;
        }

        Le ascii(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        /** An explicit VR element with a 2-byte length. */
        Le explicit(int tag, String vr, String value) {
            return tag(tag).ascii(vr).u16(value.length()).ascii(value);
        }

        /** An implicit VR element. */
        Le implicit(int tag, String value) {
            return tag(tag).u32(value.length()).ascii(value);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    private static Le part10(String transferSyntax) {
        String ts = transferSyntax.length() % 2 == 0 ? transferSyntax : transferSyntax + "\0";
        // Every element PS3.10 7.1 requires, so that writing as read has nothing to add.
        Le meta = new Le().tag(0x00020001).ascii("OB").u16(0).u32(2).u16(0x0100)
                .explicit(0x00020002, "UI", UID + "\0").explicit(0x00020003, "UI", "1.2.3.4.5\0")
                .explicit(0x00020010, "UI", ts).explicit(0x00020012, "UI", "1.2.3.4.6\0");
        Le file = new Le();
        file.out.writeBytes(new byte[128]);
        file.ascii("DICM").tag(0x00020000).ascii("UL").u16(4).u32(meta.bytes().length);
        file.out.writeBytes(meta.bytes());
        return file;
    }

    /** One implicit VR LE item holding Referenced SOP Class and Instance UIDs. */
    private static byte[] implicitItem(boolean undefinedLength) {
        byte[] body = new Le().implicit(0x00081150, UID + "\0").implicit(0x00081155, "1.2.3.4").bytes();
        Le item = new Le().tag(0xFFFEE000).u32(undefinedLength ? 0xFFFFFFFFL : body.length);
        item.out.writeBytes(body);
        if (undefinedLength) {
            item.tag(0xFFFEE00D).u32(0);
        }
        return item.bytes();
    }

    private static void assertReferencedImage(Dataset ds, int tag) {
        Sequence seq = ds.getSequence(tag);
        assertNotNull(seq, "read as a sequence");
        assertEquals(1, seq.size());
        assertEquals(UID, seq.get(0).getString(0x00081150));
        assertEquals("1.2.3.4", seq.get(0).getString(0x00081155));
        assertFalse(seq.get(0).explicitVR(), "items of a UN sequence are implicit VR");
    }

    @Test
    void unWithUndefinedLengthIsASequenceOfImplicitItems() throws Exception {
        Le file = part10("1.2.840.10008.1.2.1").explicit(0x00080016, "UI", UID + "\0");
        file.tag(0x00081140).ascii("UN").u16(0).u32(0xFFFFFFFFL);
        file.out.writeBytes(implicitItem(true));
        file.tag(0xFFFEE0DD).u32(0);
        file.explicit(0x00100010, "PN", "Doe^Jane");
        byte[] bytes = file.bytes();
        DicomFile f = DicomReader.read(bytes, ReadOptions.DEFAULT);
        assertReferencedImage(f.dataset(), 0x00081140);
        assertEquals(VR.UN, f.dataset().getSequence(0x00081140).vrAsRead());
        assertEquals("Doe^Jane", f.dataset().getString(0x00100010));
        assertArrayEquals(bytes, DicomWriter.toBytes(f, WriteOptions.DEFAULT));
        // An item an application adds to the UN sequence is written in implicit VR little endian too.
        f.dataset().getSequence(0x00081140).addItem().setString(0x00081155, VR.UI, "9.8.7");
        Sequence seq = DicomReader.read(DicomWriter.toBytes(f, WriteOptions.DEFAULT), ReadOptions.DEFAULT).dataset().getSequence(0x00081140);
        assertEquals(2, seq.size());
        assertEquals("9.8.7", seq.get(1).getString(0x00081155));
        // Re-encoded, it becomes an ordinary SQ.
        byte[] again = DicomWriter.toBytes(f, WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN));
        Dataset back = DicomReader.read(again, ReadOptions.DEFAULT).dataset();
        assertEquals(VR.SQ, back.getSequence(0x00081140).vrAsRead());
        assertEquals("1.2.3.4", back.getSequence(0x00081140).get(0).getString(0x00081155));
    }

    @Test
    void publicSequenceArrivingAsUnWithDefinedLengthIsParsed() throws Exception {
        byte[] item = implicitItem(false);
        Le file = part10("1.2.840.10008.1.2.1").explicit(0x00080016, "UI", UID + "\0");
        file.tag(0x00081140).ascii("UN").u16(0).u32(item.length);
        file.out.writeBytes(item);
        byte[] bytes = file.bytes();
        DicomFile f = DicomReader.read(bytes, ReadOptions.DEFAULT);
        assertReferencedImage(f.dataset(), 0x00081140);
        assertFalse(f.dataset().getSequence(0x00081140).undefinedLength());
        assertArrayEquals(bytes, DicomWriter.toBytes(f, WriteOptions.DEFAULT));
    }

    @Test
    void privateUndefinedLengthInImplicitVrIsASequence() throws Exception {
        Le file = part10("1.2.840.10008.1.2").implicit(0x00080016, UID + "\0").implicit(0x00090010, "ACME 1.0");
        file.tag(0x00091001).u32(0xFFFFFFFFL);
        file.out.writeBytes(implicitItem(true));
        file.out.writeBytes(implicitItem(false));
        file.tag(0xFFFEE0DD).u32(0);
        byte[] bytes = file.bytes();
        DicomFile f = DicomReader.read(bytes, ReadOptions.DEFAULT);
        Sequence seq = f.dataset().getSequence(0x00091001);
        assertEquals(2, seq.size());
        assertTrue(seq.get(0).undefinedItemLength());
        assertFalse(seq.get(1).undefinedItemLength());
        assertEquals(0x00091001, f.dataset().privateTag("ACME 1.0", 0x00090001));
        assertArrayEquals(bytes, DicomWriter.toBytes(f, WriteOptions.DEFAULT));
    }

    @Test
    void implicitItemsInsideAnExplicitSequenceAreRead() throws Exception {
        Le file = part10("1.2.840.10008.1.2.1").explicit(0x00080016, "UI", UID + "\0");
        file.tag(0x00081140).ascii("SQ").u16(0).u32(0xFFFFFFFFL);
        file.out.writeBytes(implicitItem(true));
        file.tag(0xFFFEE0DD).u32(0);
        byte[] bytes = file.bytes();
        DicomFile f = DicomReader.read(bytes, ReadOptions.DEFAULT);
        assertReferencedImage(f.dataset(), 0x00081140);
        assertEquals(1, f.warnings().size(), f.warnings().toString());
        assertArrayEquals(bytes, DicomWriter.toBytes(f, WriteOptions.DEFAULT));
    }

    @Test
    void implicitPrivateElementInsideAnExplicitDataSetIsRead() throws Exception {
        Le file = part10("1.2.840.10008.1.2.1").explicit(0x00080016, "UI", UID + "\0").explicit(0x00090010, "LO", "ACME 1.0");
        file.implicit(0x00091001, "ABCD");
        file.explicit(0x00100010, "PN", "Doe^Jane");
        DicomFile f = DicomReader.read(file.bytes(), ReadOptions.DEFAULT);
        assertEquals(VR.UN, f.dataset().getVR(0x00091001));
        assertArrayEquals("ABCD".getBytes(StandardCharsets.US_ASCII), f.dataset().getBytes(0x00091001));
        assertEquals("Doe^Jane", f.dataset().getString(0x00100010));
        assertEquals(1, f.warnings().size());
    }

    @Test
    void lenientReadKeepsTheItemsCompletedBeforeTheBreak() throws Exception {
        Le file = part10("1.2.840.10008.1.2").implicit(0x00080016, UID + "\0");
        file.tag(0x00081140).u32(0xFFFFFFFFL);
        file.out.writeBytes(implicitItem(true));
        file.out.writeBytes(implicitItem(true));
        byte[] whole = file.bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 10);
        DicomFile f = DicomReader.read(cut, ReadOptions.DEFAULT.withLenient(true));
        assertNotNull(f.stoppedAt());
        Sequence seq = f.dataset().getSequence(0x00081140);
        assertEquals(2, seq.size(), "the first item whole, the second as far as it was read");
        assertEquals("1.2.3.4", seq.get(0).getString(0x00081155));
        assertEquals(UID, seq.get(1).getString(0x00081150));
        assertFalse(seq.get(1).contains(0x00081155), "the cut element is not kept");
    }
}

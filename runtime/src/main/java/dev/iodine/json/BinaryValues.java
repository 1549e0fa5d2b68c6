package dev.iodine.json;

import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import java.io.ByteArrayOutputStream;

/**
 * The bytes of a binary element as the JSON model carries them: little endian, and for encapsulated Pixel Data
 * the encapsulated stream: every item with its header (PS3.5 A.4), without the sequence delimiter, as pydicom and
 * the file's own bytes from the first item on have it.
 */
final class BinaryValues {

    /** Item and delimiter headers are 8 bytes: tag and 32-bit length (PS3.5 7.5). */
    static final int ITEM_HEADER = 8;

    private BinaryValues() {
    }

    /** The length of the value in JSON form (for fragments, the items with their headers). */
    static long length(Dataset ds, int index) {
        if (ds.valueAt(index) instanceof Fragments f) {
            long n = 0;
            for (int i = 0; i < f.size(); i++) {
                n += ITEM_HEADER + f.itemLength(i);
            }
            return n;
        }
        return ds.lengthAt(index);
    }

    /** The value bytes in little endian order (a big-endian dataset's words swapped). */
    static byte[] littleEndianBytes(Dataset ds, int index, VR vr) {
        if (ds.valueAt(index) instanceof Fragments f) {
            return encapsulated(f);
        }
        byte[] b = ds.bytesAt(index);
        int word = vr.binaryValueSize();
        if (ds.bigEndian() && word > 1) {
            Bytes.swap(b, 0, b.length - b.length % word, word);
        }
        return b;
    }

    private static byte[] encapsulated(Fragments f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = new byte[ITEM_HEADER];
        for (int i = 0; i < f.size(); i++) {
            Bytes.putTag(header, 0, Tag.ITEM, false);
            Bytes.putInt(header, 4, f.itemLength(i), false);
            out.writeBytes(header);
            out.writeBytes(f.item(i));
        }
        return out.toByteArray();
    }
}

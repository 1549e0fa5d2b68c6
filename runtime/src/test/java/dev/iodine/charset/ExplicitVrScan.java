package dev.iodine.charset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal walk of a Part 10 file in Explicit VR Little Endian, for this package's corpus test until the
 * project's reader lands: every element's VR and raw value, sequence items as nested maps. Anything it does not
 * handle (another transfer syntax, undefined-length UN) is an {@link UnsupportedOperationException}.
 */
final class ExplicitVrScan {

    /** One element: its VR, raw value (null for SQ) and items (for SQ). */
    record Element(String vr, byte[] value, List<Map<Integer, Element>> items) {
    }

    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;
    private static final int UNDEFINED = -1;

    private final ByteBuffer buf;

    private ExplicitVrScan(ByteBuffer buf) {
        this.buf = buf;
    }

    /** The data set of the file (File Meta Information included), top-level tags in file order. */
    static Map<Integer, Element> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.limit() < 132 || b.get(128) != 'D' || b.get(129) != 'I' || b.get(130) != 'C' || b.get(131) != 'M') {
            throw new UnsupportedOperationException("no preamble and DICM");
        }
        b.position(132);
        Map<Integer, Element> ds = new ExplicitVrScan(b).items(b.limit());
        Element ts = ds.get(0x00020010);
        String uid = ts == null ? "" : new String(ts.value(), StandardCharsets.US_ASCII).trim().replace("\0", "");
        if (!uid.equals("1.2.840.10008.1.2.1")) {
            throw new UnsupportedOperationException("transfer syntax " + uid);
        }
        return ds;
    }

    /** Elements until {@code end} or an item delimiter. */
    private Map<Integer, Element> items(int end) {
        Map<Integer, Element> ds = new LinkedHashMap<>();
        while (buf.position() < end) {
            int tag = tag();
            if (tag == ITEM_END) {
                buf.getInt();
                break;
            }
            String vr = "" + (char) buf.get() + (char) buf.get();
            long length;
            if ("OB OD OF OL OV OW SQ SV UC UN UR UT UV".contains(vr)) {
                buf.getShort();
                length = buf.getInt();
            } else {
                length = buf.getShort() & 0xFFFF;
            }
            if (vr.equals("SQ")) {
                ds.put(tag, new Element(vr, null, sequence((int) length)));
            } else if (length < 0 || length > buf.remaining()) {
                throw new UnsupportedOperationException("length " + length + " of " + vr + " at " + buf.position());
            } else {
                byte[] v = new byte[(int) length];
                buf.get(v);
                ds.put(tag, new Element(vr, v, null));
            }
        }
        return ds;
    }

    private List<Map<Integer, Element>> sequence(int length) {
        int end = length == UNDEFINED ? Integer.MAX_VALUE : buf.position() + length;
        List<Map<Integer, Element>> list = new ArrayList<>();
        while (buf.position() < end) {
            int tag = tag();
            int itemLength = buf.getInt();
            if (tag == SEQUENCE_END) {
                break;
            }
            if (tag != ITEM) {
                throw new UnsupportedOperationException("expected an item at " + (buf.position() - 8));
            }
            list.add(items(itemLength == UNDEFINED ? Integer.MAX_VALUE : buf.position() + itemLength));
        }
        return list;
    }

    private int tag() {
        int group = buf.getShort() & 0xFFFF;
        int element = buf.getShort() & 0xFFFF;
        return group << 16 | element;
    }
}

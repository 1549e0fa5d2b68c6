package dev.iodine.data;

import java.util.Arrays;

/**
 * Encapsulated Pixel Data (PS3.5 A.4): a list of items, the first being the Basic Offset Table (possibly empty),
 * the others fragments of the compressed frames. The bytes are not decoded. An Extended Offset Table
 * (7FE0,0001)/(7FE0,0002) is an ordinary element of the dataset.
 *
 * <pre>{@code
 * Fragments f = dataset.getFragments(Tag.PIXEL_DATA);
 * byte[] offsets = f.basicOffsetTable();     // empty when the file has none
 * for (int i = 0; i < f.fragmentCount(); i++) { byte[] frag = f.fragment(i); ... }
 * }</pre>
 */
public final class Fragments {

    private final VR vr;
    private final SourceBuffer source;
    // The dataset holding these fragments, whose verbatim bytes (Dataset.setVerbatim) a change here invalidates.
    private Dataset owner;
    // Items in parallel arrays: raw ones are (offset, length) in source; others hold a byte[] or a BulkData.
    private int size;
    private int[] offsets = new int[4];
    private int[] lengths = new int[4];
    private Object[] values = new Object[4];

    /** @param source where raw items' bytes are, or {@code null} for fragments built in memory */
    public Fragments(VR vr, SourceBuffer source) {
        this.vr = vr;
        this.source = source;
    }

    void setOwner(Dataset dataset) {
        owner = dataset;
    }

    /** The VR of the Pixel Data element: OB (or OW in some old files). */
    public VR vr() {
        return vr;
    }

    /** Appends an item whose bytes are at {@code offset} in the source buffer (used by readers). */
    public void addRaw(int offset, int length) {
        int i = grow();
        offsets[i] = offset;
        lengths[i] = length;
    }

    /** Appends an item: the offset table first, then fragments. */
    public Fragments add(byte[] item) {
        int i = grow();
        values[i] = item;
        lengths[i] = item.length;
        return this;
    }

    /** Appends an item left in its file (used by readers with a defer size). */
    public void addDeferred(BulkData item) {
        int i = grow();
        values[i] = item;
        lengths[i] = (int) item.length();
    }

    private int grow() {
        if (owner != null) {
            owner.changed();
        }
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        return size++;
    }

    /** The number of items, the offset table included. */
    public int size() {
        return size;
    }

    /** The number of fragments (items after the offset table). */
    public int fragmentCount() {
        return Math.max(size - 1, 0);
    }

    /** The bytes of item {@code i} (0 is the offset table). */
    public byte[] item(int i) {
        java.util.Objects.checkIndex(i, size);
        Object v = values[i];
        if (v instanceof byte[] b) {
            return b.clone();
        }
        if (v instanceof BulkData d) {
            return d.load();
        }
        return Arrays.copyOfRange(source.bytes(), offsets[i], offsets[i] + lengths[i]);
    }

    public int itemLength(int i) {
        java.util.Objects.checkIndex(i, size);
        return lengths[i];
    }

    /** Where item {@code i}'s bytes start in the file read, or -1 when they were not read from a file. */
    public long itemFileOffset(int i) {
        java.util.Objects.checkIndex(i, size);
        Object v = values[i];
        if (v instanceof BulkData d) {
            return d.offset();
        }
        return v == null && source != null && source.path() != null ? source.fileOffset(offsets[i]) : -1;
    }

    /** Writes item {@code i}'s bytes, without copying them when they are in memory. */
    public void writeItem(int i, java.io.OutputStream out) throws java.io.IOException {
        Object v = values[i];
        if (v == null) {
            out.write(source.bytes(), offsets[i], lengths[i]);
        } else {
            out.write(v instanceof byte[] b ? b : ((BulkData) v).load());
        }
    }

    /** The Basic Offset Table's bytes (little endian 32-bit offsets); empty when absent. */
    public byte[] basicOffsetTable() {
        return size == 0 ? new byte[0] : item(0);
    }

    /** Fragment {@code i} (0-based, after the offset table). */
    public byte[] fragment(int i) {
        return item(i + 1);
    }
}

package dev.iodine.data;

import dev.iodine.charset.SpecificCharacterSet;
import dev.iodine.dict.ElementDictionary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A DICOM data set: elements sorted by tag, held in parallel arrays (tag, VR, value position and length, value
 * object). A reader records only where each value's bytes are in a shared {@link SourceBuffer}; nothing is
 * decoded until a getter asks, and an element nobody changed is written back from its bytes.
 *
 * <p>Absent and present-but-empty are distinct: {@link #contains(int)} is true for an element with a zero-length
 * value, {@link #hasValue(int)} only when it has at least one value. Items of a {@link Sequence} are datasets whose
 * parent is the enclosing dataset; they inherit its Specific Character Set unless they declare their own.
 * Binary values are kept in the byte order of the dataset ({@link #bigEndian()}), which the reader takes from the
 * transfer syntax and which setters use.
 *
 * <pre>{@code
 * Dataset ds = new Dataset();
 * ds.setString(Tags.PatientName, VR.PN, "Doe^Jane");
 * ds.setInt(Tags.Rows, VR.US, 512);
 * String name = ds.getString(Tags.PatientName);        // "Doe^Jane"
 * int rows = ds.getInt("Rows", 0);                      // by keyword
 * Sequence seq = ds.newSequence(Tags.ReferencedImageSequence);
 * seq.addItem().setString(Tags.ReferencedSOPInstanceUID, VR.UI, "1.2.3");
 * }</pre>
 *
 * <p>Not thread-safe: getters fill a cache of decoded strings, so a dataset shared between threads needs
 * external synchronization, even when nobody modifies it.
 */
public final class Dataset {

    private static final byte[] EMPTY = new byte[0];
    private static final int[] NO_TAGS = new int[0];
    private static final VR[] NO_VRS = new VR[0];
    private static final Object[] NO_VALUES = new Object[0];

    private Dataset parent;
    private final SourceBuffer source;
    private final boolean bigEndian;
    private final boolean explicitVR;
    private boolean undefinedItemLength = true;

    private int size;
    private int[] tags;
    private VR[] vrs;
    private int[] offsets;
    private int[] lengths;
    // null: raw bytes at (offsets[i], lengths[i]) of source; else byte[] (set value), Sequence, Fragments or BulkData.
    private Object[] values;
    // Decoded String[] of string values, filled on first access.
    private Object[] decoded;
    private SpecificCharacterSet ownCharset;
    // The source bytes [verbatimStart, verbatimEnd) that writing this dataset as read gives back, recorded by a
    // reader; verbatimStart is -1 when there are none or once anything in the dataset has changed.
    private int verbatimStart = -1;
    private int verbatimEnd;

    /** An empty dataset, little endian, to be written in explicit VR unless told otherwise. */
    public Dataset() {
        this(null, null, false, true);
    }

    /**
     * A dataset whose raw values are in {@code source}, as encoded by a transfer syntax (used by readers).
     *
     * @param bigEndian byte order of the binary values
     * @param explicitVR whether the elements were read with explicit VRs (a writer writing as-is keeps this)
     */
    public Dataset(SourceBuffer source, boolean bigEndian, boolean explicitVR) {
        this(null, source, bigEndian, explicitVR);
    }

    private Dataset(Dataset parent, SourceBuffer source, boolean bigEndian, boolean explicitVR) {
        this.parent = parent;
        this.source = source;
        this.bigEndian = bigEndian;
        this.explicitVR = explicitVR;
        // Arrays are made on the first element: an empty item costs no more than this object, which bounds the
        // memory a file of many empty items can claim.
        tags = NO_TAGS;
        vrs = NO_VRS;
        offsets = NO_TAGS;
        lengths = NO_TAGS;
        values = NO_VALUES;
    }

    /** A new empty dataset with this one as parent and the same encoding (for sequence items). */
    Dataset newChild() {
        return new Dataset(this, source, bigEndian, explicitVR);
    }

    // ---- structure -------------------------------------------------------------------------------------------

    /** The dataset holding the sequence this item belongs to, or {@code null} for a top-level dataset. */
    public Dataset parent() {
        return parent;
    }

    void setParent(Dataset parent) {
        this.parent = parent;
    }

    /** Whether binary values are big endian. */
    public boolean bigEndian() {
        return bigEndian;
    }

    /** Whether the elements were read with explicit VRs (true for datasets built in memory). */
    public boolean explicitVR() {
        return explicitVR;
    }

    /** The buffer raw values refer to, or {@code null}. */
    public SourceBuffer source() {
        return source;
    }

    /** As an item: whether it was (or is to be) written with undefined length and a delimiter. */
    public boolean undefinedItemLength() {
        return undefinedItemLength;
    }

    public Dataset setUndefinedItemLength(boolean undefined) {
        changed();
        this.undefinedItemLength = undefined;
        return this;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The tag of the element at {@code index} (elements are in ascending tag order). */
    public int tagAt(int index) {
        java.util.Objects.checkIndex(index, size);
        return tags[index];
    }

    public VR vrAt(int index) {
        java.util.Objects.checkIndex(index, size);
        return vrs[index];
    }

    /** The index of a tag, or a negative number when absent (binary search). */
    public int indexOf(int tag) {
        if (size > 0 && tags[size - 1] == tag) {
            return size - 1;
        }
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int t = tags[mid];
            // Tags compare as unsigned: (FFFE,E000) and groups above 7FFF sort last.
            int c = Integer.compareUnsigned(t, tag);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private static int tagOf(String keyword) {
        int tag = ElementDictionary.tagOf(keyword);
        if (tag == -1) {
            throw new IllegalArgumentException("unknown keyword: " + keyword);
        }
        return tag;
    }

    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    public boolean contains(String keyword) {
        return contains(tagOf(keyword));
    }

    /** Whether the element is present with at least one value (a sequence: at least one item). */
    public boolean hasValue(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return false;
        }
        Object v = values[i];
        if (v instanceof Sequence s) {
            return !s.isEmpty();
        }
        if (v instanceof Fragments f) {
            return f.size() > 0;
        }
        if (vrs[i].isString()) {
            return strings(i).length > 0;
        }
        return lengths[i] > 0;
    }

    public boolean hasValue(String keyword) {
        return hasValue(tagOf(keyword));
    }

    /** The VR of a present element, or {@code null} when absent. */
    public VR getVR(int tag) {
        int i = indexOf(tag);
        return i < 0 ? null : vrs[i];
    }

    public VR getVR(String keyword) {
        return getVR(tagOf(keyword));
    }

    // ---- raw access for readers and writers ------------------------------------------------------------------

    /**
     * Adds (or replaces) an element whose value is {@code length} bytes at {@code offset} of the source buffer.
     * Readers call this in file order, which is tag order for a well-formed file, so this appends in O(1).
     */
    public void addRaw(int tag, VR vr, int offset, int length) {
        int i = slot(tag);
        vrs[i] = vr;
        offsets[i] = offset;
        lengths[i] = length;
        values[i] = null;
    }

    /** Adds (or replaces) an element whose value is a {@link Sequence}, {@link Fragments}, {@link BulkData} or byte[]. */
    public void addValue(int tag, VR vr, Object value) {
        int i = slot(tag);
        vrs[i] = vr;
        offsets[i] = 0;
        lengths[i] = value instanceof byte[] b ? b.length : value instanceof BulkData d ? (int) Math.min(d.length(), Integer.MAX_VALUE) : -1;
        values[i] = value;
        if (value instanceof Fragments f) {
            f.setOwner(this);
        }
    }

    /**
     * Used by readers before the first element: room for {@code capacity} elements, so that items alike (a plan's
     * control points) are each allocated once at their size rather than grown from a default.
     */
    public void reserve(int capacity) {
        if (size == 0 && capacity > tags.length) {
            tags = new int[capacity];
            vrs = new VR[capacity];
            offsets = new int[capacity];
            lengths = new int[capacity];
            values = new Object[capacity];
        }
    }

    /** A new sequence owned by this dataset, not yet added (readers add it with {@link #addValue}). */
    public Sequence createSequence(int tag) {
        return new Sequence(this, tag);
    }

    /**
     * Forgets the verbatim bytes of this dataset and of the datasets that hold it, whose bytes include its own.
     * The walk stops at the first dataset without them: a dataset being read has none yet (so a reader pays one
     * field test per element), and one that has them only holds items that have them too.
     */
    void changed() {
        for (Dataset d = this; d != null && d.verbatimStart >= 0; d = d.parent) {
            d.verbatimStart = -1;
        }
    }

    /**
     * Used by readers: this dataset's elements are the source bytes {@code [start, end)}, and writing them as read
     * gives exactly those bytes back (nothing in them was tolerated or repaired). Valid until anything in the
     * dataset changes: a value, an item, a sequence's or item's length encoding.
     */
    public void setVerbatim(int start, int end) {
        verbatimStart = start;
        verbatimEnd = end;
    }

    /** The length of the bytes this dataset was read from if nothing in it changed since; else -1. */
    public int verbatimLength() {
        return verbatimStart < 0 ? -1 : verbatimEnd - verbatimStart;
    }

    /**
     * Writes the bytes this dataset was read from, when nothing in it has changed since (see
     * {@link #setVerbatim}): a writer writing as read copies an untouched dataset in one piece.
     *
     * @return whether they were written (else nothing was)
     */
    public boolean writeVerbatim(OutputStream out) throws IOException {
        if (verbatimStart < 0) {
            return false;
        }
        out.write(source.bytes(), verbatimStart, verbatimEnd - verbatimStart);
        return true;
    }

    /** The slot for a tag: the existing one, or a new one inserted in tag order. */
    private int slot(int tag) {
        changed();
        if (tag == Tag.SPECIFIC_CHARACTER_SET) {
            ownCharset = null;
        }
        int i;
        if (size == 0 || Integer.compareUnsigned(tags[size - 1], tag) < 0) {
            i = size;
        } else {
            i = indexOf(tag);
            if (i >= 0) {
                if (decoded != null) {
                    decoded[i] = null;
                }
                return i;
            }
            i = -i - 1;
        }
        if (size == tags.length) {
            int n = Math.max(8, size * 2);
            tags = Arrays.copyOf(tags, n);
            vrs = Arrays.copyOf(vrs, n);
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
            values = Arrays.copyOf(values, n);
            if (decoded != null) {
                decoded = Arrays.copyOf(decoded, n);
            }
        }
        if (i < size) {
            int move = size - i;
            System.arraycopy(tags, i, tags, i + 1, move);
            System.arraycopy(vrs, i, vrs, i + 1, move);
            System.arraycopy(offsets, i, offsets, i + 1, move);
            System.arraycopy(lengths, i, lengths, i + 1, move);
            System.arraycopy(values, i, values, i + 1, move);
            if (decoded != null) {
                System.arraycopy(decoded, i, decoded, i + 1, move);
            }
        }
        if (decoded != null) {
            decoded[i] = null;
        }
        tags[i] = tag;
        size++;
        return i;
    }

    /** The value object at an index: a {@link Sequence}, {@link Fragments}, {@link BulkData}, or {@code null} for bytes. */
    public Object valueAt(int index) {
        java.util.Objects.checkIndex(index, size);
        Object v = values[index];
        return v instanceof byte[] ? null : v;
    }

    /** The length in bytes of a byte value at an index (odd when the file had an odd length); -1 for SQ and fragments. */
    public long lengthAt(int index) {
        java.util.Objects.checkIndex(index, size);
        Object v = values[index];
        return v instanceof BulkData d ? d.length() : v instanceof Sequence || v instanceof Fragments ? -1 : lengths[index];
    }

    /** A copy of the value bytes at an index, in this dataset's byte order; {@code null} for SQ and fragments. */
    public byte[] bytesAt(int index) {
        java.util.Objects.checkIndex(index, size);
        Object v = values[index];
        if (v == null) {
            return Arrays.copyOfRange(source.bytes(), offsets[index], offsets[index] + lengths[index]);
        }
        if (v instanceof byte[] b) {
            return b.clone();
        }
        return v instanceof BulkData d ? d.load() : null;
    }

    /** Writes the value bytes at an index without copying them (SQ and fragments write nothing). */
    public void writeValueAt(int index, OutputStream out) throws IOException {
        java.util.Objects.checkIndex(index, size);
        Object v = values[index];
        if (v == null) {
            out.write(source.bytes(), offsets[index], lengths[index]);
        } else if (v instanceof byte[] b) {
            out.write(b);
        } else if (v instanceof BulkData d) {
            out.write(d.load());
        }
    }

    /** Where the value at an index starts in the file it was read from, or -1 when it was not read from a file. */
    public long fileOffsetAt(int index) {
        java.util.Objects.checkIndex(index, size);
        Object v = values[index];
        if (v instanceof BulkData d) {
            return d.offset();
        }
        return v == null && source != null && source.path() != null ? source.fileOffset(offsets[index]) : -1;
    }

    // ---- getters ---------------------------------------------------------------------------------------------

    /**
     * The VR used to interpret the value at {@code i} (in tag order): a UN element of a public tag is read with the
     * dictionary VR (as pydicom does), except a dictionary SQ, which stays UN. {@code vrAt(i)} gives the stored VR.
     */
    public VR decodingVRAt(int i) {
        VR vr = vrs[i];
        if (vr == VR.UN && !Tag.isPrivate(tags[i])) {
            VR dict = ElementDictionary.vrOf(tags[i]);
            return dict == VR.SQ ? VR.UN : dict;
        }
        return vr;
    }

    private byte[] arrayOf(int i) {
        Object v = values[i];
        return v == null ? source.bytes() : v instanceof byte[] b ? b : v instanceof BulkData d ? d.load() : EMPTY;
    }

    private int offsetOf(int i) {
        return values[i] == null ? offsets[i] : 0;
    }

    private int lengthOf(int i, byte[] array) {
        return values[i] == null ? lengths[i] : values[i] instanceof Sequence || values[i] instanceof Fragments ? 0 : array.length;
    }

    /** The decoded, split, trimmed values of a string element (cached). */
    private String[] strings(int i) {
        if (decoded != null && decoded[i] != null) {
            return (String[]) decoded[i];
        }
        VR vr = decodingVRAt(i);
        String[] result;
        if (vr.isString()) {
            byte[] b = arrayOf(i);
            int off = offsetOf(i);
            int len = lengthOf(i, b);
            String text = vr.usesSpecificCharacterSet()
                    ? specificCharacterSet().decode(b, off, len, vr)
                    : new String(b, off, len, StandardCharsets.ISO_8859_1);
            result = StringValues.split(text, vr);
        } else {
            result = binaryAsStrings(i, vr);
        }
        if (decoded == null) {
            decoded = new Object[tags.length];
        }
        decoded[i] = result;
        return result;
    }

    private String[] binaryAsStrings(int i, VR vr) {
        switch (vr) {
            case AT: {
                int[] t = tags(i);
                String[] s = new String[t.length];
                for (int k = 0; k < t.length; k++) {
                    s[k] = Tag.toHex(t[k]);
                }
                return s;
            }
            case FL: case FD: case OF: case OD: {
                double[] d = doubles(i, vr);
                String[] s = new String[d.length];
                for (int k = 0; k < d.length; k++) {
                    s[k] = vr == VR.FL || vr == VR.OF ? Float.toString((float) d[k]) : Double.toString(d[k]);
                }
                return s;
            }
            case US: case SS: case UL: case SL: case SV: case UV: {
                long[] l = longs(i, vr);
                String[] s = new String[l.length];
                for (int k = 0; k < l.length; k++) {
                    s[k] = vr == VR.UV ? Long.toUnsignedString(l[k]) : Long.toString(l[k]);
                }
                return s;
            }
            default:
                return StringValues.NONE;
        }
    }

    /**
     * The first value as text, padding removed; {@code null} when absent or without value. Binary numbers (US,
     * FL, ...) and AT come as their decimal or hexadecimal text; OB, OW, UN and sequences give {@code null}.
     */
    public String getString(int tag) {
        return getString(tag, 0);
    }

    public String getString(String keyword) {
        return getString(tagOf(keyword));
    }

    /** Value {@code valueIndex} as text, or {@code null} when there is no such value. */
    public String getString(int tag, int valueIndex) {
        int i = indexOf(tag);
        if (i < 0) {
            return null;
        }
        String[] s = strings(i);
        return valueIndex < s.length ? s[valueIndex] : null;
    }

    /** Every value as text (empty array when the element is empty); {@code null} when absent. */
    public String[] getStrings(int tag) {
        int i = indexOf(tag);
        return i < 0 ? null : strings(i).clone();
    }

    public String[] getStrings(String keyword) {
        return getStrings(tagOf(keyword));
    }

    /** The value multiplicity of the stored value: 0 when absent or empty; items for a sequence. */
    public int valueCount(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return 0;
        }
        Object v = values[i];
        if (v instanceof Sequence s) {
            return s.size();
        }
        if (v instanceof Fragments f) {
            return f.fragmentCount();
        }
        VR vr = decodingVRAt(i);
        if (vr.isString() || vr == VR.AT || vr.kind() == VR.Kind.BINARY && !vr.longHeader()) {
            return strings(i).length;
        }
        return lengthAt(i) > 0 ? 1 : 0;
    }

    public int valueCount(String keyword) {
        return valueCount(tagOf(keyword));
    }

    /** The Specific Character Set of this dataset: its own (0008,0005), else its parent's, else the default. */
    public SpecificCharacterSet specificCharacterSet() {
        if (ownCharset != null) {
            return ownCharset;
        }
        int i = indexOf(Tag.SPECIFIC_CHARACTER_SET);
        if (i >= 0) {
            ownCharset = SpecificCharacterSet.of(strings(i));
            return ownCharset;
        }
        return parent != null ? parent.specificCharacterSet() : SpecificCharacterSet.DEFAULT;
    }

    public PersonName getPersonName(int tag) {
        String s = getString(tag);
        return s == null ? null : PersonName.parse(s);
    }

    public PersonName getPersonName(String keyword) {
        return getPersonName(tagOf(keyword));
    }

    /** Every PN value; {@code null} when absent. */
    public PersonName[] getPersonNames(int tag) {
        String[] s = getStrings(tag);
        if (s == null) {
            return null;
        }
        PersonName[] p = new PersonName[s.length];
        for (int k = 0; k < s.length; k++) {
            p[k] = PersonName.parse(s[k]);
        }
        return p;
    }

    /** A DA value, partial forms kept; {@code null} when absent or empty; throws when the text is not a date. */
    public DicomDate getDate(int tag) {
        String s = getString(tag);
        return s == null ? null : DicomDate.parse(s);
    }

    public DicomDate getDate(String keyword) {
        return getDate(tagOf(keyword));
    }

    public DicomTime getTime(int tag) {
        String s = getString(tag);
        return s == null ? null : DicomTime.parse(s);
    }

    public DicomTime getTime(String keyword) {
        return getTime(tagOf(keyword));
    }

    public DicomDateTime getDateTime(int tag) {
        String s = getString(tag);
        return s == null ? null : DicomDateTime.parse(s);
    }

    public DicomDateTime getDateTime(String keyword) {
        return getDateTime(tagOf(keyword));
    }

    /** Integer values of IS, DS (when integral) and the binary integer VRs (UV as its 64-bit pattern); null when absent. */
    public long[] getLongs(int tag) {
        int i = indexOf(tag);
        return i < 0 ? null : longs(i, decodingVRAt(i));
    }

    public long[] getLongs(String keyword) {
        return getLongs(tagOf(keyword));
    }

    public Long getLong(int tag) {
        long[] v = getLongs(tag);
        return v == null || v.length == 0 ? null : v[0];
    }

    public Long getLong(String keyword) {
        return getLong(tagOf(keyword));
    }

    /** Like {@link #getLongs}; throws {@link ArithmeticException} for a value outside the int range. */
    public int[] getInts(int tag) {
        long[] l = getLongs(tag);
        if (l == null) {
            return null;
        }
        int[] v = new int[l.length];
        for (int k = 0; k < l.length; k++) {
            v[k] = Math.toIntExact(l[k]);
        }
        return v;
    }

    public int[] getInts(String keyword) {
        return getInts(tagOf(keyword));
    }

    public Integer getInt(int tag) {
        int[] v = getInts(tag);
        return v == null || v.length == 0 ? null : v[0];
    }

    public Integer getInt(String keyword) {
        return getInt(tagOf(keyword));
    }

    public int getInt(int tag, int defaultValue) {
        Integer v = getInt(tag);
        return v == null ? defaultValue : v;
    }

    public int getInt(String keyword, int defaultValue) {
        return getInt(tagOf(keyword), defaultValue);
    }

    /** Numeric values of DS, IS, FL, FD, OF, OD and the binary integer VRs; {@code null} when absent. */
    public double[] getDoubles(int tag) {
        int i = indexOf(tag);
        return i < 0 ? null : doubles(i, decodingVRAt(i));
    }

    public double[] getDoubles(String keyword) {
        return getDoubles(tagOf(keyword));
    }

    public Double getDouble(int tag) {
        double[] v = getDoubles(tag);
        return v == null || v.length == 0 ? null : v[0];
    }

    public Double getDouble(String keyword) {
        return getDouble(tagOf(keyword));
    }

    public float[] getFloats(int tag) {
        double[] d = getDoubles(tag);
        if (d == null) {
            return null;
        }
        float[] f = new float[d.length];
        for (int k = 0; k < d.length; k++) {
            f[k] = (float) d[k];
        }
        return f;
    }

    public float[] getFloats(String keyword) {
        return getFloats(tagOf(keyword));
    }

    /** The tags of an AT value; {@code null} when absent. */
    public int[] getTags(int tag) {
        int i = indexOf(tag);
        return i < 0 ? null : tags(i);
    }

    public int[] getTags(String keyword) {
        return getTags(tagOf(keyword));
    }

    /** The raw value bytes as stored, in this dataset's byte order; {@code null} when absent, a sequence or fragments. */
    public byte[] getBytes(int tag) {
        int i = indexOf(tag);
        return i < 0 ? null : bytesAt(i);
    }

    public byte[] getBytes(String keyword) {
        return getBytes(tagOf(keyword));
    }

    /**
     * A read-only view of the value bytes without copying them (for pixel data, the cheap way to get at them),
     * with the dataset's byte order; {@code null} when absent, a sequence or fragments. A deferred value is loaded.
     */
    public ByteBuffer getByteBuffer(int tag) {
        int i = indexOf(tag);
        if (i < 0 || values[i] instanceof Sequence || values[i] instanceof Fragments) {
            return null;
        }
        byte[] b = arrayOf(i);
        return ByteBuffer.wrap(b, offsetOf(i), lengthOf(i, b)).slice().asReadOnlyBuffer()
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    /** The items of an SQ element; {@code null} when absent or not a sequence. */
    public Sequence getSequence(int tag) {
        int i = indexOf(tag);
        return i >= 0 && values[i] instanceof Sequence s ? s : null;
    }

    public Sequence getSequence(String keyword) {
        return getSequence(tagOf(keyword));
    }

    /** Encapsulated pixel data; {@code null} when absent or native. */
    public Fragments getFragments(int tag) {
        int i = indexOf(tag);
        return i >= 0 && values[i] instanceof Fragments f ? f : null;
    }

    /** A value left in its file by a reader's defer size; {@code null} when absent or in memory. */
    public BulkData getBulkData(int tag) {
        int i = indexOf(tag);
        return i >= 0 && values[i] instanceof BulkData d ? d : null;
    }

    private long[] longs(int i, VR vr) {
        if (vr == VR.IS || vr == VR.DS) {
            byte[] b = arrayOf(i);
            try {
                if (vr == VR.IS) {
                    return NumberText.integers(b, offsetOf(i), lengthOf(i, b));
                }
                double[] d = NumberText.decimals(b, offsetOf(i), lengthOf(i, b));
                long[] v = new long[d.length];
                for (int k = 0; k < d.length; k++) {
                    v[k] = exactLong(d[k]);
                }
                return v;
            } catch (NumberFormatException | ArithmeticException e) {
                throw badNumber(i, vr, e);
            }
        }
        if (vr.isString()) {
            String[] s = strings(i);
            long[] v = new long[s.length];
            for (int k = 0; k < s.length; k++) {
                try {
                    v[k] = StringValues.parseIS(s[k]);
                } catch (NumberFormatException e) {
                    throw badNumber(i, vr, e);
                }
            }
            return v;
        }
        byte[] b = arrayOf(i);
        int off = offsetOf(i);
        int unit = vr.binaryValueSize();
        if (unit == 0 || vr == VR.FL || vr == VR.FD || vr == VR.OF || vr == VR.OD || vr == VR.AT) {
            throw new IllegalStateException("element " + Tag.toString(tags[i]) + " " + vr + " has no integer values");
        }
        int n = lengthOf(i, b) / unit;
        long[] v = new long[n];
        for (int k = 0; k < n; k++, off += unit) {
            v[k] = switch (vr) {
                case SS -> Bytes.getShort(b, off, bigEndian);
                case US, OW -> Bytes.getUShort(b, off, bigEndian);
                case SL -> Bytes.getInt(b, off, bigEndian);
                case UL, OL -> Bytes.getInt(b, off, bigEndian) & 0xFFFFFFFFL;
                case SV, UV, OV -> Bytes.getLong(b, off, bigEndian);
                default -> b[off] & 0xFF;
            };
        }
        return v;
    }

    private static long exactLong(double d) {
        if (d != Math.rint(d) || Math.abs(d) > 0x1p62) {
            throw new ArithmeticException("not an integer: " + d);
        }
        return (long) d;
    }

    private IllegalArgumentException badNumber(int i, VR vr, RuntimeException cause) {
        return new IllegalArgumentException("element " + Tag.toString(tags[i]) + " " + vr + ": not a valid " + vr
                + " number (PS3.5 Table 6.2-1): " + cause.getMessage(), cause);
    }

    private double[] doubles(int i, VR vr) {
        if (vr == VR.IS || vr == VR.DS) {
            byte[] b = arrayOf(i);
            try {
                return NumberText.decimals(b, offsetOf(i), lengthOf(i, b));
            } catch (NumberFormatException e) {
                throw badNumber(i, vr, e);
            }
        }
        if (vr.isString()) {
            String[] s = strings(i);
            double[] v = new double[s.length];
            for (int k = 0; k < s.length; k++) {
                try {
                    v[k] = StringValues.parseDS(s[k]);
                } catch (NumberFormatException e) {
                    throw badNumber(i, vr, e);
                }
            }
            return v;
        }
        if (vr == VR.FL || vr == VR.OF || vr == VR.FD || vr == VR.OD) {
            byte[] b = arrayOf(i);
            int off = offsetOf(i);
            int unit = vr.binaryValueSize();
            int n = lengthOf(i, b) / unit;
            double[] v = new double[n];
            for (int k = 0; k < n; k++, off += unit) {
                v[k] = unit == 4 ? Float.intBitsToFloat(Bytes.getInt(b, off, bigEndian))
                        : Double.longBitsToDouble(Bytes.getLong(b, off, bigEndian));
            }
            return v;
        }
        long[] l = longs(i, vr);
        double[] v = new double[l.length];
        for (int k = 0; k < l.length; k++) {
            // UV above 2^63 is held in the sign bit of the long.
            v[k] = vr == VR.UV && l[k] < 0 ? (l[k] >>> 1) * 2.0 + (l[k] & 1) : l[k];
        }
        return v;
    }

    private int[] tags(int i) {
        byte[] b = arrayOf(i);
        int off = offsetOf(i);
        int n = lengthOf(i, b) / 4;
        int[] v = new int[n];
        for (int k = 0; k < n; k++, off += 4) {
            v[k] = Bytes.getTag(b, off, bigEndian);
        }
        return v;
    }

    // ---- private elements ------------------------------------------------------------------------------------

    /**
     * The tag of a private element resolved through its creator (PS3.5 7.8.1): the block of group
     * {@code Tag.group(tag)} reserved by {@code creator} and element byte {@code tag & 0xFF}; -1 when this dataset
     * has no such creator.
     *
     * <pre>{@code
     * int t = ds.privateTag("SIEMENS CSA HEADER", 0x00291010);   // e.g. 0x00291010 or 0x00291110
     * byte[] csa = ds.getBytes(t);
     * }</pre>
     */
    public int privateTag(String creator, int tag) {
        int group = Tag.group(tag);
        for (int block = 0x10; block <= 0xFF; block++) {
            int i = indexOf(Tag.of(group, block));
            if (i >= 0 && creator.equals(creatorText(i))) {
                return Tag.of(group, (block << 8) | (tag & 0xFF));
            }
        }
        return -1;
    }

    /** Like {@link #privateTag}, but reserves a free block for the creator (adds its LO element) when it has none. */
    public int reservePrivateTag(String creator, int tag) {
        int found = privateTag(creator, tag);
        if (found != -1) {
            return found;
        }
        int group = Tag.group(tag);
        for (int block = 0x10; block <= 0xFF; block++) {
            if (!contains(Tag.of(group, block))) {
                setString(Tag.of(group, block), VR.LO, creator);
                return Tag.of(group, (block << 8) | (tag & 0xFF));
            }
        }
        throw new IllegalStateException("group " + Integer.toHexString(group) + " has no free private block");
    }

    /** The Private Creator of a private data element, or {@code null} when it has none or is not private. */
    public String privateCreatorOf(int tag) {
        int creator = Tag.creatorOf(tag);
        int i = creator == -1 ? -1 : indexOf(creator);
        return i < 0 ? null : creatorText(i);
    }

    private String creatorText(int i) {
        String[] s = strings(i);
        // Creators are LO, whose leading spaces are insignificant in comparisons (PS3.5 7.8.1 matches by value).
        return s.length == 0 ? "" : s[0].strip();
    }

    // ---- setters ---------------------------------------------------------------------------------------------

    private Dataset putBytes(int tag, VR vr, byte[] value) {
        addValue(tag, vr, value);
        return this;
    }

    /** Sets string values, joined by backslash, encoded in this dataset's character set, padded to even length. */
    public Dataset setString(int tag, VR vr, String... values) {
        if (!vr.isString()) {
            throw new IllegalArgumentException(vr + " is not a string VR; use the numeric setters");
        }
        if (!vr.isMultiValuedString() && values.length > 1) {
            throw new IllegalArgumentException(vr + " holds a single value");
        }
        String joined = String.join("\\", values);
        byte[] b = vr.usesSpecificCharacterSet() && tag != Tag.SPECIFIC_CHARACTER_SET
                ? specificCharacterSet().encode(joined, vr)
                : joined.getBytes(StandardCharsets.ISO_8859_1);
        if ((b.length & 1) != 0) {
            b = Arrays.copyOf(b, b.length + 1);
            b[b.length - 1] = vr.padding();
        }
        return putBytes(tag, vr, b);
    }

    /** Sets string values with the dictionary VR of the tag. */
    public Dataset setString(int tag, String... values) {
        return setString(tag, ElementDictionary.vrOf(tag), values);
    }

    public Dataset setString(String keyword, String... values) {
        return setString(tagOf(keyword), values);
    }

    /** Sets integers: as text for IS/DS, in this dataset's byte order for binary VRs (US, SS, UL, SL, SV, UV, OW, OL, OV, FL, FD...). */
    public Dataset setLong(int tag, VR vr, long... values) {
        if (vr == VR.IS || vr == VR.DS) {
            String[] s = new String[values.length];
            for (int k = 0; k < values.length; k++) {
                s[k] = Long.toString(values[k]);
            }
            return setString(tag, vr, s);
        }
        if (vr == VR.FL || vr == VR.FD || vr == VR.OF || vr == VR.OD) {
            double[] d = new double[values.length];
            for (int k = 0; k < values.length; k++) {
                d[k] = values[k];
            }
            return setDouble(tag, vr, d);
        }
        int unit = vr.binaryValueSize();
        if (vr.kind() != VR.Kind.BINARY || unit == 0 || vr == VR.AT) {
            throw new IllegalArgumentException(vr + " does not hold integers");
        }
        byte[] b = new byte[values.length * unit];
        for (int k = 0; k < values.length; k++) {
            switch (unit) {
                case 1 -> b[k] = (byte) values[k];
                case 2 -> Bytes.putShort(b, k * 2, (int) values[k], bigEndian);
                case 4 -> Bytes.putInt(b, k * 4, (int) values[k], bigEndian);
                default -> Bytes.putLong(b, k * 8, values[k], bigEndian);
            }
        }
        if ((b.length & 1) != 0) {
            b = Arrays.copyOf(b, b.length + 1);
        }
        return putBytes(tag, vr, b);
    }

    public Dataset setInt(int tag, VR vr, int... values) {
        long[] l = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            l[k] = values[k];
        }
        return setLong(tag, vr, l);
    }

    public Dataset setInt(int tag, int... values) {
        return setInt(tag, ElementDictionary.vrOf(tag), values);
    }

    public Dataset setInt(String keyword, int... values) {
        return setInt(tagOf(keyword), values);
    }

    /** Sets numbers: DS as the shortest text within 16 bytes, FL/FD/OF/OD in binary, IS and integer VRs when integral. */
    public Dataset setDouble(int tag, VR vr, double... values) {
        if (vr == VR.DS) {
            String[] s = new String[values.length];
            for (int k = 0; k < values.length; k++) {
                s[k] = StringValues.formatDS(values[k]);
            }
            return setString(tag, vr, s);
        }
        if (vr == VR.FL || vr == VR.OF || vr == VR.FD || vr == VR.OD) {
            int unit = vr.binaryValueSize();
            byte[] b = new byte[values.length * unit];
            for (int k = 0; k < values.length; k++) {
                if (unit == 4) {
                    Bytes.putInt(b, k * 4, Float.floatToRawIntBits((float) values[k]), bigEndian);
                } else {
                    Bytes.putLong(b, k * 8, Double.doubleToRawLongBits(values[k]), bigEndian);
                }
            }
            return putBytes(tag, vr, b);
        }
        long[] l = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            l[k] = exactLong(values[k]);
        }
        return setLong(tag, vr, l);
    }

    public Dataset setDouble(int tag, double... values) {
        return setDouble(tag, ElementDictionary.vrOf(tag), values);
    }

    public Dataset setDouble(String keyword, double... values) {
        return setDouble(tagOf(keyword), values);
    }

    public Dataset setFloat(int tag, VR vr, float... values) {
        double[] d = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            d[k] = values[k];
        }
        return setDouble(tag, vr, d);
    }

    public Dataset setPersonName(int tag, PersonName... values) {
        String[] s = new String[values.length];
        for (int k = 0; k < values.length; k++) {
            s[k] = values[k].toString();
        }
        return setString(tag, VR.PN, s);
    }

    public Dataset setDate(int tag, DicomDate value) {
        return setString(tag, VR.DA, value.toString());
    }

    public Dataset setTime(int tag, DicomTime value) {
        return setString(tag, VR.TM, value.toString());
    }

    public Dataset setDateTime(int tag, DicomDateTime value) {
        return setString(tag, VR.DT, value.toString());
    }

    /** Sets an AT value. */
    public Dataset setTags(int tag, int... values) {
        byte[] b = new byte[values.length * 4];
        for (int k = 0; k < values.length; k++) {
            Bytes.putTag(b, k * 4, values[k], bigEndian);
        }
        return putBytes(tag, VR.AT, b);
    }

    /** Sets raw value bytes (in this dataset's byte order); an odd length gets the VR's padding byte. */
    public Dataset setBytes(int tag, VR vr, byte[] value) {
        byte[] b = Arrays.copyOf(value, value.length + (value.length & 1));
        if (b.length != value.length) {
            b[value.length] = vr.padding();
        }
        return putBytes(tag, vr, b);
    }

    /** Makes the element present with an empty value (a Type 2 attribute without a value). */
    public Dataset setEmpty(int tag, VR vr) {
        return vr == VR.SQ ? newSequence(tag).parent() : putBytes(tag, vr, EMPTY);
    }

    /** Puts an empty sequence at {@code tag} (replacing any value) and returns it. */
    public Sequence newSequence(int tag) {
        Sequence s = new Sequence(this, tag);
        addValue(tag, VR.SQ, s);
        return s;
    }

    /** Puts empty encapsulated pixel data at {@code tag} and returns it; add the offset table, then the fragments. */
    public Fragments newFragments(int tag, VR vr) {
        Fragments f = new Fragments(vr, null);
        addValue(tag, vr, f);
        return f;
    }

    /** Removes an element; returns whether it was present. */
    public boolean remove(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return false;
        }
        changed();
        if (tag == Tag.SPECIFIC_CHARACTER_SET) {
            ownCharset = null;
        }
        int move = size - i - 1;
        System.arraycopy(tags, i + 1, tags, i, move);
        System.arraycopy(vrs, i + 1, vrs, i, move);
        System.arraycopy(offsets, i + 1, offsets, i, move);
        System.arraycopy(lengths, i + 1, lengths, i, move);
        System.arraycopy(values, i + 1, values, i, move);
        if (decoded != null) {
            System.arraycopy(decoded, i + 1, decoded, i, move);
            decoded[size - 1] = null;
        }
        values[--size] = null;
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Dataset[");
        for (int i = 0; i < Math.min(size, 8); i++) {
            sb.append(i == 0 ? "" : ", ").append(Tag.toString(tags[i])).append(' ').append(vrs[i]);
        }
        return sb.append(size > 8 ? ", ... " + size + " elements]" : "]").toString();
    }
}

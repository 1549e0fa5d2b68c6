package dev.iodine.io;

import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import java.io.IOException;
import java.util.Map;

/**
 * Writes datasets as elements (PS3.5 Section 7), either as read (each dataset in the encoding it was read
 * with, values from their raw bytes, lengths defined or undefined as they came; a dataset untouched since read
 * copied as its verbatim bytes, see {@link Dataset#setVerbatim}) or re-encoded into one target
 * encoding (byte order converted per VR, odd values padded, values too long for a 16-bit length written as UN,
 * group lengths other than group 0002 left out).
 */
final class DatasetEncoder {

    private static final int UNDEFINED = 0xFFFFFFFF;

    private final WriteBuffer out;
    private final boolean asRead;
    private final boolean explicit;
    private final boolean bigEndian;
    private final Map<Dataset, Map<Integer, Long>> ulValues;

    /**
     * @param out where to write ({@code null} for an encoder that only computes lengths)
     * @param asRead write each dataset in its own encoding; else in {@code explicit}/{@code bigEndian}
     */
    DatasetEncoder(WriteBuffer out, boolean asRead, boolean explicit, boolean bigEndian) {
        this(out, asRead, explicit, bigEndian, Map.of());
    }

    /**
     * @param ulValues UL values to write instead of the datasets' own (same length: the layout does not change),
     *                 by dataset (identity) and tag: recomputed DICOMDIR offsets
     */
    DatasetEncoder(WriteBuffer out, boolean asRead, boolean explicit, boolean bigEndian,
                   Map<Dataset, Map<Integer, Long>> ulValues) {
        this.out = out;
        this.asRead = asRead;
        this.explicit = explicit;
        this.bigEndian = bigEndian;
        this.ulValues = ulValues;
    }

    private boolean explicitFor(Dataset ds) {
        return asRead ? ds.explicitVR() : explicit;
    }

    private boolean bigEndianFor(Dataset ds) {
        return asRead ? ds.bigEndian() : bigEndian;
    }

    /** Whether an element is written at all: re-encoding drops group lengths (PS3.5 7.2) but group 0002's. */
    private boolean skipped(int tag) {
        return !asRead && Tag.isGroupLength(tag) && Tag.group(tag) != 0x0002;
    }

    void writeDataset(Dataset ds) throws IOException {
        if (asRead && !ulValues.containsKey(ds) && ds.writeVerbatim(out)) {
            return; // untouched since read: its bytes in one copy
        }
        boolean ex = explicitFor(ds);
        boolean be = bigEndianFor(ds);
        boolean swap = !asRead && ds.bigEndian() != be;
        for (int i = 0, n = ds.size(); i < n; i++) {
            int tag = ds.tagAt(i);
            if (!skipped(tag)) {
                writeElement(ds, i, tag, ex, be, swap);
            }
        }
    }

    /** @param swap whether binary values change byte order */
    private void writeElement(Dataset ds, int i, int tag, boolean ex, boolean be, boolean swap) throws IOException {
        VR vr = ds.vrAt(i);
        Object v = ds.valueAt(i);
        if (v instanceof Sequence seq) {
            VR headerVR = asRead ? seq.vrAsRead() : VR.SQ;
            boolean undefined = undefinedLength(seq, ex);
            writeHeader(tag, headerVR, undefined ? UNDEFINED : (int) sequenceValueLength(seq), ex, be);
            boolean itemsBE = itemsBigEndian(seq, be);
            for (int k = 0, n = seq.size(); k < n; k++) {
                Dataset item = seq.get(k);
                DatasetEncoder enc = encoderFor(seq, item);
                writeHeader(Tag.ITEM, null, item.undefinedItemLength() ? UNDEFINED : (int) enc.datasetLength(item), false, itemsBE);
                enc.writeDataset(item);
                if (item.undefinedItemLength()) {
                    writeHeader(Tag.ITEM_DELIMITATION, null, 0, false, itemsBE);
                }
            }
            if (undefined) {
                writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0, false, itemsBE);
            }
            return;
        }
        if (v instanceof Fragments f) {
            writeHeader(tag, vr, UNDEFINED, ex, be);
            for (int k = 0; k < f.size(); k++) {
                writeHeader(Tag.ITEM, null, f.itemLength(k), false, be);
                f.writeItem(k, out);
            }
            writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0, false, be);
            return;
        }
        Long ul = ulValues.isEmpty() ? null : ulValues.getOrDefault(ds, Map.of()).get(tag);
        if (ul != null) {
            writeHeader(tag, vr, 4, ex, be);
            byte[] value = new byte[4];
            Bytes.putInt(value, 0, (int) (long) ul, be);
            out.write(value);
            return;
        }
        long len = ds.lengthAt(i);
        boolean pad = !asRead && (len & 1) != 0;
        VR headerVR = ex && !vr.longHeader() && len + (pad ? 1 : 0) > 0xFFFF ? VR.UN : vr;
        writeHeader(tag, headerVR, (int) (len + (pad ? 1 : 0)), ex, be);
        int unit = swap ? swapUnit(vr) : 1;
        if (unit > 1) {
            byte[] b = ds.bytesAt(i);
            Bytes.swap(b, 0, b.length, unit);
            out.write(b);
        } else {
            ds.writeValueAt(i, out);
        }
        if (pad) {
            out.write(vr.padding());
        }
    }

    /**
     * Whether a sequence gets an undefined length: as read; and always, when re-encoding into implicit VR, for a
     * sequence the dictionary does not know as SQ (private ones): a reader can only recognise those by their
     * undefined length (PS3.5 6.2.2 note, 7.5).
     */
    private boolean undefinedLength(Sequence seq, boolean ex) {
        return seq.undefinedLength() || !asRead && !ex && ElementDictionary.vrOf(seq.tag()) != VR.SQ;
    }

    /** The byte order of a sequence's items: UN sequences hold implicit VR little endian items (PS3.5 6.2.2). */
    private boolean itemsBigEndian(Sequence seq, boolean be) {
        return asRead && seq.vrAsRead() == VR.UN ? false : be;
    }

    /** The size of the units whose byte order differs between little and big endian (AT swaps its two 16-bit halves). */
    private static int swapUnit(VR vr) {
        return switch (vr) {
            case AT, US, SS, OW -> 2;
            case UL, SL, FL, OF, OL -> 4;
            case FD, OD, SV, UV, OV -> 8;
            default -> 1;
        };
    }

    private void writeHeader(int tag, VR vr, int length, boolean ex, boolean be) throws IOException {
        out.room(12);
        byte[] header = out.b;
        int p = out.pos;
        Bytes.putTag(header, p, tag, be);
        if (ex && vr != null) {
            header[p + 4] = (byte) (vr.code() >>> 8);
            header[p + 5] = (byte) vr.code();
            if (vr.longHeader()) {
                header[p + 6] = 0;
                header[p + 7] = 0;
                Bytes.putInt(header, p + 8, length, be);
                out.pos = p + 12;
                return;
            }
            Bytes.putShort(header, p + 6, length, be);
        } else {
            Bytes.putInt(header, p + 4, length, be);
        }
        out.pos = p + 8;
    }

    /** The encoded length of a dataset's elements (an item's defined length). */
    long datasetLength(Dataset ds) {
        int verbatim = asRead ? ds.verbatimLength() : -1;
        if (verbatim >= 0) {
            return verbatim;
        }
        long n = 0;
        for (int i = 0; i < ds.size(); i++) {
            if (!skipped(ds.tagAt(i))) {
                n += elementLength(ds, i);
            }
        }
        return n;
    }

    /**
     * Where each item of the sequence at {@code index} would start (its Item tag), counted from the first byte of
     * {@code ds} as this encoder writes it.
     */
    long[] itemPositions(Dataset ds, int index) {
        long position = 0;
        for (int i = 0; i < index; i++) {
            if (!skipped(ds.tagAt(i))) {
                position += elementLength(ds, i);
            }
        }
        position += explicitFor(ds) ? 12 : 8;   // SQ and UN have the long explicit header
        Sequence seq = (Sequence) ds.valueAt(index);
        long[] starts = new long[seq.size()];
        for (int k = 0; k < seq.size(); k++) {
            Dataset item = seq.get(k);
            starts[k] = position;
            position += 8 + encoderFor(seq, item).datasetLength(item) + (item.undefinedItemLength() ? 8 : 0);
        }
        return starts;
    }

    private long elementLength(Dataset ds, int i) {
        boolean ex = explicitFor(ds);
        VR vr = ds.vrAt(i);
        Object v = ds.valueAt(i);
        if (v instanceof Sequence seq) {
            return (ex ? 12 : 8) + sequenceValueLength(seq) + (undefinedLength(seq, ex) ? 8 : 0);
        }
        if (v instanceof Fragments f) {
            long n = (ex ? 12 : 8) + 8;
            for (int k = 0; k < f.size(); k++) {
                n += 8 + f.itemLength(k);
            }
            return n;
        }
        long len = ds.lengthAt(i);
        if (!asRead) {
            len += len & 1;
        }
        boolean longHeader = vr.longHeader() || len > 0xFFFF;
        return (ex && longHeader ? 12 : 8) + len;
    }

    private long sequenceValueLength(Sequence seq) {
        long n = 0;
        for (Dataset item : seq) {
            n += 8 + encoderFor(seq, item).datasetLength(item) + (item.undefinedItemLength() ? 8 : 0);
        }
        return n;
    }

    /**
     * The encoder of an item: this one, except for an item of a sequence kept as UN that was not read in implicit
     * VR little endian (one added by an application), which is re-encoded so (PS3.5 6.2.2).
     */
    private DatasetEncoder encoderFor(Sequence seq, Dataset item) {
        boolean un = asRead && seq.vrAsRead() == VR.UN;
        return un && (item.explicitVR() || item.bigEndian()) ? new DatasetEncoder(out, false, false, false, ulValues)
                : this;
    }
}

package dev.iodine.io;

import dev.iodine.data.BulkData;
import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.DictionaryEntry;
import dev.iodine.dict.ElementDictionary;
import java.io.IOException;
import java.util.List;

/**
 * The element loop of PS3.5 Section 7: reads elements into a dataset in the dataset's own encoding (explicit or
 * implicit VR, byte order), sequences and items at any depth (PS3.5 7.5), encapsulated pixel data (A.4).
 * Values are not decoded: each is recorded as a position and length in the input buffer.
 */
final class DatasetParser {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int PIXEL_REPRESENTATION = 0x00280103;

    /** Where a dataset ends. */
    enum Scope {
        /** The top-level data set: ends with the input. */
        TOP,
        /** File Meta Information: ends at the first element not in group 0002. */
        META,
        /** An item: ends at its defined length or its Item Delimitation Item. */
        ITEM
    }

    private final ByteInput in;
    private final ReadOptions options;
    private final List<String> warnings;
    // Whether datasets get their verbatim bytes (Dataset.setVerbatim): only when every byte read stays in the
    // buffer where it was read, and every element is kept.
    private final boolean verbatim;

    DatasetParser(ByteInput in, ReadOptions options, List<String> warnings) {
        this.in = in;
        this.options = options;
        this.warnings = warnings;
        this.verbatim = in.wholeInMemory() && !options.stopBeforePixelData() && !options.selective()
                && options.deferSize() == Long.MAX_VALUE;
    }

    private void warn(long offset, int tag, String what) {
        warnings.add("offset " + offset + (tag == -1 ? "" : " " + Tag.toString(tag)) + ": " + what);
    }

    /**
     * Reads elements into {@code ds}. For an item, {@code end} is the input offset where its defined length ends,
     * or -1 for an undefined length. A dataset (not the meta) read without anything tolerated on the way gets
     * its bytes as verbatim bytes, which writing it as read gives back.
     */
    void readDataset(Dataset ds, Scope scope, long end, int depth) throws IOException {
        int start = in.pos;
        int warned = warnings.size();
        int stop = readElements(ds, scope, end, depth);
        if (verbatim && scope != Scope.META && warnings.size() == warned) {
            ds.setVerbatim(start, stop);
        }
    }

    /** Reads the elements of {@link #readDataset}; returns the buffer position where they end (before a delimiter). */
    private int readElements(Dataset ds, Scope scope, long end, int depth) throws IOException {
        boolean be = ds.bigEndian();
        boolean explicit = ds.explicitVR();
        int last = -1;
        while (true) {
            long start = in.offset();
            if (end >= 0) {
                if (start == end) {
                    return in.pos;
                }
                if (start > end) {
                    throw new DicomParseException(start, -1, "elements run " + (start - end)
                            + " bytes past the end of their item (offset " + end + ")");
                }
            }
            if (!in.ensure(8)) {
                if (scope != Scope.ITEM && in.remaining() == 0) {
                    return in.pos;
                }
                if (scope == Scope.TOP && shortTailIsPadding()) {
                    // Fewer bytes than a header, all zeros or spaces: padding some writers add. Anything else there is
                    // an element cut short (a truncated file), which pydicom would drop without a word.
                    warn(start, -1, in.remaining() + " trailing padding bytes after the last element ignored");
                    in.skip(in.remaining());
                    return in.pos;
                }
                throw new DicomParseException(start, -1, "input ends after " + in.remaining()
                        + " bytes where an element header (8 bytes) was expected"
                        + (scope == Scope.ITEM && end < 0 ? " (or an Item Delimitation Item)" : ""));
            }
            byte[] b = in.b;
            int p = in.pos;
            if (scope == Scope.META && Bytes.getUShort(b, p, false) != 0x0002) {
                return in.pos;
            }
            int tag = Bytes.getTag(b, p, be);
            if (tag == 0 && scope == Scope.TOP && zerosToTheEnd()) {
                warn(start, -1, in.remaining() + " trailing zero bytes after the last element ignored");
                in.skip(in.remaining());
                return in.pos;
            }
            if (tag == Tag.ITEM_DELIMITATION) {
                in.pos += 8;
                if (scope == Scope.ITEM && end < 0) {
                    return p;
                }
                warn(start, tag, "Item Delimitation Item outside an undefined-length item ignored (PS3.5 7.5.2)");
                continue;
            }
            if (tag == Tag.SEQUENCE_DELIMITATION) {
                if (scope == Scope.ITEM && end < 0) {
                    // The item's delimiter is missing: end the item here and let the sequence see its delimiter.
                    warn(start, tag, "Sequence Delimitation Item ends an item that has no Item Delimitation Item (PS3.5 7.5.2)");
                    return in.pos;
                }
                in.pos += 8;
                warn(start, tag, "Sequence Delimitation Item outside a sequence ignored (PS3.5 7.5.2)");
                continue;
            }
            if (last != -1 && Integer.compareUnsigned(tag, last) <= 0) {
                warn(start, tag, (tag == last ? "duplicate element" : "element out of ascending tag order")
                        + " (PS3.5 7.1); the later one is kept, in tag order");
            }
            last = tag;
            if (scope == Scope.TOP && options.stopBeforePixelData()
                    && (tag == Tag.PIXEL_DATA || tag == 0x7FE00008 || tag == 0x7FE00009)) {
                return in.pos;
            }
            VR vr;
            long len;
            if (explicit) {
                vr = VR.of(b[p + 4], b[p + 5]);
                if (vr == null) {
                    long implicitLen = Bytes.getInt(b, p + 4, be) & UNDEFINED;
                    if (implicitLen == UNDEFINED || implicitLen > in.remaining() - 8
                            || end >= 0 && start + 8 + implicitLen > end) {
                        throw new DicomParseException(start, tag, String.format(
                                "bytes %02X %02X are not a VR (explicit VR transfer syntax, PS3.5 7.1.2)", b[p + 4], b[p + 5]));
                    }
                    // Some writers put (private) elements in implicit VR inside explicit VR data sets; the bytes
                    // read as a 4-byte length fit, so read the element so.
                    warn(start, tag, "element without VR in an explicit VR data set; read as implicit VR");
                    vr = implicitVR(ds, tag);
                    len = implicitLen;
                    in.pos += 8;
                } else if (vr.longHeader()) {
                    if (!in.ensure(12)) {
                        throw new DicomParseException(start, tag, "input ends inside a 12-byte explicit VR " + vr + " header");
                    }
                    len = Bytes.getInt(in.b, p + 8, be) & UNDEFINED;
                    in.pos += 12;
                } else {
                    len = Bytes.getUShort(b, p + 6, be);
                    in.pos += 8;
                }
            } else {
                vr = implicitVR(ds, tag);
                len = Bytes.getInt(b, p + 4, be) & UNDEFINED;
                in.pos += 8;
            }
            boolean keep = scope != Scope.TOP || options.keeps(tag);
            readValue(ds, tag, vr, len, depth, keep, start, end);
        }
    }

    /** Whether the fewer than 8 bytes left are all zeros or spaces. */
    private boolean shortTailIsPadding() throws IOException {
        int n = (int) in.remaining();
        in.ensure(n);
        for (int i = in.pos; i < in.pos + n; i++) {
            if (in.b[i] != 0 && in.b[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether every byte from the current position to the end of the input is zero (block padding). */
    private boolean zerosToTheEnd() throws IOException {
        if (!in.lengthKnown()) {
            in.ensure(1 << 20); // a stream's length is known once it has ended
        }
        long n = in.remaining();
        // Padding is at most a block or two; a larger remainder is read as elements (and fails as such).
        if (n > 1 << 20 || !in.ensure((int) n)) {
            return false;
        }
        for (int i = in.pos; i < in.pos + n; i++) {
            if (in.b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private void readValue(Dataset ds, int tag, VR vr, long len, int depth, boolean keep, long start, long end)
            throws IOException {
        if (len == UNDEFINED) {
            if (vr == VR.SQ || vr == VR.UN) {
                // An undefined-length UN holds a sequence in implicit VR little endian (PS3.5 6.2.2 note).
                boolean un = vr == VR.UN;
                readSequence(ds, tag, vr, -1, !un && ds.explicitVR(), !un && ds.bigEndian(), depth, keep);
            } else if (vr == VR.OB || vr == VR.OW) {
                readFragments(ds, tag, vr, keep);
            } else {
                throw new DicomParseException(start, tag, "undefined length for VR " + vr
                        + "; only SQ, UN and encapsulated OB/OW may have it (PS3.5 7.1.2)");
            }
            return;
        }
        long valueStart = in.offset();
        if (len > in.remaining()) {
            throw new DicomParseException(start, tag, "value length " + len + " (" + vr + ") exceeds the "
                    + in.remaining() + " bytes left in the input");
        }
        if (end >= 0 && valueStart + len > end) {
            throw new DicomParseException(start, tag, "value length " + len + " runs past the end of its item at offset " + end);
        }
        if (vr == VR.SQ && startsWithItem(len, ds.bigEndian())) {
            readSequence(ds, tag, vr, len, ds.explicitVR(), ds.bigEndian(), depth, keep);
            return;
        }
        if (vr == VR.SQ) {
            warn(start, tag, "SQ value of " + len + " bytes does not start with an item; kept as UN bytes");
            vr = VR.UN;
        } else if (vr == VR.UN && ds.explicitVR() && !Tag.isPrivate(tag) && ElementDictionary.vrOf(tag) == VR.SQ
                && startsWithItem(len, false)) {
            // A public sequence that reached us as UN: its items are implicit VR little endian (PS3.5 6.2.2).
            readSequence(ds, tag, VR.UN, len, false, false, depth, keep);
            return;
        }
        if (!keep) {
            in.skip(len);
        } else if (len > options.deferSize() && in.canDefer()) {
            ds.addValue(tag, vr, new BulkData(in.source.path(), valueStart, len));
            in.skip(len);
        } else {
            if (len > ByteInput.MAX_ARRAY) {
                throw new DicomParseException(start, tag, "value of " + len + " bytes is too large for memory"
                        + " (read it with ReadOptions.withDeferSize)");
            }
            if (!in.ensure((int) len)) {
                throw new DicomParseException(start, tag, "value length " + len + " (" + vr + ") exceeds the "
                        + in.remaining() + " bytes left in the input");
            }
            ds.addRaw(tag, vr, in.pos, (int) len);
            in.pos += (int) len;
        }
    }

    /** Whether a defined-length value is empty or starts with an Item or Sequence Delimitation tag. */
    private boolean startsWithItem(long len, boolean bigEndian) throws IOException {
        if (len == 0) {
            return true;
        }
        if (len < 8 || !in.ensure(8)) {
            return false;
        }
        int first = Bytes.getTag(in.b, in.pos, bigEndian);
        return first == Tag.ITEM || first == Tag.SEQUENCE_DELIMITATION;
    }

    private void readSequence(Dataset ds, int tag, VR vrAsRead, long len, boolean itemsExplicit, boolean itemsBigEndian,
            int depth, boolean keep) throws IOException {
        long start = in.offset();
        if (depth >= options.maxDepth()) {
            throw new DicomParseException(start, tag, "sequences nested deeper than " + options.maxDepth()
                    + " levels (ReadOptions.withMaxDepth)");
        }
        Sequence seq = ds.createSequence(tag);
        seq.setUndefinedLength(len < 0);
        seq.setVrAsRead(vrAsRead);
        if (keep) {
            // Added before its items are read, so that a lenient read keeps the items read before a failure.
            ds.addValue(tag, VR.SQ, seq);
        }
        long end = len < 0 ? -1 : start + len;
        int previousItemSize = 0;
        while (true) {
            long at = in.offset();
            if (end >= 0 && at >= end) {
                if (at > end) {
                    throw new DicomParseException(at, tag, "items run " + (at - end) + " bytes past the sequence's length");
                }
                break;
            }
            if (!in.ensure(8)) {
                throw new DicomParseException(at, tag, "input ends where an item (FFFE,E000)"
                        + (len < 0 ? " or Sequence Delimitation Item (FFFE,E0DD)" : "") + " was expected");
            }
            int itemTag = Bytes.getTag(in.b, in.pos, itemsBigEndian);
            long itemLen = Bytes.getInt(in.b, in.pos + 4, itemsBigEndian) & UNDEFINED;
            in.pos += 8;
            if (itemTag == Tag.SEQUENCE_DELIMITATION) {
                if (len >= 0) {
                    warn(at, tag, "Sequence Delimitation Item in a defined-length sequence");
                }
                break;
            }
            if (itemTag != Tag.ITEM) {
                throw new DicomParseException(at, tag, "found " + Tag.toString(itemTag) + " where an item (FFFE,E000)"
                        + (len < 0 ? " or Sequence Delimitation Item (FFFE,E0DD)" : "") + " was expected (PS3.5 7.5)");
            }
            if (itemLen != UNDEFINED && itemLen > in.remaining()) {
                throw new DicomParseException(at, tag, "item length " + itemLen + " exceeds the " + in.remaining()
                        + " bytes left in the input");
            }
            Dataset item = new Dataset(in.source, itemsBigEndian, itemsExplicit && !implicitItem(at, tag, itemLen, itemsBigEndian));
            item.setUndefinedItemLength(itemLen == UNDEFINED);
            // The items of a sequence are mostly alike: room for as many elements as the one before (bounded, as
            // an item as long as its elements' headers could claim more than it holds).
            item.reserve(Math.min(previousItemSize, 64));
            seq.add(item);
            readDataset(item, Scope.ITEM, itemLen == UNDEFINED ? -1 : in.offset() + itemLen, depth + 1);
            previousItemSize = item.size();
        }
    }

    /**
     * Whether an item of an explicit VR sequence is in fact encoded in implicit VR: its first element has no VR
     * where one should be. Some writers encode (private) items so; pydicom switches to implicit VR in the same case.
     */
    private boolean implicitItem(long at, int tag, long itemLen, boolean bigEndian) throws IOException {
        if (itemLen == 0 || !in.ensure(8)) {
            return false;
        }
        int first = Bytes.getTag(in.b, in.pos, bigEndian);
        if (first == Tag.ITEM_DELIMITATION || VR.of(in.b[in.pos + 4], in.b[in.pos + 5]) != null) {
            return false;
        }
        warn(at, tag, "item of an explicit VR sequence encoded in implicit VR; read as implicit VR");
        return true;
    }

    private void readFragments(Dataset ds, int tag, VR vr, boolean keep) throws IOException {
        Fragments fragments = new Fragments(vr, in.source);
        if (keep) {
            ds.addValue(tag, vr, fragments);
        }
        boolean be = ds.bigEndian();
        while (true) {
            long at = in.offset();
            if (!in.ensure(8)) {
                throw new DicomParseException(at, tag, "input ends where a fragment item (FFFE,E000) or Sequence "
                        + "Delimitation Item was expected (PS3.5 A.4)");
            }
            int itemTag = Bytes.getTag(in.b, in.pos, be);
            long itemLen = Bytes.getInt(in.b, in.pos + 4, be) & UNDEFINED;
            in.pos += 8;
            if (itemTag == Tag.SEQUENCE_DELIMITATION) {
                break;
            }
            if (itemTag != Tag.ITEM || itemLen == UNDEFINED) {
                throw new DicomParseException(at, tag, "found " + Tag.toString(itemTag)
                        + (itemLen == UNDEFINED ? " with undefined length" : "")
                        + " where a defined-length fragment item (FFFE,E000) was expected (PS3.5 A.4)");
            }
            if (itemLen > in.remaining()) {
                throw new DicomParseException(at, tag, "fragment length " + itemLen + " exceeds the "
                        + in.remaining() + " bytes left in the input");
            }
            if (itemLen > options.deferSize() && in.canDefer()) {
                fragments.addDeferred(new BulkData(in.source.path(), in.offset(), itemLen));
                in.skip(itemLen);
            } else {
                if (itemLen > ByteInput.MAX_ARRAY || !in.ensure((int) itemLen)) {
                    throw new DicomParseException(at, tag, "fragment of " + itemLen + " bytes does not fit in memory"
                            + " or exceeds the " + in.remaining() + " bytes left in the input");
                }
                fragments.addRaw(in.pos, (int) itemLen);
                in.pos += (int) itemLen;
            }
        }
    }

    /** The VR of an implicit VR element: group lengths UL, private creators LO, other private UN, else the dictionary. */
    static VR implicitVR(Dataset ds, int tag) {
        if (Tag.isGroupLength(tag)) {
            return VR.UL;
        }
        if (Tag.isPrivate(tag)) {
            return Tag.isPrivateCreator(tag) ? VR.LO : VR.UN;
        }
        DictionaryEntry e = ElementDictionary.lookup(tag);
        if (e == null) {
            return VR.UN;
        }
        List<VR> vrs = e.vrs();
        if (vrs.size() == 1) {
            return vrs.get(0);
        }
        if (vrs.contains(VR.SS) && vrs.contains(VR.US)) {
            // "US or SS": signed when Pixel Representation (0028,0103) is 1 (PS3.5 A.1 c).
            return pixelRepresentation(ds) == 1 ? VR.SS : VR.US;
        }
        // "OB or OW" (Pixel Data, overlays, waveforms): OW in implicit VR (PS3.5 A.1 c).
        return vrs.contains(VR.OW) ? VR.OW : vrs.get(0);
    }

    private static int pixelRepresentation(Dataset ds) {
        for (Dataset d = ds; d != null; d = d.parent()) {
            if (d.contains(PIXEL_REPRESENTATION)) {
                Integer v = d.getInt(PIXEL_REPRESENTATION);
                return v == null ? 0 : v;
            }
        }
        return 0;
    }
}

package dev.iodine.cli;

import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import java.io.PrintWriter;

/**
 * A dcmdump-like listing of a dataset: one line per element with tag, VR, VM, length, keyword and value; the items
 * of a sequence indented under it; long values cut with {@code ...}.
 *
 * <pre>
 * (0010,0010) PN 1    16  PatientName                     Phantom^CT
 * (0008,1140) SQ 1    -1  ReferencedImageSequence
 *   #1 item
 *   (0008,1155) UI 1    6   ReferencedSOPInstanceUID        1.2.3
 * </pre>
 */
final class DatasetListing {

    /** The widest value shown; longer ones end with "...". */
    static final int MAX_VALUE_CHARS = 64;
    /** How many values of a binary element are shown before "...". */
    private static final int MAX_BINARY_VALUES = 12;
    private static final String INDENT = "  ";

    private final PrintWriter out;

    DatasetListing(PrintWriter out) {
        this.out = out;
    }

    void list(Dataset ds) {
        list(ds, "");
    }

    private void list(Dataset ds, String indent) {
        for (int i = 0; i < ds.size(); i++) {
            int tag = ds.tagAt(i);
            VR vr = ds.vrAt(i);
            Object value = ds.valueAt(i);
            String name = name(ds, tag);
            if (value instanceof Sequence seq) {
                line(indent, tag, vr, seq.size(), -1, name, "");
                for (int k = 0; k < seq.size(); k++) {
                    out.println(indent + INDENT + "#" + (k + 1) + " item");
                    list(seq.get(k), indent + INDENT);
                }
            } else if (value instanceof Fragments f) {
                line(indent, tag, vr, f.fragmentCount(), -1, name,
                        "encapsulated: offset table of " + (f.size() == 0 ? 0 : f.itemLength(0)) + " bytes, "
                                + f.fragmentCount() + " fragment(s)");
                for (int k = 1; k < f.size(); k++) {
                    out.println(indent + INDENT + "#" + k + " fragment, " + f.itemLength(k) + " bytes");
                }
            } else {
                line(indent, tag, vr, ds.valueCount(tag), ds.lengthAt(i), name, value(ds, i, tag, vr));
            }
        }
    }

    private void line(String indent, int tag, VR vr, int vm, long length, String name, String value) {
        out.printf("%s%s %s %-4d %-6s %-32s %s%n", indent, Tag.toString(tag), vr, vm,
                length < 0 ? "u/l" : Long.toString(length), name, value);
    }

    /** The keyword; for a private element its creator in brackets; {@code ?} when the dictionary has no entry. */
    private static String name(Dataset ds, int tag) {
        if (Tag.isPrivate(tag)) {
            if (Tag.isPrivateCreator(tag)) {
                return "PrivateCreator";
            }
            String creator = ds.privateCreatorOf(tag);
            return "[" + (creator == null ? "no creator" : creator) + "]";
        }
        String keyword = ElementDictionary.keywordOf(tag);
        return keyword.isEmpty() ? "?" : keyword;
    }

    private static String value(Dataset ds, int index, int tag, VR vr) {
        String text;
        switch (vr) {
            case OB, UN -> text = hexBytes(ds, index);
            case OW, OF, OD, OL, OV -> text = binaryNumbers(ds, index, tag, vr);
            default -> {
                String[] values = ds.getStrings(tag);
                text = values.length == 0 ? "" : String.join("\\", values);
            }
        }
        return cut(text);
    }

    private static String hexBytes(Dataset ds, int index) {
        long length = ds.lengthAt(index);
        byte[] b = ds.bytesAt(index);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < Math.min(b.length, MAX_BINARY_VALUES); k++) {
            sb.append(k == 0 ? "" : "\\").append(String.format("%02x", b[k] & 0xFF));
        }
        return length > MAX_BINARY_VALUES ? sb.append("...").toString() : sb.toString();
    }

    private static String binaryNumbers(Dataset ds, int index, int tag, VR vr) {
        StringBuilder sb = new StringBuilder();
        int count;
        if (vr == VR.OF || vr == VR.OD) {
            double[] d = ds.getDoubles(tag);
            count = d.length;
            for (int k = 0; k < Math.min(count, MAX_BINARY_VALUES); k++) {
                sb.append(k == 0 ? "" : "\\").append(vr == VR.OF ? Float.toString((float) d[k]) : Double.toString(d[k]));
            }
        } else {
            long[] l = ds.getLongs(tag);
            count = l.length;
            int digits = vr.binaryValueSize() * 2;
            for (int k = 0; k < Math.min(count, MAX_BINARY_VALUES); k++) {
                String hex = Long.toHexString(l[k]);
                sb.append(k == 0 ? "" : "\\").append("0".repeat(Math.max(0, digits - hex.length()))).append(hex);
            }
        }
        return count > MAX_BINARY_VALUES ? sb.append("...").toString() : sb.toString();
    }

    /** Cuts a value to {@link #MAX_VALUE_CHARS} and shows control characters (CR, LF, ESC...) as dots. */
    static String cut(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_VALUE_CHARS + 3));
        for (int k = 0; k < text.length() && k < MAX_VALUE_CHARS; k++) {
            char c = text.charAt(k);
            sb.append(c < 0x20 || c == 0x7F ? '.' : c);
        }
        return text.length() > MAX_VALUE_CHARS ? sb.append("...").toString() : sb.toString();
    }
}

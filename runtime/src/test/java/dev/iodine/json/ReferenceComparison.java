package dev.iodine.json;

import dev.iodine.data.Bytes;
import dev.iodine.data.VR;
import dev.iodine.json.JsonTree.Num;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Structural comparison of Iodine's PS3.18 JSON of a file with pydicom 2.3.1's (the corpus {@code reference-json}).
 * Values are compared, not text: numbers by value, strings without their padding, binary by its bytes. Every way
 * the two may differ on purpose is a {@link Rule}, documented with its clause in
 * {@code docs/reference-json-differences.md}; anything else is an unexplained difference.
 */
final class ReferenceComparison {

    /** The intentional differences; the names are the headings of docs/reference-json-differences.md. */
    enum Rule {
        /** pydicom writes an empty sequence as {@code "Value":[]}; PS3.18 F.2.5 omits Value. */
        EMPTY_SEQUENCE,
        /** pydicom writes an empty value among several as {@code ""}; PS3.18 F.2.5 uses {@code null}. */
        EMPTY_VALUE_NULL,
        /** pydicom writes {@code "Alphabetic":""} for a name without that group; PS3.18 F.2.2 omits empty groups. */
        PN_EMPTY_GROUP,
        /** pydicom keeps big-endian bytes in InlineBinary; Iodine writes little endian (no transfer syntax in JSON). */
        BINARY_LITTLE_ENDIAN,
        /** pydicom's private dictionary gives a VR to a private element that the file does not; Iodine keeps UN. */
        PRIVATE_VR_UNKNOWN,
        /** FL written as the decimal of the 32-bit value (Float.toString); pydicom writes the widened 64-bit double. */
        FL_SINGLE_PRECISION,
        /** A DS or IS whose original text is not a JSON number literal is kept as a JSON string (CP 1861). */
        NUMBER_AS_STRING,
        /** Group lengths (gggg,0000) are not in Iodine's JSON (PS3.18 F.2.2); pydicom keeps them. */
        GROUP_LENGTH_OMITTED,
        /** An element whose dictionary VR is SQ but whose bytes are no items stays UN; pydicom invents empty items. */
        NOT_A_SEQUENCE,
        /** The file ends inside a value: Iodine's lenient read stops there; pydicom keeps a partial value. */
        TRUNCATED_INPUT,
        /** Encapsulated Pixel Data is OB (PS3.5 A.4); pydicom keeps OW from the file or its implicit-VR guess. */
        ENCAPSULATED_OB
    }

    /** One difference at a path such as {@code 00101002[1].00100020}; {@code rule} null when unexplained. */
    record Difference(String path, Rule rule, String detail) {
        @Override
        public String toString() {
            return (rule == null ? "UNEXPLAINED" : rule.name()) + " at " + path + ": " + detail;
        }
    }

    private final boolean bigEndianSource;
    private final boolean truncated;
    private final Charset charset;
    private final List<Difference> differences = new ArrayList<>();

    private ReferenceComparison(boolean bigEndianSource, boolean truncated, Charset charset) {
        this.bigEndianSource = bigEndianSource;
        this.truncated = truncated;
        this.charset = charset;
    }

    /**
     * Compares two DICOM JSON objects (trees from {@link JsonTree}).
     *
     * @param bigEndianSource whether the file was Explicit VR Big Endian (binary bytes are then swapped)
     * @param truncated whether Iodine's lenient read stopped before the end of the file
     */
    static List<Difference> compare(Map<String, Object> reference, Map<String, Object> candidate,
            boolean bigEndianSource, boolean truncated) {
        ReferenceComparison c = new ReferenceComparison(bigEndianSource, truncated, charsetOf(reference));
        c.dataset("", reference, candidate);
        return c.differences;
    }

    /** Counts of explained differences by rule, and the unexplained ones. */
    static Map<Rule, Integer> countByRule(List<Difference> diffs) {
        Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
        for (Difference d : diffs) {
            if (d.rule() != null) {
                counts.merge(d.rule(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Charset charsetOf(Map<String, Object> reference) {
        Object e = reference.get("00080005");
        String text = e == null ? null : String.valueOf(asMap(e).get("Value"));
        return text != null && text.contains("ISO_IR 192") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    private void dataset(String prefix, Map<String, Object> ref, Map<String, Object> cand) {
        TreeSet<String> keys = new TreeSet<>(ref.keySet());
        keys.addAll(cand.keySet());
        for (String tag : keys) {
            String path = prefix + tag;
            Map<String, Object> r = asMap(ref.get(tag));
            Map<String, Object> c = asMap(cand.get(tag));
            if (c == null && tag.endsWith("0000")) {
                note(path, Rule.GROUP_LENGTH_OMITTED, "pydicom " + r.get("vr") + " " + r.get("Value"));
            } else if (c == null && truncated) {
                note(path, Rule.TRUNCATED_INPUT, "not read by Iodine: the file ends before it");
            } else if (r == null && truncated && "7FE00010".equals(tag)) {
                note(path, Rule.TRUNCATED_INPUT, "Iodine keeps the whole fragments read; pydicom drops the element");
            } else if (r == null || c == null) {
                unexplained(path, r == null ? "only in Iodine's JSON: " + c : "missing from Iodine's JSON: " + r);
            } else {
                element(path, tag, r, c);
            }
        }
    }

    private void element(String path, String tag, Map<String, Object> r, Map<String, Object> c) {
        String rvr = (String) r.get("vr");
        String cvr = (String) c.get("vr");
        if (rvr.equals(cvr)) {
            values(path, VR.of(rvr), r, c);
        } else if ("UN".equals(cvr) && isPrivate(tag) && !"SQ".equals(rvr)) {
            // The file did not say the VR; pydicom guessed it from its private dictionary.
            note(path, Rule.PRIVATE_VR_UNKNOWN, rvr + " in pydicom, UN in the file");
            VR vr = VR.of(rvr);
            Map<String, Object> decoded = decodeBinary(c, vr);
            if (decoded == null) {
                unexplained(path, "UN value could not be compared as " + rvr);
            } else {
                values(path, vr, r, decoded);
            }
        } else if ("OW".equals(rvr) && "OB".equals(cvr) && "7FE00010".equals(tag) && isEncapsulated(c)) {
            note(path, Rule.ENCAPSULATED_OB, "OW in pydicom");
            values(path, VR.OB, r, c);
        } else if ("SQ".equals(rvr) && "UN".equals(cvr) && !startsWithItem(c)) {
            note(path, Rule.NOT_A_SEQUENCE, "pydicom " + r.get("Value"));
        } else {
            unexplained(path, "VR " + rvr + " in pydicom, " + cvr + " in Iodine");
        }
    }

    /** Whether Iodine's Pixel Data is encapsulated: its bytes are items (FFFE,E000), little endian. */
    private static boolean isEncapsulated(Map<String, Object> element) {
        String b64 = (String) element.get("InlineBinary");
        return b64 != null && b64.startsWith("/v8A4");
    }

    /** Whether a binary element's bytes begin with an item tag (FFFE,E000) in either byte order. */
    private static boolean startsWithItem(Map<String, Object> element) {
        String b64 = (String) element.get("InlineBinary");
        byte[] b = b64 == null ? new byte[0] : Base64.getDecoder().decode(b64);
        return b.length >= 4 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF && b[2] == 0x00 && b[3] == (byte) 0xE0
                || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == (byte) 0xE0 && b[3] == 0x00);
    }

    private static boolean isPrivate(String tag) {
        return (Integer.parseInt(tag.substring(3, 4), 16) & 1) == 1;
    }

    private void values(String path, VR vr, Map<String, Object> r, Map<String, Object> c) {
        if (vr.kind() == VR.Kind.BINARY && binaryForm(vr)) {
            binary(path, vr, r, c);
            return;
        }
        List<Object> rv = asList(r.get("Value"));
        List<Object> cv = asList(c.get("Value"));
        if (vr == VR.SQ && rv != null && rv.isEmpty() && cv == null) {
            note(path, Rule.EMPTY_SEQUENCE, "pydicom \"Value\":[]");
            return;
        }
        if (rv == null || cv == null) {
            if (rv != cv) {
                unexplained(path, "Value " + (rv == null ? "absent in pydicom" : "absent in Iodine"));
            }
            return;
        }
        if (vr == VR.SQ && truncated && cv.size() < rv.size()) {
            note(path, Rule.TRUNCATED_INPUT, rv.size() + " items in pydicom, " + cv.size() + " whole ones in Iodine");
            rv = rv.subList(0, cv.size());
        }
        if (rv.size() != cv.size()) {
            unexplained(path, "VM " + rv.size() + " in pydicom, " + cv.size() + " in Iodine: " + rv + " vs " + cv);
            return;
        }
        for (int i = 0; i < rv.size(); i++) {
            value(vr == VR.SQ ? path + "[" + (i + 1) + "]" : path, vr, rv.get(i), cv.get(i));
        }
    }

    /** Whether values of the VR are InlineBinary/BulkDataURI rather than a Value array. */
    private static boolean binaryForm(VR vr) {
        return switch (vr) {
            case OB, OD, OF, OL, OV, OW, UN -> true;
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private void value(String path, VR vr, Object r, Object c) {
        if (vr == VR.SQ) {
            dataset(path + ".", asMap(r), asMap(c));
        } else if ("".equals(r) && c == null) {
            note(path, Rule.EMPTY_VALUE_NULL, "\"\" in pydicom, null in Iodine");
        } else if (vr == VR.PN) {
            personName(path, (Map<String, Object>) r, (Map<String, Object>) c);
        } else if (r instanceof Num rn) {
            number(path, vr, rn, c);
        } else if (r instanceof String rs && c instanceof String cs) {
            if (!strip(rs, vr).equals(strip(cs, vr)) && !(vr == VR.AT && rs.equalsIgnoreCase(cs))) {
                unexplained(path, "\"" + rs + "\" in pydicom, \"" + cs + "\" in Iodine");
            }
        } else if (!Objects.equals(r, c)) {
            unexplained(path, r + " in pydicom, " + c + " in Iodine");
        }
    }

    private void number(String path, VR vr, Num r, Object c) {
        String text;
        if (c instanceof Num cn) {
            text = cn.text();
        } else if (c instanceof String cs && (vr == VR.DS || vr == VR.IS)) {
            note(path, Rule.NUMBER_AS_STRING, "\"" + cs + "\"");
            text = cs.trim();
        } else {
            unexplained(path, r.text() + " in pydicom, " + c + " in Iodine");
            return;
        }
        try {
            if (vr == VR.FL) {
                float rf = (float) r.doubleValue();
                if (rf != Float.parseFloat(text) && !(Float.isNaN(rf) && Float.isNaN(Float.parseFloat(text)))) {
                    unexplained(path, r.text() + " in pydicom, " + text + " in Iodine");
                } else if (!text.equals(r.text())) {
                    note(path, Rule.FL_SINGLE_PRECISION, r.text() + " vs " + text);
                }
            } else if (vr == VR.DS || vr == VR.FD) {
                if (Double.compare(r.doubleValue(), Double.parseDouble(text)) != 0) {
                    unexplained(path, r.text() + " in pydicom, " + text + " in Iodine");
                }
            } else if (r.value().compareTo(new BigDecimal(text)) != 0) {
                unexplained(path, r.text() + " in pydicom, " + text + " in Iodine");
            }
        } catch (NumberFormatException e) {
            unexplained(path, r.text() + " in pydicom, unparseable " + text + " in Iodine");
        }
    }

    private void personName(String path, Map<String, Object> r, Map<String, Object> c) {
        if (c == null) {
            unexplained(path, r + " in pydicom, null in Iodine");
            return;
        }
        for (String group : new String[] {"Alphabetic", "Ideographic", "Phonetic"}) {
            String rs = (String) r.get(group);
            String cs = (String) c.get(group);
            if ("".equals(rs) && cs == null) {
                note(path, Rule.PN_EMPTY_GROUP, group);
            } else if (rs == null || cs == null ? rs != cs : !strip(rs, VR.PN).equals(strip(cs, VR.PN))) {
                unexplained(path, group + " \"" + rs + "\" in pydicom, \"" + cs + "\" in Iodine");
            }
        }
    }

    private void binary(String path, VR vr, Map<String, Object> r, Map<String, Object> c) {
        String rb = (String) r.get("InlineBinary");
        String cb = (String) c.get("InlineBinary");
        if ("bulk".equals(r.get("BulkDataURI"))) {
            // The reference replaced base64 text longer than 1024 characters by "bulk": only the size can agree.
            if (c.get("BulkDataURI") == null && (cb == null || cb.length() <= 1024)) {
                unexplained(path, "bulk in pydicom, " + (cb == null ? "no value" : cb.length() + " base64 chars")
                        + " in Iodine");
            }
            return;
        }
        if (rb == null || cb == null) {
            if (rb != cb) {
                unexplained(path, "InlineBinary " + (rb == null ? "absent in pydicom" : "absent in Iodine"));
            }
            return;
        }
        byte[] rbytes = Base64.getDecoder().decode(rb);
        byte[] cbytes = Base64.getDecoder().decode(cb);
        if (java.util.Arrays.equals(rbytes, cbytes)) {
            return;
        }
        int word = vr.binaryValueSize();
        byte[] swapped = rbytes.clone();
        Bytes.swap(swapped, 0, swapped.length, word);
        if (bigEndianSource && word > 1 && java.util.Arrays.equals(swapped, cbytes)) {
            note(path, Rule.BINARY_LITTLE_ENDIAN, vr + " " + rbytes.length + " bytes");
        } else {
            unexplained(path, vr + " bytes differ (" + rbytes.length + " in pydicom, " + cbytes.length + " in Iodine)");
        }
    }

    /** A UN element's bytes read as the given VR, in the shape of a JSON element; null when not possible. */
    private Map<String, Object> decodeBinary(Map<String, Object> un, VR vr) {
        String b64 = (String) un.get("InlineBinary");
        if (b64 == null) {
            return un.containsKey("BulkDataURI") ? null : Map.of("vr", vr.name());
        }
        byte[] bytes = Base64.getDecoder().decode(b64);
        if (binaryForm(vr)) {
            return Map.of("vr", vr.name(), "InlineBinary", b64);
        }
        List<Object> values = new ArrayList<>();
        if (vr.isString()) {
            String text = new String(bytes, charset);
            String[] parts = vr.isMultiValuedString() ? text.split("\\\\", -1) : new String[] {text};
            for (String part : parts) {
                String s = strip(part, vr);
                values.add(vr == VR.PN ? personNameOf(s)
                        : vr == VR.DS || vr == VR.IS ? (s.isEmpty() ? null : new Num(s.trim())) : s);
            }
        } else {
            int size = vr.binaryValueSize();
            if (size == 0 || bytes.length % size != 0) {
                return null;
            }
            ByteBuffer buf = ByteBuffer.wrap(bytes).order(bigEndianSource ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            while (buf.hasRemaining()) {
                values.add(switch (vr) {
                    case US -> new Num(Integer.toString(buf.getShort() & 0xFFFF));
                    case SS -> new Num(Short.toString(buf.getShort()));
                    case UL -> new Num(Long.toString(buf.getInt() & 0xFFFFFFFFL));
                    case SL -> new Num(Integer.toString(buf.getInt()));
                    case FL -> new Num(Float.toString(buf.getFloat()));
                    case FD -> new Num(Double.toString(buf.getDouble()));
                    case SV -> new Num(Long.toString(buf.getLong()));
                    case UV -> new Num(Long.toUnsignedString(buf.getLong()));
                    case AT -> String.format("%04X%04X", buf.getShort() & 0xFFFF, buf.getShort() & 0xFFFF);
                    default -> throw new IllegalStateException(vr.name());
                });
            }
        }
        return values.isEmpty() || values.size() == 1 && "".equals(values.get(0))
                ? Map.of("vr", vr.name()) : Map.of("vr", vr.name(), "Value", values);
    }

    private static Map<String, Object> personNameOf(String s) {
        String[] groups = s.split("=", -1);
        Map<String, Object> pn = new java.util.LinkedHashMap<>();
        String[] names = {"Alphabetic", "Ideographic", "Phonetic"};
        for (int i = 0; i < Math.min(groups.length, 3); i++) {
            pn.put(names[i], groups[i]);
        }
        return pn;
    }

    /** Drops the padding the reference drops: trailing spaces and NULs (and leading spaces of AE, DS, IS). */
    private static String strip(String s, VR vr) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0)) {
            end--;
        }
        int start = 0;
        if (vr == VR.AE || vr == VR.DS || vr == VR.IS) {
            while (start < end && s.charAt(start) == ' ') {
                start++;
            }
        }
        return s.substring(start, end);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        return (List<Object>) o;
    }

    private void note(String path, Rule rule, String detail) {
        differences.add(new Difference(path, rule, detail));
    }

    private void unexplained(String path, String detail) {
        differences.add(new Difference(path, null, detail));
    }
}

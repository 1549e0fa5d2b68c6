package dev.iodine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.TransferSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads the DICOM JSON model of PS3.18 Annex F back into a {@link Dataset}: the inverse of {@link DicomJsonWriter}.
 *
 * <p>IS and DS accept JSON numbers (whose literal text becomes the value, unchanged) and strings (CP 1861).
 * {@code InlineBinary} is little endian. A {@code BulkDataURI} of the {@code file:} form Iodine writes
 * ({@code file:///path?offset=N&length=M}) is read from that file, its words swapped when the JSON's (0002,0010)
 * is Explicit VR Big Endian; other URIs are refused with an exception naming the element. Encapsulated Pixel Data
 * (when (0002,0010) names an encapsulated transfer syntax) is split back into its items. Group 0002 elements stay in
 * the returned dataset; {@link #splitFileMeta} separates them.
 *
 * <pre>{@code
 * Dataset ds = new DicomJsonReader().read(Files.newInputStream(Path.of("ct.json")));
 * Dataset meta = DicomJsonReader.splitFileMeta(ds);   // group 0002, removed from ds
 * }</pre>
 *
 * <p>Malformed input ends in an {@link IOException} naming the line, column and element. Nesting deeper than
 * {@link #MAX_DEPTH} sequences is refused, so that a hostile document cannot exhaust the stack.
 */
public final class DicomJsonReader {

    /** The deepest sequence nesting accepted. */
    public static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Base64 of large pixel data is one long string; the length limit is what the heap allows.
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    /** One element as parsed, applied once its dataset is complete (Specific Character Set first). */
    private record Element(int tag, VR vr, List<Object> values, byte[] binary, String bulkDataUri,
            JsonLocation where) {
    }

    /** Reads one JSON object (UTF-8) as a dataset. */
    public Dataset read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(p.currentLocation(), null, "expected a JSON object (a DICOM JSON dataset)");
            }
            p.nextToken();
            List<Element> elements = fields(p, 0);
            if (p.nextToken() != null) {
                throw error(p.currentLocation(), null, "unexpected content after the dataset object");
            }
            Dataset ds = new Dataset();
            TransferSyntax ts = transferSyntaxOf(elements);
            apply(ds, elements, ts, true);
            return ds;
        } catch (JsonProcessingException e) {
            // Jackson's own message spans lines and names no DICOM element: keep its reason and location only.
            throw error(e.getLocation(), null, e.getOriginalMessage().replace('\n', ' '));
        }
    }

    /** Reads a JSON string as a dataset. */
    public Dataset read(String json) throws IOException {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Moves the File Meta Information elements (group 0002) of {@code dataset} into a new dataset and returns it
     * (empty when there are none).
     */
    public static Dataset splitFileMeta(Dataset dataset) {
        Dataset meta = new Dataset();
        // Not only the first elements: group 0001 (illegal, but met in real files) sorts before 0002.
        for (int i = 0; i < dataset.size(); ) {
            int tag = dataset.tagAt(i);
            if (Tag.group(tag) == 0x0002) {
                meta.addValue(tag, dataset.vrAt(i), dataset.bytesAt(i));
                dataset.remove(tag);
            } else if (Tag.group(tag) > 0x0002) {
                break;
            } else {
                i++;
            }
        }
        return meta;
    }

    /** The elements of an object whose first token (a field name or the end) is the current one. */
    private List<Element> fields(JsonParser p, int depth) throws IOException {
        List<Element> elements = new ArrayList<>();
        for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
            JsonLocation where = p.currentLocation();
            String key = p.currentName();
            int tag;
            try {
                if (key.length() != 8) {
                    throw new IllegalArgumentException();
                }
                tag = Tag.parse(key);
            } catch (IllegalArgumentException e) {
                throw error(where, null, "\"" + key + "\" is not a tag (8 hex digits)");
            }
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(where, key, "expected an attribute object {\"vr\":...}");
            }
            elements.add(element(p, tag, key, where, depth));
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw error(p.currentLocation(), null, "expected a tag or the end of the object");
        }
        return elements;
    }

    private Element element(JsonParser p, int tag, String key, JsonLocation where, int depth) throws IOException {
        VR vr = null;
        List<Object> values = null;
        byte[] binary = null;
        String uri = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "vr" -> vr = vrOf(p, key, t);
                case "Value" -> values = values(p, key, depth);
                case "InlineBinary" -> binary = base64(p, key, t);
                case "BulkDataURI" -> {
                    if (t != JsonToken.VALUE_STRING) {
                        throw error(p.currentLocation(), key, "BulkDataURI must be a string");
                    }
                    uri = p.getText();
                }
                default -> p.skipChildren();
            }
        }
        if (vr == null) {
            throw error(where, key, "no \"vr\" (PS3.18 F.2.2 requires it)");
        }
        if ((values != null ? 1 : 0) + (binary != null ? 1 : 0) + (uri != null ? 1 : 0) > 1) {
            throw error(where, key, "more than one of Value, InlineBinary and BulkDataURI");
        }
        if ((binary != null || uri != null) && !DicomJsonWriter.isBinary(vr)) {
            throw error(where, key, "InlineBinary or BulkDataURI with VR " + vr + " (only OB, OD, OF, OL, OV, OW, UN)");
        }
        if (values != null && DicomJsonWriter.isBinary(vr)) {
            throw error(where, key, "\"Value\" with VR " + vr + " (binary values are InlineBinary or BulkDataURI)");
        }
        if (values != null) {
            checkValues(values, vr, key, where);
        }
        return new Element(tag, vr, values, binary, uri, where);
    }

    private VR vrOf(JsonParser p, String key, JsonToken t) throws IOException {
        String text = t == JsonToken.VALUE_STRING ? p.getText() : "";
        try {
            return VR.of(text);
        } catch (IllegalArgumentException e) {
            throw error(p.currentLocation(), key, "\"" + text + "\" is not a VR of PS3.5");
        }
    }

    private byte[] base64(JsonParser p, String key, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw error(p.currentLocation(), key, "InlineBinary must be a base64 string");
        }
        try {
            return Base64.getDecoder().decode(p.getText());
        } catch (IllegalArgumentException e) {
            throw error(p.currentLocation(), key, "InlineBinary is not base64: " + e.getMessage());
        }
    }

    /** A PN value given as an object of component groups, joined into PN text. */
    private record PersonNameText(String text) {
    }

    /** A JSON number's literal text. */
    private record NumberText(String text) {
    }

    /**
     * The values of a "Value" array, read without the VR (JSON does not order "vr" before "Value"): items as
     * element lists, PN objects as {@link PersonNameText}, numbers as {@link NumberText}, strings, nulls.
     */
    private List<Object> values(JsonParser p, String key, int depth) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(p.currentLocation(), key, "\"Value\" must be an array");
        }
        List<Object> values = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            switch (t) {
                case START_OBJECT -> values.add(objectValue(p, key, depth));
                case VALUE_NULL -> values.add(null);
                // The literal as written: for IS/DS it becomes the value text unchanged.
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> values.add(new NumberText(p.getText()));
                case VALUE_STRING -> values.add(p.getText());
                default -> throw error(p.currentLocation(), key, "unexpected " + t + " in a Value array");
            }
        }
        return values;
    }

    /** An object in a Value array: a PN (component group names) or a sequence item (tags). */
    private Object objectValue(JsonParser p, String key, int depth) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.FIELD_NAME && isGroupName(p.currentName())) {
            return personName(p, key);
        }
        if (depth + 1 > MAX_DEPTH) {
            throw error(p.currentLocation(), null, "sequences nested deeper than " + MAX_DEPTH);
        }
        return fields(p, depth + 1);
    }

    private static boolean isGroupName(String name) {
        return name.equals("Alphabetic") || name.equals("Ideographic") || name.equals("Phonetic");
    }

    /** Checks the parsed values against the VR, now that both are known. */
    private void checkValues(List<Object> values, VR vr, String key, JsonLocation where) throws IOException {
        for (Object v : values) {
            // {} is an empty item, or an empty name: a PN object with no group.
            boolean emptyName = vr == VR.PN && v instanceof List<?> l && l.isEmpty();
            if (vr == VR.SQ ? !(v instanceof List) : v instanceof List && !emptyName) {
                throw error(where, key, vr == VR.SQ ? "a sequence's values must be objects (items)"
                        : "an item in a " + vr + " Value");
            }
            if (v instanceof PersonNameText && vr != VR.PN) {
                throw error(where, key, "a person name object in a " + vr + " Value");
            }
            if (v instanceof NumberText && !isNumeric(vr)) {
                throw error(where, key, "a number in a " + vr + " Value");
            }
        }
    }

    private static boolean isNumeric(VR vr) {
        return switch (vr) {
            case IS, DS, FL, FD, US, SS, UL, SL, SV, UV -> true;
            default -> false;
        };
    }

    /** A PN object whose first field name is the current token. */
    private PersonNameText personName(JsonParser p, String key) throws IOException {
        String[] groups = new String[3];
        for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
            String name = p.currentName();
            int g = switch (name) {
                case "Alphabetic" -> 0;
                case "Ideographic" -> 1;
                case "Phonetic" -> 2;
                default -> throw error(p.currentLocation(), key, "\"" + name + "\" is not a PN component group");
            };
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw error(p.currentLocation(), key, name + " must be a string");
            }
            groups[g] = p.getText();
        }
        int last = 2;
        while (last >= 0 && (groups[last] == null || groups[last].isEmpty())) {
            last--;
        }
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g <= last; g++) {
            if (g > 0) {
                sb.append('=');
            }
            sb.append(groups[g] == null ? "" : groups[g]);
        }
        return new PersonNameText(sb.toString());
    }

    private static TransferSyntax transferSyntaxOf(List<Element> elements) {
        for (Element e : elements) {
            if (e.tag() == 0x00020010 && e.values() != null && !e.values().isEmpty() && e.values().get(0) != null) {
                return TransferSyntax.forUid(text(e.values().get(0)).strip());
            }
        }
        return null;
    }

    private void apply(Dataset ds, List<Element> elements, TransferSyntax ts, boolean topLevel) throws IOException {
        // Strings are encoded with the dataset's Specific Character Set, so it goes in first.
        for (Element e : elements) {
            if (e.tag() == Tag.SPECIFIC_CHARACTER_SET) {
                put(ds, e, ts, topLevel);
            }
        }
        for (Element e : elements) {
            if (e.tag() != Tag.SPECIFIC_CHARACTER_SET) {
                put(ds, e, ts, topLevel);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void put(Dataset ds, Element e, TransferSyntax ts, boolean topLevel) throws IOException {
        int tag = e.tag();
        VR vr = e.vr();
        if (vr == VR.SQ) {
            Sequence seq = ds.newSequence(tag);
            if (e.values() != null) {
                for (Object item : e.values()) {
                    apply(seq.addItem(), (List<Element>) item, ts, false);
                }
            }
            return;
        }
        if (DicomJsonWriter.isBinary(vr)) {
            byte[] bytes = e.binary() != null ? e.binary() : e.bulkDataUri() != null ? bulk(e, vr, ts) : new byte[0];
            if (topLevel && tag == Tag.PIXEL_DATA && ts != null && ts.encapsulated() && bytes.length > 0) {
                fragments(ds.newFragments(tag, vr), bytes, e);
            } else {
                // As given, odd length included: the writer pads when it encodes (PS3.5 7.1.1).
                ds.addValue(tag, vr, bytes);
            }
            return;
        }
        List<Object> values = e.values();
        if (values == null || values.isEmpty()) {
            ds.setEmpty(tag, vr);
            return;
        }
        try {
            switch (vr) {
                case FL, FD -> ds.setDouble(tag, vr, doubles(values));
                case US, SS, UL, SL, SV -> ds.setLong(tag, vr, longs(values, false));
                case UV -> ds.setLong(tag, vr, longs(values, true));
                case AT -> ds.setTags(tag, tags(values));
                default -> ds.setString(tag, vr, strings(values));
            }
        } catch (IllegalArgumentException | ClassCastException e2) {
            throw error(e.where(), Tag.toHex(tag), "bad " + vr + " value " + values + ": " + e2.getMessage());
        }
    }

    private static String[] strings(List<Object> values) {
        String[] s = new String[values.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = values.get(i) == null ? "" : text(values.get(i));
        }
        return s;
    }

    private static double[] doubles(List<Object> values) {
        double[] d = new double[values.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = Double.parseDouble(required(values.get(i)));
        }
        return d;
    }

    private static long[] longs(List<Object> values, boolean unsigned) {
        long[] l = new long[values.size()];
        for (int i = 0; i < l.length; i++) {
            String s = required(values.get(i));
            l[i] = unsigned ? Long.parseUnsignedLong(s) : Long.parseLong(s);
        }
        return l;
    }

    private static int[] tags(List<Object> values) {
        int[] t = new int[values.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = Tag.parse(required(values.get(i)));
        }
        return t;
    }

    private static String required(Object value) {
        if (value == null) {
            // A binary VR has a fixed size per value: there is no empty value to stand for null.
            throw new IllegalArgumentException("null is not allowed for a binary number");
        }
        return text(value);
    }

    private static String text(Object value) {
        return value instanceof NumberText n ? n.text() : value instanceof PersonNameText pn ? pn.text()
                : value instanceof List ? "" : (String) value;
    }

    private byte[] bulk(Element e, VR vr, TransferSyntax ts) throws IOException {
        String uri = e.bulkDataUri();
        if (!FileRange.isFileRange(uri)) {
            throw error(e.where(), Tag.toHex(e.tag()), "cannot resolve BulkDataURI \"" + uri
                    + "\" (only file:///path?offset=N&length=M is supported)");
        }
        byte[] bytes;
        try {
            bytes = FileRange.read(uri);
        } catch (IOException ex) {
            throw error(e.where(), Tag.toHex(e.tag()), ex.getMessage());
        }
        boolean encapsulatedPixels = e.tag() == Tag.PIXEL_DATA && ts != null && ts.encapsulated();
        if (ts != null && ts.bigEndian() && !encapsulatedPixels) {
            Bytes.swap(bytes, 0, bytes.length, vr.binaryValueSize());
        }
        return bytes;
    }

    /** Splits encapsulated items (PS3.5 A.4; a trailing sequence delimiter is allowed) into fragments. */
    private void fragments(Fragments f, byte[] stream, Element e) throws IOException {
        int pos = 0;
        while (pos < stream.length) {
            if (pos + BinaryValues.ITEM_HEADER > stream.length) {
                throw error(e.where(), Tag.toHex(e.tag()), "encapsulated Pixel Data ends at byte " + pos
                        + " inside an item header");
            }
            int tag = Bytes.getTag(stream, pos, false);
            long length = Bytes.getInt(stream, pos + 4, false) & 0xFFFFFFFFL;
            pos += BinaryValues.ITEM_HEADER;
            if (tag == Tag.SEQUENCE_DELIMITATION) {
                return;
            }
            if (tag != Tag.ITEM || length > stream.length - pos) {
                throw error(e.where(), Tag.toHex(e.tag()), "encapsulated Pixel Data: expected an item (FFFE,E000)"
                        + " within the value at byte " + (pos - BinaryValues.ITEM_HEADER) + ", found "
                        + Tag.toString(tag) + " of length " + length);
            }
            f.add(java.util.Arrays.copyOfRange(stream, pos, pos + (int) length));
            pos += (int) length;
        }
    }

    private static IOException error(JsonLocation where, String key, String what) {
        String at = where == null ? "" : "line " + where.getLineNr() + " column " + where.getColumnNr() + ": ";
        return new IOException("DICOM JSON " + at + (key == null ? "" : "element " + key + ": ") + what);
    }
}

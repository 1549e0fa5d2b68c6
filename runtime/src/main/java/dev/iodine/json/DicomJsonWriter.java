package dev.iodine.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.PersonName;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes datasets in the DICOM JSON model of PS3.18 Annex F: one object per dataset, keyed by the eight
 * upper-case hex digits of each tag, each element an object with {@code vr} and its values.
 *
 * <ul>
 *   <li>Strings as JSON strings, padding removed; PN as objects with {@code Alphabetic}, {@code Ideographic},
 *       {@code Phonetic} (F.2.2), only the groups the value has.</li>
 *   <li>IS and DS as JSON numbers written with the original text of the value, so that nothing is lost
 *       (F.2.3); a value whose text is not a JSON number literal ({@code +5}, {@code 007}, {@code .5}) is a JSON
 *       string, as CP 1861 allows. FL, FD and the binary integers as JSON numbers; FL with the short text of
 *       the 32-bit value; NaN and infinities, which JSON cannot write as numbers, as the strings {@code "NaN"},
 *       {@code "Infinity"}, {@code "-Infinity"}.</li>
 *   <li>AT as 8 hex digit strings; OB, OD, OF, OL, OV, OW, UN as {@code InlineBinary} (base64) in little endian
 *       byte order, or as a {@code BulkDataURI} above the bulk data threshold when a {@link BulkDataLocator} gives
 *       one (F.2.6, F.2.7). Encapsulated Pixel Data is OB, its value the encapsulated items with their headers
 *       (PS3.5 A.4), as in the file, without the sequence delimiter.</li>
 *   <li>Sequences as arrays of objects; an empty element (or empty sequence) has no {@code Value} (F.2.5), and an
 *       empty value among several is {@code null}.</li>
 * </ul>
 *
 * <pre>{@code
 * DicomFile f = DicomReader.read(path);
 * new DicomJsonWriter().write(f.fileMeta(), f.dataset(), System.out);
 * String json = new DicomJsonWriter().withPrettyPrint(true).toJson(dataset);
 * DicomJsonWriter bulk = new DicomJsonWriter().withBulkData(1024, BulkDataLocator.fileRanges());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DicomJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final long bulkDataThreshold;
    private final BulkDataLocator locator;
    private final boolean pretty;

    /** A writer that writes every value inline, on one line. */
    public DicomJsonWriter() {
        this(Long.MAX_VALUE, null, false);
    }

    private DicomJsonWriter(long bulkDataThreshold, BulkDataLocator locator, boolean pretty) {
        this.bulkDataThreshold = bulkDataThreshold;
        this.locator = locator;
        this.pretty = pretty;
    }

    /**
     * A writer that writes binary values longer than {@code thresholdBytes} as a {@code BulkDataURI} given by
     * {@code locator} (inline when the locator has none for a value).
     */
    public DicomJsonWriter withBulkData(long thresholdBytes, BulkDataLocator locator) {
        if (thresholdBytes < 0) {
            throw new IllegalArgumentException("bulk data threshold must not be negative: " + thresholdBytes);
        }
        return new DicomJsonWriter(thresholdBytes, locator, pretty);
    }

    /** A writer that indents its output (two spaces per level), for people to read. */
    public DicomJsonWriter withPrettyPrint(boolean prettyPrint) {
        return new DicomJsonWriter(bulkDataThreshold, locator, prettyPrint);
    }

    /** Writes one dataset as a JSON object in UTF-8. */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        write(null, dataset, out);
    }

    /**
     * Writes a file's File Meta Information (group 0002) and data set as one JSON object, the meta elements first,
     * so that the transfer syntax travels with the values and the file can be rebuilt from the JSON.
     *
     * @param fileMeta the group 0002 elements, or {@code null}
     */
    public void write(Dataset fileMeta, Dataset dataset, OutputStream out) throws IOException {
        write(fileMeta, dataset, FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    /** Like {@link #write(Dataset, Dataset, OutputStream)}, to a character stream. */
    public void write(Dataset fileMeta, Dataset dataset, Writer out) throws IOException {
        write(fileMeta, dataset, FACTORY.createGenerator(out));
    }

    private void write(Dataset fileMeta, Dataset dataset, JsonGenerator generator) throws IOException {
        try (JsonGenerator g = generator) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            // One object in ascending tag order (F.2.2), the meta's group 0002 merged in where it sorts.
            Dataset meta = fileMeta == null ? new Dataset() : fileMeta;
            int m = 0;
            int d = 0;
            while (m < meta.size() || d < dataset.size()) {
                boolean fromMeta = d == dataset.size()
                        || m < meta.size() && Integer.compareUnsigned(meta.tagAt(m), dataset.tagAt(d)) < 0;
                if (fromMeta) {
                    element(g, meta, m++);
                } else {
                    element(g, dataset, d++);
                }
            }
            g.writeEndObject();
        }
    }

    /** The JSON of one dataset as a string. */
    public String toJson(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void elements(JsonGenerator g, Dataset ds) throws IOException {
        for (int i = 0; i < ds.size(); i++) {
            element(g, ds, i);
        }
    }

    private void element(JsonGenerator g, Dataset ds, int i) throws IOException {
        int tag = ds.tagAt(i);
        if (Tag.isGroupLength(tag)) {
            // "Group Length (gggg,0000) attributes shall not be included" (F.2.2); a writer recomputes them.
            return;
        }
        Object value = ds.valueAt(i);
        // Encapsulated Pixel Data is OB whatever an old file said (PS3.5 A.4).
        VR vr = value instanceof Sequence ? VR.SQ : value instanceof Fragments ? VR.OB : ds.decodingVRAt(i);
        g.writeFieldName(Tag.toHex(tag));
        g.writeStartObject();
        g.writeStringField("vr", vr.name());
        if (value instanceof Sequence seq) {
            sequence(g, seq);
        } else if (value instanceof Fragments || isBinary(vr)) {
            binary(g, ds, i, vr);
        } else {
            values(g, ds, tag, vr);
        }
        g.writeEndObject();
    }

    /**
     * The VR to show: a UN element of a public tag with its dictionary VR, as the dataset's getters read it
     * (PS3.5 6.2.2 lets a reader that knows the tag use its VR); a private UN stays UN.
     */
    static boolean isBinary(VR vr) {
        return switch (vr) {
            case OB, OD, OF, OL, OV, OW, UN -> true;
            default -> false;
        };
    }

    private void sequence(JsonGenerator g, Sequence seq) throws IOException {
        if (seq.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("Value");
        for (Dataset item : seq) {
            g.writeStartObject();
            elements(g, item);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void binary(JsonGenerator g, Dataset ds, int index, VR vr) throws IOException {
        long length = BinaryValues.length(ds, index);
        if (length == 0) {
            return;
        }
        if (locator != null && length > bulkDataThreshold) {
            String uri = locator.uriOf(ds, index);
            if (uri != null) {
                g.writeStringField("BulkDataURI", uri);
                return;
            }
        }
        g.writeFieldName("InlineBinary");
        byte[] bytes = BinaryValues.littleEndianBytes(ds, index, vr);
        g.writeBinary(bytes);
    }

    /** Writes "Value" (none at all for an empty element, F.2.5). */
    private static void values(JsonGenerator g, Dataset ds, int tag, VR vr) throws IOException {
        // Numbers decoded as numbers; strings (and AT, given as 8 hex digits, F.2.3) as text.
        Object values = switch (vr) {
            case FL, FD -> ds.getDoubles(tag);
            case US, SS, UL, SL, SV, UV -> ds.getLongs(tag);
            default -> ds.getStrings(tag);
        };
        int count = java.lang.reflect.Array.getLength(values);
        if (count == 0) {
            return;
        }
        g.writeArrayFieldStart("Value");
        for (int k = 0; k < count; k++) {
            if (values instanceof double[] d) {
                floating(g, vr, d[k]);
            } else if (values instanceof long[] l) {
                if (vr == VR.UV) {
                    g.writeNumber(Long.toUnsignedString(l[k]));
                } else {
                    g.writeNumber(l[k]);
                }
            } else {
                text(g, vr, ((String[]) values)[k]);
            }
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, VR vr, String s) throws IOException {
        if (vr == VR.PN) {
            personName(g, s);
        } else if (vr == VR.IS || vr == VR.DS) {
            decimalText(g, s);
        } else if (s.isEmpty()) {
            g.writeNull();
        } else {
            g.writeString(s);
        }
    }

    private static void personName(JsonGenerator g, String value) throws IOException {
        if (value.isEmpty()) {
            g.writeNull();
            return;
        }
        PersonName pn = PersonName.parse(value);
        g.writeStartObject();
        group(g, pn, PersonName.Group.ALPHABETIC, "Alphabetic");
        group(g, pn, PersonName.Group.IDEOGRAPHIC, "Ideographic");
        group(g, pn, PersonName.Group.PHONETIC, "Phonetic");
        g.writeEndObject();
    }

    private static void group(JsonGenerator g, PersonName pn, PersonName.Group group, String name) throws IOException {
        String text = pn.group(group);
        // An empty group is not written (F.2.2 lists only the groups a name has).
        if (text != null && !text.isEmpty()) {
            g.writeStringField(name, text);
        }
    }

    private static void decimalText(JsonGenerator g, String text) throws IOException {
        String s = text.strip();
        if (s.isEmpty()) {
            g.writeNull();
        } else if (JsonNumbers.isJsonNumber(s)) {
            g.writeNumber(s);
        } else {
            g.writeString(s);
        }
    }

    private static void floating(JsonGenerator g, VR vr, double d) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            g.writeString(Double.toString(d));
        } else {
            g.writeNumber(vr == VR.FL ? Float.toString((float) d) : Double.toString(d));
        }
    }
}

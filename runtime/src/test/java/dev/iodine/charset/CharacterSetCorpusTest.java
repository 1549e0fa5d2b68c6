package dev.iodine.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.VR;
import dev.iodine.testdata.Corpus;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text value that the Specific Character Set governs (SH, LO, ST, LT, UT, PN, UC), in every Explicit VR
 * Little Endian file of the corpus, decoded from its raw bytes and compared with pydicom's reference JSON, with the
 * character set of the enclosing data set or item (items may declare their own, as chrSQEncoding does).
 */
class CharacterSetCorpusTest {

    private int files;
    private int charsetFiles;
    private int compared;
    private int nonAscii;
    private final List<String> unscanned = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();

    @Test
    void textValuesEqualTheReferenceJson() throws IOException {
        Corpus corpus = Corpus.require();
        for (Corpus.Entry e : corpus.entries()) {
            if (e.referenceJson().isEmpty() || !"1.2.840.10008.1.2.1".equals(e.transferSyntax())) {
                continue;
            }
            Map<Integer, ExplicitVrScan.Element> ds;
            try {
                ds = ExplicitVrScan.read(e.path());
            } catch (UnsupportedOperationException | BufferUnderflowException ex) {
                unscanned.add(e + ": " + ex);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) MiniJson.parse(
                    Files.readString(e.referenceJson().get(), StandardCharsets.UTF_8));
            files++;
            if (e.relativePath().contains("charset_files")) {
                charsetFiles++;
            }
            compare(e.toString(), ds, json, SpecificCharacterSet.DEFAULT);
        }
        System.out.printf("charset corpus: %d files (%d charset_files), %d text values compared, %d with bytes"
                + " above 7F, %d mismatches, %d files not scanned%n", files, charsetFiles, compared, nonAscii,
                mismatches.size(), unscanned.size());
        unscanned.forEach(u -> System.out.println("  not scanned: " + u));
        mismatches.stream().limit(40).forEach(m -> System.out.println("  MISMATCH " + m));
        assertEquals(17, charsetFiles, "every file of charset_files is Explicit VR Little Endian and was compared");
        assertTrue(nonAscii > 0, "the corpus has non-ASCII names to compare");
        assertEquals(List.of(), mismatches);
    }

    @SuppressWarnings("unchecked")
    private void compare(String where, Map<Integer, ExplicitVrScan.Element> ds, Map<String, Object> json,
            SpecificCharacterSet inherited) {
        SpecificCharacterSet cs = inherited;
        ExplicitVrScan.Element sc = ds.get(0x00080005);
        if (sc != null) {
            cs = SpecificCharacterSet.of(new String(sc.value(), StandardCharsets.ISO_8859_1).split("\\\\", -1));
        }
        for (Map.Entry<Integer, ExplicitVrScan.Element> en : ds.entrySet()) {
            String key = String.format("%08X", en.getKey());
            Map<String, Object> ref = (Map<String, Object>) json.get(key);
            ExplicitVrScan.Element el = en.getValue();
            if (ref == null || !(ref.get("Value") instanceof List)) {
                continue;
            }
            List<Object> refValues = (List<Object>) ref.get("Value");
            if (el.items() != null) {
                for (int i = 0; i < Math.min(el.items().size(), refValues.size()); i++) {
                    compare(where + " " + key + "[" + i + "]", el.items().get(i), (Map<String, Object>) refValues.get(i), cs);
                }
                continue;
            }
            VR vr = VR.of(el.vr());
            if (!SpecificCharacterSet.appliesTo(vr)) {
                continue;
            }
            compared++;
            for (byte b : el.value()) {
                if (b < 0) {
                    nonAscii++;
                    break;
                }
            }
            List<Object> mine = values(cs.decode(el.value(), 0, el.value().length, vr), vr);
            List<Object> theirs = new ArrayList<>();
            for (Object v : refValues) {
                theirs.add(v == null ? "" : v);
            }
            if (!mine.equals(theirs)) {
                mismatches.add(where + " " + key + " " + vr + " [" + cs + "]: " + mine + " != " + theirs);
            }
        }
    }

    /** The decoded value split as pydicom's JSON has it: trailing spaces and NULs off, PN as component groups. */
    private static List<Object> values(String text, VR vr) {
        String[] parts = vr.isMultiValuedString() ? text.split("\\\\", -1) : new String[] {text};
        List<Object> out = new ArrayList<>();
        for (String p : parts) {
            String v = p.replaceAll("[ \\x00]+$", "");
            if (vr != VR.PN) {
                out.add(v);
                continue;
            }
            Map<String, Object> groups = new LinkedHashMap<>();
            String[] g = v.split("=", -1);
            String[] names = {"Alphabetic", "Ideographic", "Phonetic"};
            for (int i = 0; i < Math.min(3, g.length); i++) {
                if (!g[i].isEmpty()) {
                    groups.put(names[i], g[i]);
                }
            }
            out.add(groups.isEmpty() ? "" : groups);
        }
        return out;
    }
}

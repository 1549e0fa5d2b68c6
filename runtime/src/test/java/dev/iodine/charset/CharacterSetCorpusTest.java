package dev.iodine.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import dev.iodine.testdata.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text value that the Specific Character Set governs (SH, LO, ST, LT, UT, PN, UC), in every corpus file that
 * pydicom reads, decoded here from the raw bytes {@link DicomReader} kept, with the character set of the enclosing
 * data set or item (items may declare their own, as chrSQEncoding does), and compared with pydicom's reference
 * JSON. The reader's own string getters are the core tests' business; this one checks the decoding alone.
 */
class CharacterSetCorpusTest {

    private int files;
    private int charsetFiles;
    private int compared;
    private int nonAscii;
    private final List<String> unscanned = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> reencodeMismatches = new ArrayList<>();
    private final List<String> reencodedOtherwise = new ArrayList<>();
    private int reencodedIdentical;

    /** Clunie's samples of the PS3.5 Annex H, I and J examples (pydicom charset_files/FileInfo.txt). */
    private static final Pattern ANNEX_SAMPLES = Pattern.compile("charset_files/chr(H31|H32|I2|X1|X2)\\.dcm");

    @Test
    void textValuesEqualTheReferenceJson() throws IOException {
        Corpus corpus = Corpus.require();
        for (Corpus.Entry e : corpus.entries()) {
            if (e.referenceJson().isEmpty()) {
                continue;
            }
            Dataset ds;
            try {
                ds = DicomReader.read(e.path(), ReadOptions.DEFAULT.withForce(true).withLenient(true)).dataset();
            } catch (IOException | RuntimeException ex) {
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
            compare(e.toString(), ds, json);
        }
        System.out.printf("charset corpus: %d files (%d charset_files), %d text values compared, %d mismatches;"
                + " %d with bytes above 7F or ESC, re-encoded: %d byte for byte, %d otherwise but equivalent,"
                + " %d wrong; %d files not read%n", files, charsetFiles, compared, mismatches.size(), nonAscii,
                reencodedIdentical, reencodedOtherwise.size(), reencodeMismatches.size(), unscanned.size());
        reencodedOtherwise.forEach(m -> System.out.println("  re-encoded otherwise: " + m));
        unscanned.forEach(u -> System.out.println("  not read: " + u));
        mismatches.stream().limit(40).forEach(m -> System.out.println("  MISMATCH " + m));
        assertEquals(17, charsetFiles, "every file of charset_files was compared");
        assertTrue(nonAscii > 0, "the corpus has non-ASCII names to compare");
        assertEquals(List.of(), mismatches);
        assertEquals(List.of(), reencodeMismatches, "re-encoded values that lose text or differ from the Annex samples");
        assertTrue(reencodedIdentical > 0, "some values were re-encoded byte for byte");
    }

    @SuppressWarnings("unchecked")
    private void compare(String where, Dataset ds, Map<String, Object> json) {
        SpecificCharacterSet cs = ds.specificCharacterSet();
        for (int i = 0; i < ds.size(); i++) {
            int tag = ds.tagAt(i);
            String key = String.format("%08X", tag);
            Map<String, Object> ref = (Map<String, Object>) json.get(key);
            if (ref == null || !(ref.get("Value") instanceof List)) {
                continue;
            }
            List<Object> refValues = (List<Object>) ref.get("Value");
            Sequence items = ds.getSequence(tag);
            if (items != null) {
                for (int k = 0; k < Math.min(items.size(), refValues.size()); k++) {
                    compare(where + " " + key + "[" + k + "]", items.get(k), (Map<String, Object>) refValues.get(k));
                }
                continue;
            }
            VR vr = ds.vrAt(i);
            if (!SpecificCharacterSet.appliesTo(vr)) {
                continue;
            }
            byte[] raw = ds.getBytes(tag);
            compared++;
            String text = cs.decode(raw, 0, raw.length, vr);
            List<Object> mine = values(text, vr);
            if (nonAsciiValue(raw)) {
                nonAscii++;
                reencode(where, key, vr, cs, raw, text);
            }
            List<Object> theirs = new ArrayList<>();
            for (Object v : refValues) {
                theirs.add(v == null ? "" : v);
            }
            if (!mine.equals(theirs)) {
                mismatches.add(where + " " + key + " " + vr + " [" + cs + "]: " + mine + " != " + theirs);
            }
        }
    }

    /**
     * Writes the value again from its text. It must decode to the same text; for the samples that follow PS3.5
     * Annexes H, I and J it must be the file's bytes. Other writers make other valid choices (a redundant ESC ( B
     * after a G1-only set, ESC ( B instead of ESC ( J after ISO 2022 IR 13), which are counted, not failed.
     */
    private void reencode(String where, String key, VR vr, SpecificCharacterSet cs, byte[] raw, String text) {
        byte[] again = cs.encode(text, vr);
        String what = where + " " + key + " [" + cs + "]: " + Hex.of(raw) + " != " + Hex.of(again);
        if (Arrays.equals(again, raw)) {
            reencodedIdentical++;
        } else if (!text.equals(cs.decode(again, 0, again.length, vr)) || ANNEX_SAMPLES.matcher(where).find()) {
            reencodeMismatches.add(what);
        } else {
            reencodedOtherwise.add(what);
        }
    }

    private static boolean nonAsciiValue(byte[] raw) {
        for (byte b : raw) {
            if (b < 0 || b == 0x1B) {
                return true;
            }
        }
        return false;
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

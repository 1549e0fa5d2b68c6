package dev.iodine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.testdata.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every corpus file pydicom reads is read, and a few top-level values agree with pydicom's reference JSON. */
class CorpusReadTest {

    /** A top-level UI or CS/IS/US value in the reference JSON: "gggggggg":{"vr":"XX","Value":[first,...]}. */
    private static final Pattern FIRST_VALUE = Pattern.compile("\"(00080018|00080060|00280010|00280011|00200013)\":\\{\"vr\":\"(\\w\\w)\",\"Value\":\\[\"?([^\",\\]]*)");

    @Test
    void readsEveryFilePydicomReads() throws IOException {
        Corpus corpus = Corpus.require();
        List<String> failures = new ArrayList<>();
        int files = 0;
        int checked = 0;
        for (Corpus.Entry e : corpus.entries()) {
            String readable = e.readableByPydicom();
            if (!"yes".equals(readable) && !"force".equals(readable)) {
                continue;
            }
            files++;
            ReadOptions options = ReadOptions.DEFAULT.withForce("force".equals(readable));
            if (TRUNCATED.contains(e.relativePath())) {
                checkTruncated(e, options, failures);
                continue;
            }
            try {
                DicomFile f = DicomReader.read(e.path(), options);
                if (e.referenceJson().isPresent()) {
                    checked += compareFirstValues(f.dataset(), Files.readString(e.referenceJson().get(), StandardCharsets.UTF_8), e, failures);
                }
            } catch (IOException | RuntimeException ex) {
                failures.add(e + ": " + ex);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + files + " files failed:\n" + String.join("\n", failures));
        assertTrue(files > 400, "corpus has " + files + " readable files");
        assertTrue(checked > 1000, "compared " + checked + " values");
    }

    /**
     * Files that end before their last value does: pydicom reads what is there; Iodine throws, and reads the
     * elements before the break in lenient mode.
     */
    private static final Set<String> TRUNCATED = Set.of(
            "dcm4che/3gb-bulk-data-truncated",
            "fo-dicom/FO-DICOM.Tests/Test_Data/GH1339.dcm",
            "pydicom-data/emri_small_jpeg_2k_lossless_too_short.dcm",
            "pydicom-debian/test_files/MR_truncated.dcm",
            "pydicom-debian/test_files/rtplan_truncated.dcm",
            "pydicom-debian/test_files/dicomdirtests/DICOMDIR-nooffset");

    private static void checkTruncated(Corpus.Entry e, ReadOptions options, List<String> failures) {
        try {
            DicomReader.read(e.path(), options);
            failures.add(e + ": truncated file read without error");
        } catch (DicomParseException expected) {
            try {
                DicomFile f = DicomReader.read(e.path(), options.withLenient(true));
                if (f.stoppedAt() == null || f.dataset().size() < 5) {
                    failures.add(e + ": lenient read kept " + f.dataset().size() + " elements, stoppedAt " + f.stoppedAt());
                }
            } catch (IOException | RuntimeException ex) {
                failures.add(e + ": lenient read failed: " + ex);
            }
        } catch (IOException | RuntimeException ex) {
            failures.add(e + ": " + ex);
        }
    }

    private static int compareFirstValues(Dataset ds, String json, Corpus.Entry e, List<String> failures) {
        int[] depth = depths(json);
        Matcher m = FIRST_VALUE.matcher(json);
        int n = 0;
        while (m.find()) {
            if (depth[m.start()] != 1) {
                continue; // a value inside a sequence item
            }
            int tag = Integer.parseUnsignedInt(m.group(1), 16);
            String vr = m.group(2);
            String expected = m.group(3);
            String actual = ds.getString(tag);
            n++;
            boolean same = "UI".equals(vr) || "CS".equals(vr) ? expected.equals(actual)
                    : actual != null && Double.parseDouble(expected) == ds.getDouble(tag);
            if (!same) {
                failures.add(e + ": " + m.group(1) + " expected " + expected + " got " + actual);
            }
        }
        return n;
    }

    /** The object nesting depth at each character of a JSON text (1 inside the top-level object). */
    private static int[] depths(String json) {
        int[] d = new int[json.length()];
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    d[i++] = depth;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (i < d.length) {
                d[i] = depth;
            }
        }
        return d;
    }

    @Test
    void readsPixelDataOfEveryEncapsulatedSyntaxAsFragments() throws IOException {
        Corpus corpus = Corpus.require();
        int n = 0;
        for (Corpus.Entry e : corpus.entries()) {
            String ts = e.transferSyntax();
            if ("yes".equals(e.readableByPydicom()) && ts != null && ts.startsWith("1.2.840.10008.1.2.4")) {
                Dataset ds = DicomReader.read(e.path(), ReadOptions.DEFAULT.withLenient(true)).dataset();
                if (ds.contains(0x7FE00010)) {
                    assertTrue(ds.getFragments(0x7FE00010).fragmentCount() > 0, e.toString());
                    n++;
                }
            }
        }
        assertEquals(true, n > 100, "encapsulated files read: " + n);
    }
}

package dev.iodine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.testdata.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Writing corpus files back: as read byte for byte, and through every uncompressed transfer syntax by value. */
class WriterCorpusTest {

    private static final int[] REQUIRED_META = {0x00020000, 0x00020001, 0x00020002, 0x00020003, 0x00020010, 0x00020012};

    /** Well-formed: preamble, a meta group with every required element (PS3.10 7.1), read without warnings. */
    private static boolean wellFormed(DicomFile f) {
        if (f.preamble() == null || !f.warnings().isEmpty() || f.stoppedAt() != null) {
            return false;
        }
        return Arrays.stream(REQUIRED_META).allMatch(f.fileMeta()::contains);
    }

    /**
     * Marks every dataset of a tree as changed (an item's length encoding set to what it is), so that writing it
     * as read encodes each element instead of copying the untouched datasets' verbatim bytes.
     */
    private static void touchAll(Dataset ds) {
        ds.setUndefinedItemLength(ds.undefinedItemLength());
        for (int i = 0; i < ds.size(); i++) {
            if (ds.valueAt(i) instanceof Sequence seq) {
                seq.forEach(WriterCorpusTest::touchAll);
            }
        }
    }

    /**
     * The number of corpus files pydicom reads that {@code which} selects, each written as read twice: untouched
     * (datasets copied as their verbatim bytes) and, unless deflated, with every dataset touched (every element
     * encoded); differences added to {@code failures}.
     */
    private static int writeAsRead(Predicate<DicomFile> which, List<String> failures) throws IOException {
        int files = 0;
        for (Corpus.Entry e : Corpus.require().entries()) {
            if (!"yes".equals(e.readableByPydicom())) {
                continue;
            }
            byte[] original = Files.readAllBytes(e.path());
            DicomFile f = DicomReader.read(original, ReadOptions.DEFAULT.withLenient(true));
            if (!which.test(f)) {
                continue;
            }
            files++;
            byte[] written = DicomWriter.toBytes(f, WriteOptions.DEFAULT);
            touchAll(f.dataset());
            // A touched deflated data set is deflated anew, so only its inflated bytes could be compared.
            byte[] encoded = f.transferSyntax().deflated() ? written : DicomWriter.toBytes(f, WriteOptions.DEFAULT);
            for (byte[] w : new byte[][] {written, encoded}) {
                if (!Arrays.equals(original, w)) {
                    failures.add(e + (w == written ? " untouched" : " touched") + ": first difference at offset "
                            + Arrays.mismatch(original, w) + " (lengths " + original.length + "/" + w.length + ")");
                }
            }
        }
        return files;
    }

    @Test
    void writingAsReadReproducesEveryWellFormedFileByteForByte() throws IOException {
        List<String> failures = new ArrayList<>();
        int files = writeAsRead(WriterCorpusTest::wellFormed, failures);
        assertTrue(failures.isEmpty(), failures.size() + " files differ:\n" + String.join("\n", failures));
        assertTrue(files > 350, "byte-for-byte round trips: " + files);
    }

    /**
     * Deflated files come back byte for byte too, although the corpus's ones end with a gzip trailer after the
     * deflate stream (a warning, so not "well-formed" above): an untouched deflated data set is written as read.
     */
    @Test
    void writingAsReadReproducesEveryDeflatedFileByteForByte() throws IOException {
        List<String> failures = new ArrayList<>();
        int files = writeAsRead(f -> f.transferSyntax().deflated() && f.stoppedAt() == null, failures);
        assertTrue(failures.isEmpty(), failures.size() + " files differ:\n" + String.join("\n", failures));
        // dcm4che/report_dfl, dicomParser/testImages/deflate/wave_dfl, pydicom-debian/test_files/image_dfl.dcm
        assertTrue(files >= 3, "deflated files: " + files);
    }

    @Test
    void aChangedDeflatedCorpusFileIsDeflatedAnewWithTheChange() throws IOException {
        Path path = Corpus.require().root().resolve("dicomParser/testImages/deflate/wave_dfl");
        byte[] original = Files.readAllBytes(path);
        DicomFile f = DicomReader.read(original, ReadOptions.DEFAULT);
        f.dataset().setString(0x00100010, VR.PN, "Changed^Name");
        byte[] written = DicomWriter.toBytes(f, WriteOptions.DEFAULT);
        assertFalse(Arrays.equals(original, written));
        DicomFile back = DicomReader.read(written, ReadOptions.DEFAULT);
        assertTrue(back.transferSyntax().deflated());
        assertEquals("Changed^Name", back.dataset().getString(0x00100010));
        List<String> diffs = new ArrayList<>();
        DatasetComparison.compare("", f.dataset(), back.dataset(), diffs);
        assertEquals(List.of(), diffs);
        assertFalse(back.dataset().getSequence(0x54000100).isEmpty(), "Waveform Sequence kept");
    }

    /** A meta group needs the SOP Class and Instance UIDs (PS3.10 7.1); the writer refuses a file that has neither. */
    private static boolean hasSopUids(DicomFile f) {
        return (f.fileMeta().contains(0x00020002) || f.dataset().contains(0x00080016))
                && (f.fileMeta().contains(0x00020003) || f.dataset().contains(0x00080018));
    }

    @Test
    void everyUncompressedSyntaxKeepsEveryValue() throws IOException {
        List<String> failures = new ArrayList<>();
        int conversions = 0;
        for (Corpus.Entry e : Corpus.require().entries()) {
            String readable = e.readableByPydicom();
            if (!"yes".equals(readable) && !"force".equals(readable)) {
                continue;
            }
            DicomFile f = DicomReader.read(e.path(), ReadOptions.DEFAULT.withForce("force".equals(readable)).withLenient(true));
            if (f.transferSyntax().encapsulated() || f.stoppedAt() != null || !hasSopUids(f)) {
                continue;
            }
            for (TransferSyntax ts : new TransferSyntax[] {TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
                    TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN}) {
                try {
                    byte[] written = DicomWriter.toBytes(f, WriteOptions.DEFAULT.withTransferSyntax(ts));
                    DicomFile back = DicomReader.read(written, ReadOptions.DEFAULT);
                    if (!back.transferSyntax().uid().equals(ts.uid()) || back.warnings().size() > f.warnings().size()) {
                        failures.add(e + " -> " + ts.keyword() + ": read back as " + back.transferSyntax().keyword() + " " + back.warnings());
                    }
                    List<String> diffs = new ArrayList<>();
                    DatasetComparison.compare("", f.dataset(), back.dataset(), diffs,
                            DatasetComparison.DIRECTORY_OFFSETS);
                    if (!diffs.isEmpty()) {
                        failures.add(e + " -> " + ts.keyword() + ": " + diffs.size() + " differences, first " + diffs.get(0));
                    }
                    conversions++;
                } catch (IOException | RuntimeException ex) {
                    failures.add(e + " -> " + ts.keyword() + ": " + ex);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " conversions failed:\n" + String.join("\n", failures));
        assertTrue(conversions > 1000, "conversions: " + conversions);
    }
}

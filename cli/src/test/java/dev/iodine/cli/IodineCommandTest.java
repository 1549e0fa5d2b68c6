package dev.iodine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.DicomWriter;
import dev.iodine.io.WriteOptions;
import dev.iodine.json.DicomJsonReader;
import dev.iodine.testdata.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three commands on real bytes: the sample file, corpus files, and broken copies of them. */
class IodineCommandTest {

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IodineCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String sample() {
        return Samples.ctPhantom().toString();
    }

    /** A copy of the sample cut inside its pixel data. */
    private static Path truncatedSample(Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(Samples.ctPhantom());
        Path cut = dir.resolve("cut.dcm");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 1000));
        return cut;
    }

    private static void assertOneLineError(Run r, String command, String expected) {
        assertEquals(IodineCommand.EXIT_FAILURE, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), "one line on stderr: " + r.err());
        assertTrue(r.err().startsWith("iodine " + command + ": "), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void dumpListsTagVrVmLengthKeywordAndValueWithItemsIndented() {
        Run r = run("dump", sample());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "\\(0010,0010\\) PN 1 +14 +PatientName +Phantom\\^Water")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\(0028,0010\\) US 1 +2 +Rows +64")), r.out());
        assertTrue(r.out().contains("(0008,1032) SQ 1    u/l    ProcedureCodeSequence"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  \\(0008,0100\\) SH 1 +6 +CodeValue +CTHEAD")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\(0011,1001\\) LO .*\\[IODINE PHANTOM\\].*")), r.out());
        // 4096 pixel values: shown cut, not in full.
        String pixels = r.out().lines().filter(l -> l.startsWith("(7FE0,0010)")).findFirst().orElseThrow();
        assertTrue(pixels.contains("OW 1    8192") && pixels.endsWith("..."), pixels);
    }

    @Test
    void dumpOfATruncatedFileIsOneClearErrorLine(@TempDir Path dir) throws Exception {
        Run r = run("dump", truncatedSample(dir).toString());
        assertOneLineError(r, "dump", "(7FE0,0010)");
        assertTrue(r.err().contains("offset"), r.err());
    }

    @Test
    void missingFileAndDirectoryAreOneLineErrorsNamingThePath(@TempDir Path dir) {
        Path absent = dir.resolve("absent.dcm");
        assertErrorLine(run("dump", absent.toString()), "iodine dump: no such file: " + absent);
        assertErrorLine(run("dump", dir.toString()), "iodine dump: " + dir + ": is a directory, not a DICOM file");
        assertErrorLine(run("json", dir.toString()), "iodine json: " + dir + ": is a directory, not a DICOM file");
    }

    @Test
    void textAndRandomBytesAreNotDicomRatherThanAnElementOfAbsurdLength(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "this is not a DICOM file at all, just some text\n".repeat(10));
        Path noise = dir.resolve("noise.bin");
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        Files.write(noise, random);
        for (Path p : new Path[] {text, noise}) {
            String expected = p + ": at offset 0: not a DICOM file: no DICM prefix at offset 128, and no data element"
                    + " can start here (no VR, and a length beyond the input)";
            assertErrorLine(run("dump", p.toString()), "iodine dump: " + expected);
            assertErrorLine(run("json", p.toString()), "iodine json: " + expected);
            assertErrorLine(run("convert", p.toString(), dir.resolve("out.dcm").toString()), "iodine convert: " + expected);
        }
    }

    @Test
    void convertNamesTheOutputNotItsTemporaryFile(@TempDir Path dir) throws Exception {
        Path inMissingDir = dir.resolve("missing").resolve("out.dcm");
        assertErrorLine(run("convert", sample(), inMissingDir.toString()),
                "iodine convert: " + inMissingDir + ": its directory does not exist");
        Path existing = dir.resolve("out.dcm");
        Files.write(existing, new byte[] {1, 2, 3});
        assertErrorLine(run("convert", "--no-overwrite", sample(), existing.toString()),
                "iodine convert: " + existing + " exists; not overwritten (--no-overwrite)");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(existing));
    }

    /** Exactly {@code line} on standard error, nothing on standard output, and the failure exit code. */
    private static void assertErrorLine(Run r, String line) {
        assertEquals(IodineCommand.EXIT_FAILURE, r.exitCode(), r.err());
        assertEquals(line, r.err().strip());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("dump").exitCode());
        assertEquals(2, run("frobnicate").exitCode());
        assertEquals(2, run().exitCode());
    }

    @Test
    void jsonOfTheSampleRebuildsTheDataset() throws Exception {
        Run r = run("json", sample());
        assertEquals(0, r.exitCode(), r.err());
        Dataset rebuilt = new DicomJsonReader().read(r.out());
        Dataset meta = DicomJsonReader.splitFileMeta(rebuilt);
        DicomFile original = DicomReader.read(Samples.ctPhantom());
        assertEquals(original.fileMeta().getString(Tags.TransferSyntaxUID), meta.getString(Tags.TransferSyntaxUID));
        assertEquals("Phantom^Water", rebuilt.getString(Tags.PatientName));
        assertEquals("CTHEAD", rebuilt.getSequence(Tags.ProcedureCodeSequence).get(0).getString(Tags.CodeValue));
        assertArrayEquals(original.dataset().getBytes(Tags.PixelData), rebuilt.getBytes(Tags.PixelData));
        assertEquals(original.dataset().size(), rebuilt.size());
        // Written again from the JSON alone, it is the same file, byte for byte.
        DicomFile fromJson = new DicomFile(null, meta, rebuilt,
                TransferSyntax.forUid(meta.getString(Tags.TransferSyntaxUID)), java.util.List.of(), null);
        assertArrayEquals(Files.readAllBytes(Samples.ctPhantom()), DicomWriter.toBytes(fromJson, WriteOptions.DEFAULT));
    }

    @Test
    void jsonBulkDataUrisNameTheFileOffsetAndLengthOfTheValue() throws Exception {
        Run r = run("json", "--bulk-threshold", "1024", sample());
        assertEquals(0, r.exitCode(), r.err());
        Matcher m = Pattern.compile("\"7FE00010\":\\{\"vr\":\"OW\",\"BulkDataURI\":\"(file:///[^\"?]+)\\?offset=(\\d+)&length=(\\d+)\"")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(Samples.ctPhantom().toAbsolutePath().normalize(), Path.of(java.net.URI.create(m.group(1))).normalize());
        int offset = Integer.parseInt(m.group(2));
        int length = Integer.parseInt(m.group(3));
        byte[] file = Files.readAllBytes(Samples.ctPhantom());
        assertArrayEquals(DicomReader.read(Samples.ctPhantom()).dataset().getBytes(Tags.PixelData),
                Arrays.copyOfRange(file, offset, offset + length));
        // Small values stay inline; and the reader follows the URI back to the same pixels.
        assertTrue(r.out().contains("\"00020001\":{\"vr\":\"OB\",\"InlineBinary\":\"AAE=\"}"), r.out());
        Dataset rebuilt = new DicomJsonReader().read(r.out());
        assertArrayEquals(Arrays.copyOfRange(file, offset, offset + length), rebuilt.getBytes(Tags.PixelData));
    }

    @Test
    void valuesOfADeflatedFileStayInlineBecauseTheirOffsetsAreInTheInflatedStream() {
        Path deflated = Corpus.require().root().resolve("pydicom-debian/test_files/image_dfl.dcm");
        Run r = run("json", "--bulk-threshold", "0", deflated.toString());
        assertEquals(0, r.exitCode(), r.err());
        // Only the meta, which is not deflated, is named by file range.
        assertEquals(1, r.out().split("BulkDataURI", -1).length - 1, r.out());
        assertTrue(r.out().contains("\"00020001\":{\"vr\":\"OB\",\"BulkDataURI\":\"file:"), r.out());
        assertTrue(r.out().contains("\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":"), r.out());
    }

    @Test
    void jsonOfATruncatedFileIsOneClearErrorLine(@TempDir Path dir) throws Exception {
        Run r = run("json", truncatedSample(dir).toString());
        assertOneLineError(r, "json", "(7FE0,0010)");
        assertEquals("", r.out(), "no partial JSON on standard output");
    }

    @Test
    void convertWithoutSyntaxReproducesTheFileByteForByte(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("copy.dcm");
        Run r = run("convert", sample(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(Files.readAllBytes(Samples.ctPhantom()), Files.readAllBytes(out));
    }

    @Test
    void convertReencodesIntoTheGivenSyntaxByKeywordOrUid(@TempDir Path dir) throws Exception {
        Path implicit = dir.resolve("implicit.dcm");
        Path bigEndian = dir.resolve("be.dcm");
        assertEquals(0, run("convert", "--transfer-syntax", "ImplicitVRLittleEndian", sample(), implicit.toString()).exitCode());
        assertEquals(0, run("convert", "-t", "1.2.840.10008.1.2.2", implicit.toString(), bigEndian.toString()).exitCode());
        DicomFile original = DicomReader.read(Samples.ctPhantom());
        for (Path p : new Path[] {implicit, bigEndian}) {
            DicomFile f = DicomReader.read(p);
            assertEquals(p == implicit ? TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid() : TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid(),
                    f.fileMeta().getString(Tags.TransferSyntaxUID));
            assertEquals("Phantom^Water", f.dataset().getString(Tags.PatientName));
            assertArrayEquals(original.dataset().getInts(Tags.Rows), f.dataset().getInts(Tags.Rows));
            assertArrayEquals(original.dataset().getLongs(Tags.PixelData), f.dataset().getLongs(Tags.PixelData));
        }
        assertFalse(Arrays.equals(Files.readAllBytes(implicit), Files.readAllBytes(bigEndian)));
    }

    @Test
    void convertRefusesUnknownSyntaxesAndBrokenInputWithoutWritingAnything(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.dcm");
        assertOneLineError(run("convert", "-t", "NoSuchSyntax", sample(), out.toString()), "convert", "NoSuchSyntax");
        assertOneLineError(run("convert", truncatedSample(dir).toString(), out.toString()), "convert", "offset");
        assertFalse(Files.exists(out));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "only the truncated input; no temporary file left behind");
        }
    }

    @Test
    void everyCommandWorksOnCorpusFiles(@TempDir Path dir) throws Exception {
        Corpus corpus = Corpus.require();
        String[] files = {
            "pydicom-debian/test_files/CT_small.dcm",          // explicit LE, private elements, a sequence
            "pydicom-debian/test_files/MR_small_bigendian.dcm", // explicit BE
            "pydicom-debian/test_files/JPEG2000.dcm",          // encapsulated
        };
        for (String name : files) {
            Path in = corpus.root().resolve(name);
            assertEquals(0, run("dump", in.toString()).exitCode(), name);
            Run json = run("json", "--bulk-threshold", "256", in.toString());
            assertEquals(0, json.exitCode(), name + ": " + json.err());
            // The pixel data comes back through its BulkDataURI, in the dataset's (little endian) byte order.
            Dataset rebuilt = new DicomJsonReader().read(json.out());
            DicomFile original = DicomReader.read(in);
            if (original.dataset().getFragments(Tags.PixelData) == null) {
                assertArrayEquals(original.dataset().getLongs(Tags.PixelData), rebuilt.getLongs(Tags.PixelData), name);
            } else {
                assertEquals(original.dataset().getFragments(Tags.PixelData).fragmentCount(),
                        rebuilt.getFragments(Tags.PixelData).fragmentCount(), name);
            }
            Path copy = dir.resolve("copy.dcm");
            assertEquals(0, run("convert", in.toString(), copy.toString()).exitCode(), name);
            assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(copy), name);
        }
    }
}

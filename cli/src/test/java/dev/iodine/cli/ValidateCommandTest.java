package dev.iodine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.cli.IodineCommandTest.Run;
import dev.iodine.testdata.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iodine validate} on real files: line format, summaries, directory walking, JSON and exit codes. */
class ValidateCommandTest {

    /** An RT plan whose Other Patient IDs item lacks Type of Patient ID, and with four non-standard terms. */
    private static final String PLAN = "brachy-hdr-tg43-check/rtplan.dcm";

    @Test
    void aCorpusPlanGetsOneLinePerFindingWithPathTagModuleAndSectionThenASummary() {
        Path plan = Corpus.require().root().resolve(PLAN);
        Run r = IodineCommandTest.run("validate", plan.toString());
        assertEquals(IodineCommand.EXIT_FAILURE, r.exitCode(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith(plan + ": Error: OtherPatientIDsSequence[0] (0010,0022) TypeOfPatientID:"
                + " missing; Type 1 requires it with a value [Patient, PS3.3 C.7.1.1]"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(plan + ": Warning: DoseReferenceSequence[0] (300A,0020)"
                + " DoseReferenceType: value \"UNSPECIFIED\" is not one of the defined terms: ")), r.out());
        assertTrue(lines.get(lines.size() - 1).matches(Pattern.quote(plan + ": RT Plan: 1 error, ") + "\\d+ warnings"),
                r.out());
    }

    @Test
    void jsonCarriesEveryFieldOfAViolation() {
        Path plan = Corpus.require().root().resolve(PLAN);
        Run r = IodineCommandTest.run("validate", "--json", plan.toString());
        assertEquals(IodineCommand.EXIT_FAILURE, r.exitCode());
        assertTrue(r.out().contains("\"iod\":\"RT Plan\",\"valid\":false,\"errors\":1,"), r.out());
        assertTrue(r.out().contains("{\"severity\":\"Error\",\"kind\":\"MISSING\",\"path\":\"OtherPatientIDsSequence[0]\","
                + "\"tag\":\"00100022\",\"keyword\":\"TypeOfPatientID\",\"module\":\"Patient\","), r.out());
    }

    @Test
    void progressBarDrawsInPlaceAndClearsItself() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), 4, true);
        bar.advance();
        assertEquals("\r[" + "#".repeat(7) + " ".repeat(23) + "] 1/4", err.toString());
        bar.clear();
        assertTrue(err.toString().endsWith("\r" + " ".repeat(54) + "\r"));
        StringWriter quiet = new StringWriter();
        ProgressBar off = new ProgressBar(new PrintWriter(quiet), 4, false);
        off.advance();
        off.clear();
        assertEquals("", quiet.toString());
    }

    @Test
    void unreadableFileIsAnErrorLineAndFailsTheRun(@TempDir Path dir) throws Exception {
        Path notDicom = Files.writeString(dir.resolve("notes.txt"), "not a DICOM file");
        Run r = IodineCommandTest.run("validate", notDicom.toString());
        assertEquals(IodineCommand.EXIT_FAILURE, r.exitCode(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith(notDicom + ": Error: cannot read: at offset 0"), r.out());
        assertEquals(1, lines.get(0).split(Pattern.quote(notDicom.toString()), -1).length - 1, "name once: " + r.out());
    }

    @Test
    void directoriesAreWalkedInNameOrderSkippingHiddenFilesWithATotalLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve(".hidden"), "h");
        Run r = IodineCommandTest.run("validate", dir.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith(dir.resolve("a.txt") + ": Error: cannot read: "), r.out());
        assertTrue(lines.get(1).startsWith(dir.resolve("sub/b.txt") + ": Error: cannot read: "), r.out());
        assertEquals("2 files: 2 with errors, 0 valid", lines.get(2));
    }

    @Test
    void jsonHasAnObjectPerFile(@TempDir Path dir) throws Exception {
        Path notDicom = Files.writeString(dir.resolve("x\"y.txt"), "nope");
        Run r = IodineCommandTest.run("validate", "--json", notDicom.toString());
        assertEquals(IodineCommand.EXIT_FAILURE, r.exitCode());
        String json = r.out().strip();
        assertTrue(json.startsWith("[\n{\"file\":\"" + dir.toString().replace("\\", "\\\\") + "/x\\\"y.txt\","
                + "\"valid\":false,\"failure\":\""), json);
        assertTrue(json.endsWith("\"}]"), json);
    }

    @Test
    void aMissingPathIsAOneLineFailure() {
        Run r = IodineCommandTest.run("validate", "/no/such/file.dcm");
        assertEquals(IodineCommand.EXIT_FAILURE, r.exitCode());
        assertEquals("iodine validate: no such file: /no/such/file.dcm", r.err().strip());
    }
}

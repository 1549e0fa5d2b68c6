package dev.iodine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.cli.IodineCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iodine validate} on real files: line format, summaries, directory walking, JSON and exit codes. */
class ValidateCommandTest {

    @Test
    void unreadableFileIsAnErrorLineAndFailsTheRun(@TempDir Path dir) throws Exception {
        Path notDicom = Files.writeString(dir.resolve("notes.txt"), "not a DICOM file");
        Run r = IodineCommandTest.run("validate", notDicom.toString());
        assertEquals(IodineCommand.EXIT_FAILURE, r.exitCode(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith(notDicom + ": Error: cannot read: "), r.out());
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

package dev.iodine.testdata;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * David Clunie's {@code dciodvfy} (Debian package {@code dicom3tools}), an independent IOD validator that tests
 * compare Iodine's files and findings with. Tests call {@link #require()}: when the program is not installed they
 * are aborted (reported as skipped) with a message on standard error, never passed silently.
 *
 * <pre>{@code
 * DciodvfyReport report = Dciodvfy.require().run(file);
 * assertEquals(List.of(), report.errors(), report.output());
 * }</pre>
 */
public final class Dciodvfy {

    /** A run that takes longer than this is a hang of dciodvfy (it validates a file in milliseconds). */
    private static final long HANG_SECONDS = 120;

    private final Path executable;

    private Dciodvfy(Path executable) {
        this.executable = executable;
    }

    /** The program, from the {@code iodine.dciodvfy} system property or the {@code PATH}. */
    public static Optional<Dciodvfy> locate() {
        String explicit = System.getProperty("iodine.dciodvfy");
        if (explicit != null) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable).map(Dciodvfy::new);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "dciodvfy");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new Dciodvfy(candidate));
            }
        }
        return Optional.empty();
    }

    /** The program, or aborts the calling test (skipped, with a message) when it is not installed. */
    public static Dciodvfy require() {
        Optional<Dciodvfy> found = locate();
        if (found.isEmpty()) {
            String msg = "SKIPPED: dciodvfy is not installed (apt-get install dicom3tools; .ci/run does it as root);"
                    + " files were NOT checked by dciodvfy";
            System.err.println("*** " + msg);
            Assumptions.abort(msg);
        }
        return found.get();
    }

    /** Validates one file with {@code dciodvfy -new} (messages with the full path to each attribute). */
    public DciodvfyReport run(Path file) {
        try {
            Process p = new ProcessBuilder(executable.toString(), "-new", file.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            // dciodvfy's messages are ASCII, but values it quotes are raw bytes: ISO-8859-1 keeps every byte.
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!p.waitFor(HANG_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("dciodvfy did not finish on " + file);
            }
            return DciodvfyReport.parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable + " on " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dciodvfy checked " + file, e);
        }
    }
}

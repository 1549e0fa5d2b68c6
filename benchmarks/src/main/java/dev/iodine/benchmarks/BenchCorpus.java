package dev.iodine.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the benchmarks find the generated corpus: the directory named by the system property
 * {@code iodine.corpus}, else {@code benchmarks/target/bench-corpus} or {@code target/bench-corpus} under the
 * working directory (run {@link dev.iodine.benchmarks.corpus.CorpusGenerator} first).
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    public static Path root() {
        String configured = System.getProperty("iodine.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        Path fromRepo = Path.of("benchmarks/target/bench-corpus");
        return Files.isDirectory(fromRepo) ? fromRepo : Path.of("target/bench-corpus");
    }

    /**
     * A file of the shared corpus of real files ({@code ../shared/corpus} from the working directory, or the
     * directory named by {@code iodine.sharedCorpus}), which is never copied into the repository.
     *
     * @throws IllegalStateException when the file is absent, so that the benchmark stops saying why
     */
    public static Path shared(String relative) {
        Path file = Path.of(System.getProperty("iodine.sharedCorpus", "../shared/corpus")).resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("*** SKIPPED: " + file.toAbsolutePath().normalize() + " not found: the "
                    + "shared corpus is not beside the repository (run from the checkout, or pass -Diodine.sharedCorpus=DIR)");
        }
        return file;
    }

    /** The {@code .dcm} files of a corpus part ({@code ct-explicit}, {@code rtplan}, ...), in name order. */
    public static List<Path> files(String part) {
        Path dir = root().resolve(part);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no corpus at " + dir.toAbsolutePath() + ": generate it with "
                    + "java -cp benchmarks/target/benchmarks.jar dev.iodine.benchmarks.corpus.CorpusGenerator "
                    + root() + " (or pass -Diodine.corpus=DIR)");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".dcm")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mean size in bytes of the files (to turn files/s into MB/s). */
    public static double meanSize(List<Path> files) {
        try {
            long total = 0;
            for (Path p : files) {
                total += Files.size(p);
            }
            return (double) total / files.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

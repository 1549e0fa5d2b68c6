package dev.iodine.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real DICOM files beside the repository ({@code ../shared/corpus}), which is never copied
 * into the repository. Tests that need it call {@link #require()}: on a clone without it they are aborted
 * (reported as skipped) with a message on standard error, so that a missing corpus is loud, not a silent pass.
 *
 * <pre>{@code
 * for (Corpus.Entry e : Corpus.require().entries()) {
 *     if (e.readableByPydicom()) { ... e.path() ... e.referenceJson() ... }
 * }
 * }</pre>
 */
public final class Corpus {

    private final Path root;
    private List<Entry> entries;

    private Corpus(Path root) {
        this.root = root;
    }

    /** The corpus directory, found from the {@code iodine.root} system property (set by the build) or the working directory. */
    public static Optional<Path> locate() {
        String explicit = System.getProperty("iodine.corpus");
        if (explicit != null) {
            return Optional.of(Path.of(explicit)).filter(Files::isDirectory);
        }
        Path start = Path.of(System.getProperty("iodine.root", ".")).toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("corpus");
            if (Files.isRegularFile(candidate.resolve("manifest.tsv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The system property that turns a missing corpus or standard folder from a skip into a failure: {@code .ci/run}
     * sets it ({@code -Diodine.requireCorpus=true}) when {@code ../shared} exists, so that CI cannot pass by skipping.
     */
    public static final String REQUIRE_PROPERTY = "iodine.requireCorpus";

    /** The corpus, or aborts the calling test (skipped, with a message) when it is not beside the repository. */
    public static Corpus require() {
        Optional<Path> root = locate();
        if (root.isEmpty()) {
            missing("../shared/corpus not found beside the repository; corpus tests did not run");
        }
        return new Corpus(root.get());
    }

    /**
     * Ends the calling test for want of shared data ({@code what} says which): skipped, loudly, or failed when
     * {@link #REQUIRE_PROPERTY} is {@code true}.
     */
    public static void missing(String what) {
        if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
            Assertions.fail("FAILED (" + REQUIRE_PROPERTY + "=true): " + what);
        }
        String msg = "SKIPPED: " + what;
        System.err.println("*** " + msg);
        Assumptions.abort(msg);
    }

    public Path root() {
        return root;
    }

    /** The rows of {@code manifest.tsv}. */
    public synchronized List<Entry> entries() {
        if (entries == null) {
            try {
                List<String> lines = Files.readAllLines(root.resolve("manifest.tsv"), StandardCharsets.UTF_8);
                List<Entry> list = new ArrayList<>();
                String[] header = lines.get(0).split("\t", -1);
                for (String line : lines.subList(1, lines.size())) {
                    if (!line.isBlank()) {
                        list.add(new Entry(this, header, line.split("\t", -1)));
                    }
                }
                entries = List.copyOf(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    /** One manifest row. An empty manifest value ({@code -}) reads as {@code null}. */
    public static final class Entry {
        private final Corpus corpus;
        private final String[] header;
        private final String[] cells;

        Entry(Corpus corpus, String[] header, String[] cells) {
            this.corpus = corpus;
            this.header = header;
            this.cells = cells;
        }

        /** A column by its manifest header name, {@code null} for {@code -}. */
        public String column(String name) {
            for (int i = 0; i < header.length; i++) {
                if (header[i].equals(name) && i < cells.length) {
                    return "-".equals(cells[i]) ? null : cells[i];
                }
            }
            return null;
        }

        /** Path relative to the corpus root, as in the manifest. */
        public String relativePath() {
            return column("path");
        }

        public Path path() {
            return corpus.root.resolve(relativePath());
        }

        /** {@code yes}, {@code force}, {@code partial} or {@code no}. */
        public String readableByPydicom() {
            return column("readable_by_pydicom");
        }

        public String transferSyntax() {
            return column("transfer_syntax");
        }

        /** The SOP Class UID alone, without pydicom's name in parentheses. */
        public String sopClassUid() {
            String s = column("sop_class");
            return s == null ? null : s.split(" ", 2)[0];
        }

        /** pydicom's JSON of this file, when pydicom could read it. */
        public Optional<Path> referenceJson() {
            Path p = corpus.root.resolve("reference-json").resolve(relativePath() + ".json");
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }

        @Override
        public String toString() {
            return relativePath();
        }
    }
}

package dev.iodine.tools;

import dev.iodine.testdata.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the repository and {@code ../shared/dicom-standard} for the generators' tests; a test that needs the
 * standard is aborted (reported as skipped, with a message) when it is absent, so a missing folder is loud, and
 * fails instead under {@code -Diodine.requireCorpus=true} ({@link Corpus#missing}).
 */
public final class StandardFolder {

    private StandardFolder() {
    }

    /** The repository root, from the {@code iodine.root} property the build sets. */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("iodine.root", "..")).toAbsolutePath().normalize();
    }

    /** {@code ../shared/dicom-standard} beside the repository, or aborts the calling test with a message. */
    public static Path require() {
        Path standard = repositoryRoot().resolveSibling("shared").resolve("dicom-standard");
        if (!Files.isRegularFile(standard.resolve("derived/data-elements.tsv"))
                || !Files.isRegularFile(standard.resolve("derived/dicom3tools-modules.json"))) {
            Corpus.missing(standard + " not found; checks against the standard did not run");
        }
        return standard;
    }
}

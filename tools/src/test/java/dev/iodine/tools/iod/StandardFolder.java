package dev.iodine.tools.iod;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared/dicom-standard} beside the repository for the importer's tests, or skips loudly. */
final class StandardFolder {

    private StandardFolder() {
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("iodine.root", "..")).toAbsolutePath().normalize();
    }

    static Path get() {
        Path standard = repositoryRoot().resolveSibling("shared").resolve("dicom-standard");
        if (!Files.isRegularFile(standard.resolve("derived/dicom3tools-modules.json"))) {
            String msg = "SKIPPED: " + standard + " not found; the IOD importer was not checked";
            System.err.println("*** " + msg);
            Assumptions.abort(msg);
        }
        return standard;
    }
}

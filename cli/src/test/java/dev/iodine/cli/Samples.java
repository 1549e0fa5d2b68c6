package dev.iodine.cli;

import java.nio.file.Path;

/** The project's own sample files, found from the repository root the build passes in {@code iodine.root}. */
final class Samples {

    private Samples() {
    }

    static Path ctPhantom() {
        return Path.of(System.getProperty("iodine.root", "..")).resolve(CtPhantomGenerator.SAMPLE);
    }
}

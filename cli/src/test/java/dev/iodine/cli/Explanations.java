package dev.iodine.cli;

import dev.iodine.cli.FindingComparison.Disagreement;

/**
 * Why Iodine and dciodvfy may disagree, one category per known cause; docs/validation.md explains each with its
 * count. A disagreement that fits none is a defect to fix or to explain here and there.
 */
final class Explanations {

    private Explanations() {
    }

    /** The category of a disagreement, or null when no known cause explains it. */
    static String of(Disagreement d) {
        if (!d.onlyIodine() && d.module().equals("FileMetaInformation")) {
            // Iodine validates the data set against the IOD; the Part 10 writer makes the File Meta Information.
            return "file-meta";
        }
        return null;
    }
}

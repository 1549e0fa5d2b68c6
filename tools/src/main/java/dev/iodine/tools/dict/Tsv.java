package dev.iodine.tools.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated tables of {@code ../shared/dicom-standard/derived}: a header row, then data rows. */
final class Tsv {

    private Tsv() {
    }

    /**
     * The data rows of a table whose header must be exactly {@code expectedHeader}; every row is padded to the
     * header's width (trailing empty cells are dropped by some writers).
     */
    static List<String[]> read(Path file, String... expectedHeader) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty() || !Arrays.equals(lines.get(0).split("\t", -1), expectedHeader)) {
            throw new IllegalArgumentException(file + ": expected header " + String.join(" | ", expectedHeader)
                    + " but found " + (lines.isEmpty() ? "an empty file" : lines.get(0)));
        }
        List<String[]> rows = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > expectedHeader.length) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + cells.length
                        + " cells, expected at most " + expectedHeader.length);
            }
            rows.add(Arrays.copyOf(cells, expectedHeader.length));
        }
        return rows;
    }

    /** Replaces characters that would break a TSV cell; the standard's names never contain them. */
    static String cell(String value) {
        if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("tab or newline in a table cell: " + value);
        }
        return value;
    }
}

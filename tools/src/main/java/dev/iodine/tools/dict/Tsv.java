package dev.iodine.tools.dict;

import java.io.IOException;
import java.io.InputStream;
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
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), expectedHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Like {@link #read(Path, String...)} for a table shipped on the generator's class path. */
    static List<String[]> readResource(String name, String... expectedHeader) {
        try (InputStream in = Tsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing generator resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(name, text.lines().toList(), expectedHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Leading {@code #} lines are comments; then the header, then the rows. */
    private static List<String[]> parse(String source, List<String> lines, String... expectedHeader) {
        int first = 0;
        while (first < lines.size() && lines.get(first).startsWith("#")) {
            first++;
        }
        if (first == lines.size() || !Arrays.equals(lines.get(first).split("\t", -1), expectedHeader)) {
            throw new IllegalArgumentException(source + ": expected header " + String.join(" | ", expectedHeader)
                    + " but found " + (first == lines.size() ? "none" : lines.get(first)));
        }
        List<String[]> rows = new ArrayList<>(lines.size() - first);
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > expectedHeader.length) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + cells.length
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

package dev.iodine.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a tab-separated resource written by {@code dev.iodine.tools.dict.GenerateDictionary}: {@code #} comment
 * lines, then rows of a fixed number of cells. A missing or malformed resource is a build defect, reported as such.
 */
final class GeneratedRows {

    private GeneratedRows() {
    }

    /** Calls {@code row} with the cells of every data row of {@code dev/iodine/dict/<resource>}, in order. */
    static void read(String resource, int columns, Consumer<String[]> row) {
        InputStream in = GeneratedRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("generated resource dev/iodine/dict/" + resource + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": " + cells.length
                            + " cells, expected " + columns + ": " + line);
                }
                row.accept(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generated resource " + resource, e);
        }
    }
}

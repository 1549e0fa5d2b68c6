package dev.iodine.dict;

import java.io.IOException;
import java.io.InputStream;
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
        String text;
        try (InputStream in = GeneratedRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("generated resource dev/iodine/dict/" + resource + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generated resource " + resource, e);
        }
        // A hand-rolled scan: this runs once per JVM, mostly interpreted, where String.split costs twice as much.
        int lineNumber = 0;
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            if (text.charAt(start) == '#') {
                continue;
            }
            String[] cells = new String[columns];
            int from = start;
            for (int i = 0; i < columns; i++) {
                int tab = i == columns - 1 ? end : text.indexOf('\t', from);
                if (tab < 0 || tab > end || (i == columns - 1 && text.lastIndexOf('\t', end - 1) >= from)) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": expected " + columns
                            + " cells: " + text.substring(start, end));
                }
                cells[i] = text.substring(from, tab);
                from = tab + 1;
            }
            row.accept(cells);
        }
    }
}

package dev.iodine.tools.dict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code derived/uids.tsv} (PS3.6 Table A-1 and the well-known UIDs of Annex A), validated.
 *
 * @param uid the UID
 * @param keyword the PS3.6 keyword; empty for the two retired SOP classes PS3.6 leaves unnamed
 * @param name the name
 * @param type the UID type as PS3.6 writes it, e.g. {@code Transfer Syntax}, {@code SOP Class}
 * @param info the source's extra column, e.g. {@code Default Transfer Syntax for DICOM}
 * @param retired whether PS3.6 marks the UID retired
 */
record UidRow(String uid, String keyword, String name, String type, String info, boolean retired) {

    static final String TRANSFER_SYNTAX = "Transfer Syntax";

    /** Reads and checks every row; a malformed row stops the generator with its line number. */
    static List<UidRow> readAll(Path file) {
        List<String[]> rows = Tsv.read(file, "uid", "name", "keyword", "type", "info", "retired", "source");
        List<UidRow> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (!r[0].matches("[0-9]+(\\.[0-9]+)*") || r[0].length() > 64) {
                throw new IllegalArgumentException(file + " data row " + (i + 1) + ": bad UID " + r[0]);
            }
            String name = r[1];
            String keyword = r[2];
            // The rows taken from dicom-rs carry the keyword in the name column and the name in the keyword column.
            if (keyword.indexOf(' ') >= 0 && isIdentifier(name)) {
                String swap = name;
                name = keyword;
                keyword = swap;
            }
            if (!keyword.isEmpty() && !isIdentifier(keyword)) {
                throw new IllegalArgumentException(file + " data row " + (i + 1) + ": bad keyword " + keyword);
            }
            result.add(new UidRow(r[0], keyword, Tsv.cell(name), Tsv.cell(r[3]), Tsv.cell(r[4]),
                    ElementRow.retired(r[5])));
        }
        return result;
    }

    private static boolean isIdentifier(String s) {
        return s.matches("[A-Za-z][A-Za-z0-9_]*");
    }

    boolean transferSyntax() {
        return type.equals(TRANSFER_SYNTAX);
    }
}

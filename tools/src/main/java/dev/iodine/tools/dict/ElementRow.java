package dev.iodine.tools.dict;

import dev.iodine.data.VR;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of {@code derived/data-elements.tsv} (PS3.6 Table 6-1, PS3.7 Table E.1-1), validated.
 *
 * @param pattern the tag as eight upper-case hex digits, with {@code x} where a repeating group or element
 *     varies, e.g. {@code 60xx3000}
 * @param keyword the keyword; empty for the few retired elements PS3.6 leaves unnamed
 * @param name the name; empty when the source has none
 * @param vrs the VRs as PS3.6 writes them joined by {@code /}, e.g. {@code OB/OW}; empty for the item and
 *     delimitation tags, which have none
 * @param vm the value multiplicity as written in PS3.6
 * @param retired whether PS3.6 marks the element retired
 */
record ElementRow(String pattern, String keyword, String name, String vrs, String vm, boolean retired) {

    private static final Pattern TAG = Pattern.compile("\\(([0-9A-Fx]{4}),([0-9A-Fx]{4})\\)");
    private static final String NO_NAME = "name unavailable";

    /** Reads and checks every row; a malformed row stops the generator with its line number. */
    static List<ElementRow> readAll(Path file) {
        List<String[]> rows = Tsv.read(file, "tag", "keyword", "name", "vr", "vm", "retired", "source");
        List<ElementRow> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            try {
                result.add(parse(r));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " data row " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static ElementRow parse(String[] r) {
        Matcher m = TAG.matcher(r[0]);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad tag " + r[0]);
        }
        String keyword = r[1];
        if (!keyword.isEmpty() && !keyword.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("keyword is not an identifier: " + keyword);
        }
        // The rows added from DCMTK without a name say so in the source column, not in the name column.
        String name = r[6].endsWith(NO_NAME) ? "" : r[2];
        return new ElementRow(m.group(1) + m.group(2), keyword, Tsv.cell(name), vrs(r[3]), Tsv.cell(r[4]),
                retired(r[5]));
    }

    /** {@code "US or SS"} to {@code "US/SS"}; {@code NONE} (items and delimiters, PS3.5 7.5) to empty. */
    private static String vrs(String cell) {
        if (cell.equals("NONE")) {
            return "";
        }
        String[] parts = cell.split(" or ");
        for (String vr : parts) {
            VR.of(vr); // throws for anything that is not one of the VRs of PS3.5
        }
        return String.join("/", parts);
    }

    static boolean retired(String cell) {
        return switch (cell) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw new IllegalArgumentException("retired flag must be Y or N, not " + cell);
        };
    }

    /** This row with the retired flag {@code retired} (a newer PS3.6 edition's, see {@link NewerRetirements}). */
    ElementRow retired(boolean retired) {
        return new ElementRow(pattern, keyword, name, vrs, vm, retired);
    }

    /** Whether the tag has {@code x} digits (a repeating group or a masked element range). */
    boolean repeating() {
        return pattern.indexOf('x') >= 0;
    }

    /** The tag with every {@code x} taken as 0: the first group of a repeating group. */
    int tag() {
        return Integer.parseUnsignedInt(pattern.replace('x', '0'), 16);
    }

    /** The tag as PS3.6 writes it, e.g. {@code (60xx,3000)}. */
    String display() {
        return "(" + pattern.substring(0, 4) + "," + pattern.substring(4) + ")";
    }

    /** The VRs as PS3.6 writes them, e.g. {@code OB or OW}; {@code NONE} for items and delimiters. */
    String vrDisplay() {
        return vrs.isEmpty() ? "NONE" : vrs.replace("/", " or ");
    }
}

package dev.iodine.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code dciodvfy -new} output. The attribute's location is converted to Iodine's form (see
 * {@code dev.iodine.validation.Violation}): {@code path} leads to the dataset holding the attribute, in keywords
 * with 0-based item indices ({@code "BeamSequence[0]"}; dciodvfy counts items from 1), and {@code tag} is the
 * attribute's tag (-1 when the line names none).
 *
 * <pre>{@code
 * if (f.kind() == DciodvfyFinding.Kind.MISSING && f.type().equals("1")) ...
 * }</pre>
 *
 * @param severity {@code Error} or {@code Warning}
 * @param kind     the findings Iodine is compared on, or {@link Kind#OTHER}
 * @param path     sequence path to the dataset holding the attribute, empty at the top level
 * @param tag      the attribute's tag, or -1
 * @param keyword  the attribute's keyword as dciodvfy prints it (empty for private tags)
 * @param type     the attribute type of a MISSING/EMPTY/NOT_ALLOWED finding ({@code "1C"}), else empty
 * @param module   dciodvfy's module name ({@code "RTBeams"}), else empty
 * @param line     the line as printed
 */
public record DciodvfyFinding(String severity, Kind kind, String path, int tag, String keyword, String type,
                              String module, String line) {

    /** The kinds of finding that the comparison with Iodine looks at. */
    public enum Kind {
        /** "Missing attribute for Type ..." */
        MISSING,
        /** "Empty attribute (no value) for Type ..." */
        EMPTY,
        /** "Attribute present when condition unsatisfied (which may not be present otherwise) ..." */
        NOT_ALLOWED,
        /** Everything else. */
        OTHER
    }

    private static final Pattern STEP = Pattern.compile(
            "([A-Za-z0-9]*)\\(([0-9a-fA-F]{4}),([0-9a-fA-F]{4})(?:,\"[^\"]*\")?\\)(?:\\[(\\d+)])?");
    private static final Pattern TYPE = Pattern.compile("for Type (1C|2C|1|2|3)\\b");
    private static final Pattern MODULE = Pattern.compile("Module=<([^>]*)>");

    /** Whether the line is an error (not a warning). */
    public boolean isError() {
        return "Error".equals(severity);
    }

    static DciodvfyFinding withPath(String severity, String path, String message, String line) {
        List<String> steps = new ArrayList<>();
        int previousIndex = -1;
        int tag = -1;
        String keyword = "";
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            if (tag != -1) {
                steps.add(step(keyword, tag, previousIndex));
            }
            keyword = m.group(1);
            tag = Integer.parseUnsignedInt(m.group(2) + m.group(3), 16);
            // On the last step the index is a value index, which the comparison does not need.
            previousIndex = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
        }
        Kind kind = message.startsWith("Missing attribute") ? Kind.MISSING
                : message.startsWith("Empty attribute") ? Kind.EMPTY
                : message.startsWith("Attribute present when condition unsatisfied") ? Kind.NOT_ALLOWED
                : Kind.OTHER;
        return new DciodvfyFinding(severity, kind, String.join(".", steps), tag, keyword,
                group(TYPE, message), group(MODULE, message), line);
    }

    static DciodvfyFinding other(String severity, String line) {
        return new DciodvfyFinding(severity, Kind.OTHER, "", -1, "", "", "", line);
    }

    private static String step(String keyword, int tag, int oneBasedItem) {
        String name = keyword.isEmpty() ? String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF) : keyword;
        // A step without an index is an item dciodvfy did not number (seen for unknown private tags).
        return name + (oneBasedItem > 0 ? "[" + (oneBasedItem - 1) + "]" : "[*]");
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}

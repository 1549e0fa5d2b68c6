package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named value lists of dicom3tools ({@code strval/*.tpl}, {@code binval.tpl}, {@code tagval.tpl}) that module
 * rows cite as enumerated values or defined terms. Each list is written {@code StringValues="Name" { VALUE = meaning,
 * ... }}; only the values are kept, the meanings are the standard's prose.
 *
 * <pre>{@code
 * ValueLists lists = ValueLists.load(sources);
 * List<String> beamTypes = lists.get("String", "BeamType");   // [STATIC, DYNAMIC]
 * }</pre>
 */
public final class ValueLists {

    private static final Pattern HEADER = Pattern.compile("^(String|Binary|Tag)Values=\"([^\"]+)\"");

    private static final String EMPTY_VALUE = "***EMPTYVALUE***";

    private final Map<String, List<String>> lists = new HashMap<>();

    private ValueLists() {
    }

    /** Reads every value template. */
    public static ValueLists load(StandardSources sources) {
        ValueLists result = new ValueLists();
        List<String> files = new ArrayList<>(sources.list(StandardSources.DICOM3TOOLS + "strval/", ".tpl"));
        files.add(StandardSources.DICOM3TOOLS + "binval.tpl");
        files.add(StandardSources.DICOM3TOOLS + "tagval.tpl");
        for (String file : files) {
            result.read(file, sources.lines(file));
        }
        return result;
    }

    private void read(String file, List<String> lines) {
        String current = null;
        List<String> values = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (current == null) {
                Matcher m = HEADER.matcher(line);
                if (m.find()) {
                    current = m.group(1) + ":" + m.group(2);
                    values = new ArrayList<>();
                }
            } else if (line.startsWith("}")) {
                lists.put(current, List.copyOf(values));
                current = null;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                String value = value(line);
                // dicom3tools marks "an empty value is allowed" as a list entry; Type 2 says that already.
                if (!EMPTY_VALUE.equals(value)) {
                    values.add(value);
                }
            }
        }
        if (current != null) {
            throw new IllegalStateException(file + ": value list " + current + " is not closed by '}'");
        }
    }

    /**
     * The value of one list entry. The meaning follows the first '=', written " = ", "\t= ", " =\t" or "=" in the
     * templates (no value contains '='); a trailing ',' separates entries. Without this, "ISO_IR 100 =\tLatin
     * alphabet No. 1" became a defined term and every real ISO_IR 100 value was reported as undefined.
     */
    static String value(String line) {
        int eq = line.indexOf('=');
        String value = (eq >= 0 ? line.substring(0, eq) : line).strip();
        if (value.endsWith(",")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return value;
    }

    /**
     * @param kind "String", "Binary" or "Tag"
     * @param name the list's name as module rows cite it
     * @return the values, or null when there is no such list
     */
    public List<String> get(String kind, String name) {
        return lists.get(kind + ":" + name);
    }
}

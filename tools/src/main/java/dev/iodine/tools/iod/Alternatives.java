package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the alternative macros of one item level into attribute rows, where the alternatives define the same
 * attributes: the record-type-specific keys of a Directory Record (PS3.3 F.3.2.2, F.5), one macro per Directory
 * Record Type, many of which define Specific Character Set, Instance Number, Content Date... The processor allows
 * an attribute once per item, so the macros cannot all be included; instead each attribute becomes one row that
 * is required when one of the alternatives that requires it applies:
 * <ul>
 *   <li>Type 1 (or 1C) in some alternatives: Type 1C, condition "include condition [and row condition]" of each
 *       joined with {@code or};</li>
 *   <li>else Type 2 (or 2C) in some: Type 2C the same way; an attribute Type 1 in some alternatives and Type 2 in
 *       others keeps the Type 1 ones (the Type 2 requirement is reported as not checked);</li>
 *   <li>else Type 3.</li>
 * </ul>
 * A part whose condition is not machine-checkable is left out of the {@code or} (the check then misses that case
 * but never reports a false error); when no part is checkable the row is {@code unchecked}. The merged rows may be
 * present otherwise (another record type may carry them as extra keys).
 *
 * <pre>{@code
 * Alternatives.Result r = Alternatives.merge(entries, where, tables, conditionText);
 * }</pre>
 */
final class Alternatives {

    /**
     * The merged level.
     *
     * @param entries    the level's rows, the alternatives' includes replaced by merged attribute rows
     * @param conditions the condition text of each merged 1C/2C row, by keyword
     * @param notChecked what the merge could not keep, for the report
     */
    record Result(List<Entry> entries, Map<String, String> conditions, List<String> notChecked) {
    }

    /** A row of an alternative with the condition under which it applies (null: not machine-checkable). */
    private record Part(String macro, Entry.Attribute row, String when) {
    }

    /** The reason of a merged row none of whose conditions the sources encode (as for any such row). */
    static final String PROSE_ONLY = "PS3.3 states this condition in prose only; the sources do not encode it";

    /** A condition that compares one attribute with one string: {@code DirectoryRecordType == "IMAGE"}. */
    private static final Pattern EQUALS = Pattern.compile("([A-Za-z0-9]+) == (\"[^\"\\\\]*\")");

    private Alternatives() {
    }

    /**
     * @param tables        the macros by dicom3tools name
     * @param includeText   the condition text of a dicom3tools condition name (an {@code unchecked(...)} text when
     *                      it cannot be checked)
     * @param rowText       the condition text of a 1C/2C row of a macro (given the macro name and row)
     */
    static Result merge(List<Entry> entries, String where, Map<String, TableDef> tables,
                        Function<String, String> includeText, BiFunction<String, Entry.Attribute, String> rowText) {
        List<Entry> out = new ArrayList<>();
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e instanceof Entry.MacroInclude inc && inc.conditionName() != null) {
                expand(inc.macro(), checkable(includeText.apply(inc.conditionName())), tables, includeText, rowText,
                        parts);
            } else {
                out.add(e);
            }
        }
        Map<String, String> conditions = new LinkedHashMap<>();
        List<String> notChecked = new ArrayList<>();
        parts.forEach((keyword, list) -> {
            Entry.Attribute first = list.get(0).row();
            List<Part> one = list.stream().filter(p -> p.row().type().startsWith("1")).toList();
            List<Part> two = list.stream().filter(p -> p.row().type().startsWith("2")).toList();
            List<Part> required = !one.isEmpty() ? one : two;
            String type = required.isEmpty() ? "3" : (!one.isEmpty() ? "1" : "2") + "C";
            if (!one.isEmpty() && !two.isEmpty()) {
                notChecked.add(where + " > " + keyword + ": Type 2 in " + macros(two) + " (Type 1 in "
                        + macros(one) + ") is not checked");
            }
            if (!required.isEmpty()) {
                conditions.put(keyword, or(required));
            }
            for (Part p : list) {
                if (first.isSequence() && !first.items().equals(p.row().items())) {
                    notChecked.add(where + " > " + keyword + ": the item rows of " + p.macro()
                            + " differ from those of " + list.get(0).macro() + ", whose are used");
                }
            }
            boolean sameValues = list.stream().allMatch(p -> p.row().values().equals(first.values()));
            out.add(new Entry.Attribute(first.tag(), keyword, type, null, false, true,
                    sameValues ? first.values() : List.of(), first.items()));
        });
        return new Result(out, conditions, notChecked);
    }

    private static void expand(String macro, String when, Map<String, TableDef> tables,
                               Function<String, String> includeText, BiFunction<String, Entry.Attribute, String> rowText,
                               Map<String, List<Part>> parts) {
        for (Entry e : tables.get(macro).entries()) {
            if (e instanceof Entry.MacroInclude inc) {
                String nested = inc.conditionName() == null ? when
                        : and(when, checkable(includeText.apply(inc.conditionName())));
                expand(inc.macro(), nested, tables, includeText, rowText, parts);
            } else if (e instanceof Entry.Attribute a) {
                String applies = a.isConditional() ? and(when, checkable(rowText.apply(macro, a))) : when;
                parts.computeIfAbsent(a.keyword(), k -> new ArrayList<>()).add(new Part(macro, a, applies));
            }
        }
    }

    /** The text, or null when it is {@code unchecked(...)}. */
    private static String checkable(String condition) {
        return condition.startsWith("unchecked(") ? null : condition;
    }

    private static String and(String a, String b) {
        return a == null || b == null ? null : "(" + a + ") and (" + b + ")";
    }

    /** The checkable parts joined with {@code or}; {@code unchecked} when there is none. */
    private static String or(List<Part> parts) {
        Set<String> known = new LinkedHashSet<>();
        parts.forEach(p -> {
            if (p.when() != null) {
                known.add(p.when());
            }
        });
        if (known.isEmpty()) {
            return "unchecked(" + ConditionWriter.quote(PROSE_ONLY) + ")";
        }
        if (known.size() == 1) {
            return known.iterator().next();
        }
        // The usual case, one record type per alternative: DirectoryRecordType in ("IMAGE", "RT DOSE", ...).
        String attribute = null;
        List<String> values = new ArrayList<>();
        for (String k : known) {
            Matcher m = EQUALS.matcher(k);
            if (!m.matches() || attribute != null && !attribute.equals(m.group(1))) {
                return "(" + String.join(") or (", known) + ")";
            }
            attribute = m.group(1);
            values.add(m.group(2));
        }
        return attribute + " in (" + String.join(", ", values) + ")";
    }

    private static String macros(List<Part> parts) {
        return String.join(", ", parts.stream().map(Part::macro).distinct().toList());
    }
}

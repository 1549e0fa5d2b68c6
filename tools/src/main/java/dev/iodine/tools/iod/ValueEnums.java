package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * The shared enums of code string values ({@code dev.iodine.iod.value}): one per keyword whose VR is CS with VM 1
 * and that has Enumerated Values in at least one definition (module, macro or item row) of the sources, unless its
 * value set is known to be wider than the sources' lists ({@link #WIDER_THAN_SOURCES}). Its
 * constants are the union of every enumerated value and defined term of that keyword over all definitions, so that
 * every definition returns the same type (modules of one IOD must agree on it) while each keeps its own lists for
 * validation. A value that is not a Java identifier gets a mangled constant with {@code @DicomValue}.
 *
 * <pre>{@code
 * ValueEnums enums = ValueEnums.of(model, dict);
 * enums.typeOf("PhotometricInterpretation");   // "PhotometricInterpretation"; null for a keyword without an enum
 * }</pre>
 */
final class ValueEnums {

    static final String PACKAGE = SourceEmitter.PACKAGE + ".value";

    /**
     * One enum.
     *
     * @param element   the attribute
     * @param constants each constant with its value, in the order the values first appear in the sources
     * @param tables    the PS3.3 tables that define the attribute ("C.7.6.3 Image Pixel"), in section order
     */
    record ValueEnum(DataElements.Element element, Map<String, String> constants, Set<String> tables) {
    }

    /**
     * Keywords whose value set in PS3.3 is wider than the lists in the sources, with the section that says so: an
     * enum of the listed values would return null for the common ones, so these stay String.
     */
    static final Map<String, String> WIDER_THAN_SOURCES = Map.of(
            "BodyPartExamined", "PS3.3 C.7.3.1: General Series takes its terms from PS3.16 CID 4031, which the sources"
                    + " do not list; only the QTUS profile's BREAST is listed");

    private final Map<String, ValueEnum> byKeyword = new TreeMap<>();

    private ValueEnums() {
    }

    /** Finds the enums of a model; pseudo-modules (not generated) do not count. */
    static ValueEnums of(ModelReader.Model model, DataElements dict) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        Map<String, Set<String>> tables = new TreeMap<>();
        Set<String> enumerated = new TreeSet<>();
        for (TableDef t : model.tables().values()) {
            if (!SourceEmitter.isPseudo(t.key())) {
                collect(t, t.entries(), dict, values, tables, enumerated);
            }
        }
        enumerated.removeAll(WIDER_THAN_SOURCES.keySet());
        ValueEnums result = new ValueEnums();
        for (String keyword : enumerated) {
            Map<String, String> constants = new LinkedHashMap<>();
            for (String value : values.get(keyword)) {
                constants.put(constant(value, constants.keySet()), value);
            }
            result.byKeyword.put(keyword, new ValueEnum(dict.entry(dict.tagOf(keyword)), constants,
                    tables.get(keyword)));
        }
        return result;
    }

    private static void collect(TableDef t, List<Entry> entries, DataElements dict, Map<String, Set<String>> values,
                                Map<String, Set<String>> tables, Set<String> enumerated) {
        for (Entry e : entries) {
            if (!(e instanceof Entry.Attribute a)) {
                continue;
            }
            if (a.isSequence()) {
                collect(t, a.items(), dict, values, tables, enumerated);
                continue;
            }
            DataElements.Element element = dict.entry(a.tag());
            if (!"CS".equals(element.vr()) || !"1".equals(element.vm())) {
                continue;
            }
            tables.computeIfAbsent(a.keyword(), k -> new TreeSet<>(ValueEnums::bySection))
                    .add((t.section() != null ? t.section() + " " : "") + t.title());
            for (ValueSet set : a.values()) {
                if (set.valueIndex() <= 0) {
                    values.computeIfAbsent(a.keyword(), k -> new LinkedHashSet<>()).addAll(set.values());
                    if (set.enumerated()) {
                        enumerated.add(a.keyword());
                    }
                }
            }
        }
    }

    /**
     * Orders "C.7.6.3 Image Pixel" before "C.7.6.3.3 ..." before "C.7.6.24 ...": sections compare part by part,
     * numbers as numbers; a table without a section ("Icon Image Sequence") comes after those with one.
     */
    static int bySection(String a, String b) {
        String[] x = section(a);
        String[] y = section(b);
        if (x.length == 0 || y.length == 0) {
            return x.length != y.length ? Integer.compare(y.length, x.length) : a.compareTo(b);
        }
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return x.length != y.length ? Integer.compare(x.length, y.length) : a.compareTo(b);
    }

    /** The parts of the section a table citation starts with ("C.7.6.3 Image Pixel": C, 7, 6, 3), or none. */
    private static String[] section(String table) {
        String first = table.split(" ", 2)[0];
        return first.matches("[A-Z]\\.[0-9.]+") ? first.split("\\.") : new String[0];
    }

    /**
     * The constant for a value: characters other than letters, digits and '_' become '_', a leading digit gets a
     * '_' before it, and a name already taken (two values mangled alike) gets the first free suffix _2, _3...
     */
    static String constant(String value, Set<String> taken) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            b.append(c < 0x80 && Character.isLetterOrDigit(c) || c == '_' ? c : '_');
        }
        String base = b.isEmpty() || Character.isDigit(b.charAt(0)) ? "_" + b : b.toString();
        if (SourceVersion.isKeyword(base) || "_".equals(base)) {
            base = base + "_";
        }
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    /** @return the simple name of the keyword's enum, or null when it has none */
    String typeOf(String keyword) {
        return byKeyword.containsKey(keyword) ? keyword : null;
    }

    /** @return the simple names of every enum */
    Set<String> names() {
        return byKeyword.keySet();
    }

    /** @return the number of enums */
    int size() {
        return byKeyword.size();
    }

    /** @return every enum's source by path relative to src/main/java */
    Map<String, String> sources() {
        Map<String, String> out = new TreeMap<>();
        byKeyword.forEach((keyword, e) -> out.put(PACKAGE.replace('.', '/') + "/" + keyword + ".java",
                source(keyword, e)));
        return out;
    }

    private static String source(String keyword, ValueEnum e) {
        StringBuilder s = new StringBuilder("package ").append(PACKAGE).append(";\n\n");
        boolean annotated = e.constants().entrySet().stream().anyMatch(c -> !c.getKey().equals(c.getValue()));
        if (annotated) {
            s.append("import dev.iodine.annotations.DicomValue;\n\n");
        }
        s.append("/**\n");
        wrap("The values of " + e.element().name() + " " + SourceEmitter.tagText(e.element().tag())
                + ": the enumerated values and defined terms of its definitions in PS3.3 "
                + String.join(", ", e.tables()) + ". Accessors return null for a value that is not a constant;"
                + " their {@code ...String} twin reads it as text.", 110).forEach(l -> s.append(" * ").append(l).append('\n'));
        s.append(" *\n * <p>").append(SourceEmitter.MARKER)
                .append("; do not edit (see docs/generators.md).\n */\npublic enum ").append(keyword).append(" {\n\n");
        List<String> constants = new ArrayList<>();
        e.constants().forEach((name, value) -> constants.add(name.equals(value) ? "    " + name
                : "    @DicomValue(" + SourceEmitter.javaString(value) + ")\n    " + name));
        return s.append(String.join(",\n", constants)).append("\n}\n").toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

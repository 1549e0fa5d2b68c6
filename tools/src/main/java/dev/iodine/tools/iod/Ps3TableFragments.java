package dev.iodine.tools.iod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PS3.3 2026d module and macro tables that no other source here defines, transcribed by hand from PyMedPhys'
 * {@code module_attributes.json} into the fragment files of the resource folder {@value #FOLDER} (format:
 * docs/generators.md), read into {@link TableDef}s.
 *
 * <p>Syntax errors stop the importer with the file and line. Tags are the join key (the names are for people): a row
 * whose tag the dictionary lacks is left out and reported, and so is an include of a table that neither dicom3tools
 * nor a fragment defines, so that a partly transcribed group still generates.
 *
 * <pre>{@code
 * Ps3TableFragments.Result r = Ps3TableFragments.load().build(dicom3toolsTablesByLabel, existingKeys, dict);
 * r.tables();      // RTRadiationSet, RTBeamLimitingDeviceDefinitionMacro, ...
 * }</pre>
 */
public final class Ps3TableFragments {

    /** The resource folder, next to this class. */
    static final String FOLDER = "ps3-2026d";
    /** Where the tables come from, as {@link TableDef#source()} names it. */
    static final String ORIGIN = "PS3.3 2026d (pymedphys module_attributes.json)";
    /** Why a 1C/2C row of a fragment table is not checked. */
    static final String NO_CONDITION_TEXT = ORIGIN + " carries no condition text for this row";

    private static final Pattern LABEL = Pattern.compile("Table ([A-Z]\\.[0-9.]*[0-9]|[0-9][0-9.]*)-[0-9]+[a-z]?");
    private static final Pattern TAG = Pattern.compile("\\([0-9A-Fx]{4},[0-9A-Fx]{4}\\)");
    private static final Pattern DEPTH = Pattern.compile("0|[1-9][0-9]?");
    private static final Set<String> TYPES = Set.of("1", "1C", "2", "2C", "3");

    /**
     * One row as transcribed.
     *
     * @param line    its line number in the file
     * @param depth   its nesting depth (0 = the table's top level)
     * @param tag     the tag as written ({@code (GGGG,EEEE)}, possibly empty in the source), or null for an include
     * @param name    the attribute name, or null for an include
     * @param type    the type as written, or null for an include
     * @param include the included table's label, or null for an attribute
     */
    record Row(int line, int depth, String tag, String name, String type, String include) {

        /** @return the row without its line number, to compare two transcriptions of one table */
        String content() {
            return depth + "\t" + (include != null ? "INCLUDE\t" + include : tag + "\t" + name + "\t" + type);
        }
    }

    /** One table as transcribed: its TABLE line and its rows. */
    record Fragment(String file, int line, String label, String title, List<Row> rows) {

        String where() {
            return FOLDER + "/" + file + ":" + line;
        }
    }

    /**
     * A table read from the fragments.
     *
     * @param label its PS3.3 label ("Table C.36.10-1")
     * @param key   its key in the model ("RTRadiationSet")
     * @param rows  how many rows the fragment gives it (attributes and includes, at every depth)
     * @param file  the fragment file
     */
    public record Read(String label, String key, int rows, String file) {
    }

    /**
     * What the fragments became.
     *
     * @param tables    the tables, in fragment order
     * @param moduleIds the modules by the id the IOD module tables would use for them (the slug of their name)
     * @param read      one line per table, for the report
     * @param leftOut   the rows and includes left out, each with where and why
     * @param notes     the key collisions resolved
     */
    public record Result(List<TableDef> tables, Map<String, String> moduleIds, List<Read> read, List<String> leftOut,
                         List<String> notes) {

        /** @return this result with more notes */
        Result withNotes(List<String> more) {
            List<String> all = new ArrayList<>(notes);
            all.addAll(more);
            return new Result(tables, moduleIds, read, leftOut, List.copyOf(all));
        }
    }

    private final List<Fragment> fragments;

    private Ps3TableFragments(List<Fragment> fragments) {
        this.fragments = List.copyOf(fragments);
    }

    /** Reads every {@code *.tsv} of the resource folder (the importer runs from the class folder, not a jar). */
    public static Ps3TableFragments load() {
        URL url = Ps3TableFragments.class.getResource(FOLDER);
        if (url == null) {
            return parse(Map.of());
        }
        if (!"file".equals(url.getProtocol())) {
            throw new IllegalStateException("the fragment folder " + url + " is not a folder: run the importer from"
                    + " tools/target/classes (docs/generators.md)");
        }
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tsv")).toList()) {
                texts.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fragments in " + url + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + url, e);
        }
        return parse(texts);
    }

    /**
     * Parses fragment texts.
     *
     * @param texts the text of each fragment by file name; read in name order
     * @throws IllegalArgumentException naming the file and line of the first malformed line
     */
    static Ps3TableFragments parse(Map<String, String> texts) {
        List<Fragment> fragments = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(texts).entrySet()) {
            String[] lines = file.getValue().split("\r?\n", -1);
            String label = null;
            String title = null;
            int tableLine = 0;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int number = i + 1;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("TABLE")) {
                    require(f.length == 3 && LABEL.matcher(f[1]).matches() && !f[2].isBlank(), file.getKey(),
                            number, "TABLE<TAB>Table X-n<TAB>title", line);
                    if (label != null) {
                        fragments.add(new Fragment(file.getKey(), tableLine, label, title, List.copyOf(rows)));
                    }
                    label = f[1];
                    title = f[2].strip();
                    tableLine = number;
                    rows.clear();
                    continue;
                }
                require(label != null, file.getKey(), number, "a TABLE line before the first row", line);
                require(DEPTH.matcher(f[0]).matches(), file.getKey(), number, "a depth (0, 1, ...) first", line);
                int depth = Integer.parseInt(f[0]);
                Row previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                // A depth-n row belongs to the last depth n-1 row, which must then be an attribute (a sequence).
                require(depth == 0 || previous != null && depth <= previous.depth() + 1
                                && (depth <= previous.depth() || previous.include() == null),
                        file.getKey(), number, "a depth at most one more than the row before, under an attribute",
                        line);
                if (f.length > 1 && f[1].equals("INCLUDE")) {
                    require(f.length == 3 && LABEL.matcher(f[2]).matches(), file.getKey(), number,
                            "depth<TAB>INCLUDE<TAB>Table X-n", line);
                    rows.add(new Row(number, depth, null, null, null, f[2]));
                } else {
                    require(f.length == 4 && (f[1].isEmpty() || TAG.matcher(f[1]).matches()) && !f[3].isBlank(),
                            file.getKey(), number, "depth<TAB>(GGGG,EEEE)<TAB>name<TAB>type", line);
                    rows.add(new Row(number, depth, f[1], f[2], f[3].strip(), null));
                }
            }
            if (label != null) {
                fragments.add(new Fragment(file.getKey(), tableLine, label, title, List.copyOf(rows)));
            }
        }
        return new Ps3TableFragments(fragments);
    }

    private static void require(boolean ok, String file, int line, String expected, String found) {
        if (!ok) {
            throw new IllegalArgumentException(FOLDER + "/" + file + ":" + line + ": expected " + expected
                    + ", found '" + found.replace("\t", "<TAB>") + "'");
        }
    }

    /**
     * Builds the tables.
     *
     * @param dicom3tools the table each PS3.3 label stands for among the dicom3tools tables (macro preferred)
     * @param takenKeys   the keys of the tables the model has already
     * @param dict        the dictionary, which decides the rows kept and gives their keywords
     * @throws IllegalStateException when a fragment defines a label that dicom3tools defines, or two fragments
     *                               give one label different rows
     */
    Result build(Map<String, String> dicom3tools, Set<String> takenKeys, DataElements dict) {
        List<String> redefined = fragments.stream().filter(f -> dicom3tools.containsKey(f.label()))
                .map(f -> f.where() + ": " + f.label() + " (" + dicom3tools.get(f.label()) + ")").toList();
        if (!redefined.isEmpty()) {
            throw new IllegalStateException("these tables are defined by dicom3tools, to which the importer maps"
                    + " their includes; remove them from the fragments: " + String.join("; ", redefined));
        }
        Map<String, Fragment> byLabel = new LinkedHashMap<>();
        for (Fragment f : fragments) {
            Fragment other = byLabel.putIfAbsent(f.label(), f);
            if (other != null && !(other.title().equals(f.title()) && contents(other).equals(contents(f)))) {
                throw new IllegalStateException(f.where() + ": " + f.label() + " differs from its transcription at "
                        + other.where() + "; correct the one that differs from module_attributes.json");
            }
        }
        Set<String> taken = new HashSet<>(takenKeys);
        Map<String, String> keyByLabel = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Fragment f : byLabel.values()) {
            String key = key(f.title());
            if (!taken.add(key)) {
                String unique = key + "_" + f.label().substring("Table ".length()).replaceAll("[^A-Za-z0-9]", "_");
                notes.add(f.label() + " (" + f.where() + "): the key " + key + " is taken, so it is " + unique);
                key = unique;
                if (!taken.add(key)) {
                    throw new IllegalStateException(f.where() + ": no unique key for " + f.label());
                }
            }
            keyByLabel.put(f.label(), key);
        }
        List<TableDef> tables = new ArrayList<>();
        Map<String, String> moduleIds = new TreeMap<>();
        List<Read> read = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Fragment f : byLabel.values()) {
            String key = keyByLabel.get(f.label());
            Builder b = new Builder(f, dicom3tools, keyByLabel, dict, leftOut);
            List<Entry> entries = b.entries(0, key, 0);
            boolean macro = !f.title().endsWith("Module Attributes");
            String name = name(f.title());
            tables.add(new TableDef(key, macro, name, section(f.label()), null, null,
                    f.label() + ", " + ORIGIN + ", tools " + FOLDER + "/" + f.file(), entries));
            if (!macro) {
                moduleIds.put(slug(name), key);
            }
            read.add(new Read(f.label(), key, f.rows().size(), f.file()));
        }
        return new Result(List.copyOf(tables), Map.copyOf(moduleIds), List.copyOf(read), List.copyOf(leftOut),
                List.copyOf(notes));
    }

    private static List<String> contents(Fragment f) {
        return f.rows().stream().map(Row::content).toList();
    }

    /** Turns the rows of one table into entries, following the depths. */
    private static final class Builder {
        private final Fragment fragment;
        private final Map<String, String> dicom3tools;
        private final Map<String, String> fragmentKeys;
        private final DataElements dict;
        private final List<String> leftOut;

        Builder(Fragment fragment, Map<String, String> dicom3tools, Map<String, String> fragmentKeys,
                DataElements dict, List<String> leftOut) {
            this.fragment = fragment;
            this.dicom3tools = dicom3tools;
            this.fragmentKeys = fragmentKeys;
            this.dict = dict;
            this.leftOut = leftOut;
        }

        /** @return the entries of the rows from {@code start} at {@code depth}, up to the first shallower row */
        List<Entry> entries(int start, String where, int depth) {
            List<Entry> entries = new ArrayList<>();
            List<Row> rows = fragment.rows();
            for (int i = start; i < rows.size() && rows.get(i).depth() >= depth; i++) {
                Row row = rows.get(i);
                if (row.depth() > depth) {
                    continue;   // a row of an item, read by the call for its sequence
                }
                String at = FOLDER + "/" + fragment.file() + ":" + row.line() + " " + where;
                if (row.include() != null) {
                    String macro = dicom3tools.getOrDefault(row.include(), fragmentKeys.get(row.include()));
                    if (macro == null) {
                        leftOut.add(at + ": include of " + row.include() + " (neither dicom3tools nor a fragment"
                                + " defines it)");
                    } else {
                        entries.add(new Entry.MacroInclude(macro, null));
                    }
                    continue;
                }
                int nested = nestedRows(i);
                DataElements.Element element = row.tag().isEmpty() ? null
                        : dict.entry(DataElements.parseTag(row.tag()));
                String type = "3C".equals(row.type()) ? "3" : row.type();
                String why = element == null ? (row.tag().isEmpty() ? "the source gives no tag"
                        : row.tag() + " is not in derived/data-elements.tsv")
                        : !TYPES.contains(type) ? "type '" + row.type() + "' is not a PS3.3 attribute type" : null;
                if (why != null) {
                    leftOut.add(at + " > " + row.name() + ": " + why
                            + (nested > 0 ? "; its " + nested + " nested rows with it" : ""));
                    continue;
                }
                List<Entry> items = null;
                if (nested > 0 || "SQ".equals(element.vr())) {
                    if (!"SQ".equals(element.vr())) {
                        throw new IllegalStateException(at + " > " + element.keyword() + ": rows are nested under "
                                + row.tag() + ", which is not a sequence (VR " + element.vr() + ")");
                    }
                    items = entries(i + 1, where + " > " + element.keyword(), depth + 1);
                }
                boolean conditional = type.endsWith("C");
                entries.add(new Entry.Attribute(element.tag(), element.keyword(), type, null, conditional, false,
                        List.of(), items));
            }
            return List.copyOf(entries);
        }

        private int nestedRows(int at) {
            List<Row> rows = fragment.rows();
            int n = 0;
            while (at + 1 + n < rows.size() && rows.get(at + 1 + n).depth() > rows.get(at).depth()) {
                n++;
            }
            return n;
        }
    }

    /** @return the table's name: the title without "Attributes", and without "Module" for a module */
    static String name(String title) {
        String name = title.replaceFirst("\\s+Attributes$", "");
        return title.endsWith("Module Attributes") ? name.replaceFirst("\\s+Module$", "") : name;
    }

    /**
     * @return the dicom3tools-style key of a table title: its words joined, each capitalized ("RT Radiation Set
     *         Module Attributes" → {@code RTRadiationSet}); a macro's key ends with "Macro"
     */
    static String key(String title) {
        StringBuilder sb = new StringBuilder();
        for (String word : name(title).split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        boolean macro = !title.endsWith("Module Attributes");
        return macro && !sb.toString().endsWith("Macro") ? sb + "Macro" : sb.toString();
    }

    /** @return the id that the IOD module tables use for a module name ("RT Radiation Set" → "rt-radiation-set") */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** @return the PS3.3 section of a table label ("Table C.36.10-1" → "C.36.10") */
    static String section(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a table label: " + label);
        }
        return m.group(1);
    }

    /** @return true when the table at the root of a location ("Key > Sequence > Keyword") is read from a fragment */
    static boolean fromFragment(Map<String, TableDef> tables, String location) {
        int end = location.indexOf(" > ");
        TableDef t = tables.get(end < 0 ? location : location.substring(0, end));
        return t != null && t.source().contains(ORIGIN);
    }
}

package dev.iodine.tools.iod;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the intermediate model from the sources: every dicom3tools module and macro as a {@link TableDef}, and
 * every composite IOD as an {@link IodDef}.
 *
 * <p>IOD compositions follow the newest module tables (highdicom 2026b: order, usage, IE) and take the encoded
 * conditions and the definitions of dicom3tools' per-IOD functional group modules from the dicom3tools composition
 * of the same CIOD. dicom3tools' pseudo-modules (File Meta Information, checks such as CheckSingleFramePseudo)
 * are left out: they are not PS3.3 modules.
 *
 * <pre>{@code
 * Model model = new ModelReader(sources, dict, values).read();
 * IodDef ct = model.iods().get("ct-image");
 * }</pre>
 */
public final class ModelReader {

    /**
     * The whole model.
     *
     * @param tables modules and macros by dicom3tools name (sorted)
     * @param iods   IODs by CIOD id (sorted)
     * @param undefinedIods CIODs of the newest tables that cannot be composed, with what is missing
     * @param variants dicom3tools compositions not used because another composition of the same CIOD was
     */
    public record Model(Map<String, TableDef> tables, Map<String, IodDef> iods, Map<String, String> undefinedIods,
                        Map<String, String> variants) {
    }

    private static final Pattern SECTION = Pattern.compile("sect_(.+?)\\.html");
    private static final Pattern TABLE = Pattern.compile("table_([A-Z]\\.[0-9.]+?)-[0-9]");
    private static final Pattern LABEL_LINK = Pattern.compile("#table_(?:PS3\\.3_)?(.+)$");

    /**
     * A row that PS3.3 has and dicom3tools lacks, added by hand (resource hand-rows.tsv).
     *
     * @param where   the table and sequence path it belongs to, e.g. {@code RTBeams.BeamSequence}
     * @param after   the keyword of the row it follows in that table or item, or "-" to end it
     * @param keyword its PS3.6 keyword
     * @param type    its type: 1, 2 or 3; 1C or 2C followed by the dicom3tools condition in parentheses
     *                ({@code 1C(IsMultienergyCTAcquisition)}), or bare when PS3.3 states the condition in prose only
     * @param include for a sequence, the dicom3tools macros its item includes, joined by '+', or "-"
     */
    public record HandRow(String where, String after, String keyword, String type, String include) {
    }

    /**
     * A macro include that dicom3tools gets wrong, replaced by hand (resource hand-includes.tsv), or one that it
     * lacks, added by hand.
     *
     * @param where       the table and sequence path of the include, e.g. {@code RealWorldValueMappingItemMacro.QuantityDefinitionSequence}
     * @param macro       the dicom3tools macro included there, or "-" when dicom3tools includes none that stands
     *                    for it (the include is then added at the end of that table or item)
     * @param replacement the dicom3tools macro that the PS3.3 table includes instead
     */
    public record HandInclude(String where, String macro, String replacement) {
    }

    /**
     * A row of a dicom3tools table that the PS3.3 table no longer has, though its data element is not retired
     * (resource hand-removals.tsv): an attribute, or a macro include written {@code INCLUDE <macro>}.
     *
     * @param where the table and sequence path of the row, e.g. {@code CTImage}
     * @param row   the keyword of the attribute, or {@code INCLUDE} and the dicom3tools macro (after hand-includes.tsv)
     */
    public record HandRemoval(String where, String row) {

        boolean matches(Entry entry) {
            return entry instanceof Entry.Attribute a ? a.keyword().equals(row)
                    : entry instanceof Entry.MacroInclude m && ("INCLUDE " + m.macro()).equals(row);
        }
    }

    /**
     * A module of the PS3.3 tables that no source defines, defined by hand (resource hand-modules.tsv); its rows are
     * hand rows whose table is {@code key}.
     *
     * @param key          the module's name in the model, in dicom3tools' style
     * @param innoliticsId the id by which the IOD module tables name it
     * @param title        the standard's name of the module
     * @param section      its PS3.3 section
     * @param placements   the IOD module tables newer than highdicom 2026b's that list it, which 2026b does not
     */
    public record HandModule(String key, String innoliticsId, String title, String section,
                             List<Placement> placements) {
    }

    /**
     * A row of an IOD module table that highdicom 2026b lacks: the module is listed in {@code ciod}'s table after
     * the module {@code after} (both by the id the IOD tables use), in the same information entity, with
     * {@code usage}.
     */
    public record Placement(String ciod, String after, String usage) {

        /** @return the placements written {@code ciod:after:usage}, comma separated, or none for {@code -} */
        public static List<Placement> parse(String text) {
            if (text.equals("-")) {
                return List.of();
            }
            List<Placement> list = new ArrayList<>();
            for (String p : text.split(",")) {
                String[] f = p.strip().split(":");
                if (f.length != 3) {
                    throw new IllegalStateException("hand-modules.tsv: expected ciod:after:usage, found: " + p);
                }
                list.add(new Placement(f[0], f[1], f[2]));
            }
            return List.copyOf(list);
        }
    }

    /**
     * Where the section of a table comes from when the id join finds no innolitics table for it (resource
     * table-sections.tsv).
     *
     * @param source {@code innolitics:<id>} (that table's section), {@code PS3.3 <section>}, or {@code -} (none)
     * @param why    what the table is, and for {@code -} why PS3.3 has no table of its own
     */
    public record TableSection(String source, String why) {
    }

    private static final Pattern HAND_TYPE = Pattern.compile("([123]|[12]C)(?:\\((\\w+)\\))?");

    private final StandardSources sources;
    private final DataElements dict;
    private final ValueLists values;
    private final List<HandRow> handRows;
    private final List<HandRow> unusedHandRows;
    private final List<HandInclude> unusedHandIncludes;
    private final List<HandRemoval> handRemovals;
    private final List<HandRemoval> unusedHandRemovals;
    private final List<HandModule> handModules;
    private final Map<String, TableSection> tableSections;
    private final List<String> unusedTableSections;
    private final Ps3TableFragments fragments;
    private Ps3TableFragments.Result fragmentTables;

    /** @param sources the standard's data; @param dict the dictionary; @param values the value lists */
    public ModelReader(StandardSources sources, DataElements dict, ValueLists values) {
        this(sources, dict, values, List.of(), List.of(), List.of(), Map.of(), List.of(),
                Ps3TableFragments.parse(Map.of()));
    }

    /**
     * @param handRows     rows to add where dicom3tools lacks a row of the PS3.3 table
     * @param handIncludes macro includes to correct where dicom3tools includes another macro than PS3.3
     * @param handModules  modules to define where no source defines a module of the IOD tables
     * @param tableSections by dicom3tools name, the sections of tables the id join leaves without one
     * @param handRemovals rows to remove where the PS3.3 table no longer has a row of dicom3tools'
     * @param fragments    the PS3.3 2026d tables that no other source defines
     */
    public ModelReader(StandardSources sources, DataElements dict, ValueLists values, List<HandRow> handRows,
                       List<HandInclude> handIncludes, List<HandModule> handModules,
                       Map<String, TableSection> tableSections, List<HandRemoval> handRemovals,
                       Ps3TableFragments fragments) {
        this.sources = sources;
        this.dict = dict;
        this.values = values;
        this.handRows = List.copyOf(handRows);
        this.unusedHandRows = new ArrayList<>(handRows);
        this.unusedHandIncludes = new ArrayList<>(handIncludes);
        this.handRemovals = List.copyOf(handRemovals);
        this.unusedHandRemovals = new ArrayList<>(handRemovals);
        this.handModules = List.copyOf(handModules);
        this.tableSections = Map.copyOf(tableSections);
        this.unusedTableSections = new ArrayList<>(new TreeMap<>(tableSections).keySet());
        this.fragments = fragments;
    }

    /** @return what {@link #read()} made of the PS3.3 2026d fragments */
    public Ps3TableFragments.Result fragmentTables() {
        if (fragmentTables == null) {
            throw new IllegalStateException("read() first");
        }
        return fragmentTables;
    }

    /** @return the hand rows, includes and removals whose table, row or macro was not found by {@link #read()} */
    public List<Object> unusedHandEntries() {
        List<Object> unused = new ArrayList<>(unusedHandRows);
        unused.addAll(unusedHandIncludes);
        unused.addAll(unusedHandRemovals);
        return unused;
    }

    /** @return the table sections that {@link #read()} did not use: no such table, or one the join does find */
    public List<String> unusedTableSections() {
        return List.copyOf(unusedTableSections);
    }

    /** Reads everything. */
    public Model read() {
        JsonNode ids = sources.json("derived/dicom3tools-to-innolitics-ids.json");
        Map<String, JsonNode> innoliticsModules = byId(sources.json("innolitics-2024b/modules.json"));
        Map<String, JsonNode> innoliticsMacros = byId(sources.json("innolitics-2024b/macros.json"));
        Map<String, JsonNode> innoliticsTables = new HashMap<>(innoliticsModules);
        innoliticsTables.putAll(innoliticsMacros);
        JsonNode defs = sources.json("derived/dicom3tools-modules.json");
        Map<String, TableDef> tables = new TreeMap<>();
        for (String kind : List.of("modules", "macros")) {
            defs.get(kind).fields().forEachRemaining(e -> {
                JsonNode idNode = ids.get(kind).path(e.getKey()).get("innoliticsId");
                JsonNode inno = idNode == null || idNode.isNull() ? null : innoliticsTables.get(idNode.asText());
                tables.put(e.getKey(), table(e.getKey(), "macros".equals(kind), e.getValue(), inno,
                        innoliticsTables));
            });
        }
        for (HandModule m : handModules) {
            if (tables.containsKey(m.key())) {
                throw new IllegalStateException("hand-modules.tsv: " + m.key() + " is defined by the sources");
            }
            List<Entry> rows = new ArrayList<>();
            addHandRows(rows, m.key());
            tables.put(m.key(), new TableDef(m.key(), false, m.title(), m.section(), null, null,
                    "tools hand-modules.tsv", List.copyOf(rows)));
        }
        Ps3TableFragments.Result fromFragments = fragments.build(
                dicom3toolsLabels(ids, innoliticsModules, innoliticsMacros, defs),
                tables.keySet(), dict);
        fromFragments.tables().forEach(t -> tables.put(t.key(), t));
        fragmentTables = fromFragments.withNotes(moduleIdNotes(fromFragments.moduleIds(), ids));
        return new IodComposer(sources, ids, tables, handModules, fragmentTables.moduleIds()).compose();
    }

    /** @return what keeps a fragment module out of IOD composition: no IOD table uses its id, or a source has it */
    private List<String> moduleIdNotes(Map<String, String> moduleIds, JsonNode ids) {
        Set<String> used = new TreeSet<>();
        sources.json("highdicom-2026b/iod_module_map.json").forEach(table -> table.forEach(row ->
                used.add(row.get("key").asText())));
        Map<String, String> taken = new TreeMap<>();
        ids.get("modules").fields().forEachRemaining(e -> {
            String id = text(e.getValue(), "innoliticsId");
            if (id != null) {
                taken.put(id, e.getKey());
            }
        });
        handModules.forEach(m -> taken.put(m.innoliticsId(), m.key()));
        List<String> notes = new ArrayList<>();
        moduleIds.forEach((id, key) -> {
            if (!used.contains(id)) {
                notes.add(key + ": no IOD module table of highdicom 2026b uses the id " + id);
            } else if (taken.containsKey(id)) {
                notes.add(key + ": the IOD tables' id " + id + " is " + taken.get(id) + "'s, which they use");
            }
        });
        return notes;
    }

    /**
     * The PS3.3 label of each dicom3tools table the id join places: dicom3tools name, innolitics id, the innolitics
     * table's link {@code #table_X}, "Table X". A module's id is looked up among innolitics' modules first and a
     * macro's among its macros, as one id can name both (display-shutter: the module is Table C.7-17, the macro
     * C.7-17a); where a module and a macro still share a label, the macro is what an include means.
     */
    static Map<String, String> dicom3toolsLabels(JsonNode ids, Map<String, JsonNode> modules,
                                                 Map<String, JsonNode> macros, JsonNode defs) {
        Map<String, String> labels = new TreeMap<>();
        for (String kind : List.of("modules", "macros")) {
            Map<String, JsonNode> first = kind.equals("modules") ? modules : macros;
            Map<String, JsonNode> second = kind.equals("modules") ? macros : modules;
            defs.get(kind).fieldNames().forEachRemaining(key -> {
                String id = ids.get(kind).path(key).path("innoliticsId").asText("");
                JsonNode inno = first.getOrDefault(id, second.get(id));
                Matcher m = LABEL_LINK.matcher(inno == null ? "" : inno.path("linkToStandard").asText());
                if (m.find()) {
                    labels.put("Table " + m.group(1), key);
                }
            });
        }
        return labels;
    }

    private TableDef table(String key, boolean macro, JsonNode def, JsonNode innolitics,
            Map<String, JsonNode> innoliticsTables) {
        String title;
        String section = null;
        String noSection = null;
        if (innolitics != null) {
            title = innolitics.get("name").asText();
            section = section(innolitics);
        } else {
            title = JavaNames.words(key.replaceFirst("Macro$", ""));
            TableSection given = tableSections.get(key);
            if (given != null) {
                unusedTableSections.remove(key);
                if (given.source().startsWith("innolitics:")) {
                    JsonNode other = innoliticsTables.get(given.source().substring("innolitics:".length()));
                    if (other == null) {
                        throw new IllegalStateException("table-sections.tsv: " + key + " names " + given.source()
                                + ", which innolitics does not have");
                    }
                    section = section(other);
                } else if (given.source().startsWith("PS3.3 ")) {
                    section = given.source().substring("PS3.3 ".length());
                } else if (given.source().equals("-")) {
                    noSection = given.why();
                } else {
                    throw new IllegalStateException("table-sections.tsv: " + key + ": expected innolitics:<id>,"
                            + " PS3.3 <section> or -, found '" + given.source() + "'");
                }
            }
        }
        String source = "dicom3tools " + def.get("file").asText().replace("libsrc/standard/", "") + ":"
                + def.get("line").asInt();
        String ie = def.has("informationEntity") ? def.get("informationEntity").asText() : null;
        return new TableDef(key, macro, title, section, noSection, ie, source, entries(def.get("items"), key));
    }

    /** @return the PS3.3 section of an innolitics module or macro */
    private static String section(JsonNode innolitics) {
        return moduleSection(innolitics.path("linkToStandard").asText(), innolitics.path("description").asText());
    }

    private List<Entry> entries(JsonNode items, String where) {
        List<Entry> result = new ArrayList<>();
        for (JsonNode item : items) {
            String kind = item.get("kind").asText();
            switch (kind) {
                case "macro" -> result.add(new Entry.MacroInclude(include(where, item.get("macro").asText()),
                        text(item, "condition")));
                case "attribute", "sequence" -> result.add(attribute(item, where));
                case "verify" -> { }   // dciodvfy's extra value checks: not rows of the standard's tables
                default -> throw new IllegalStateException(where + ": unknown item kind '" + kind + "'");
            }
        }
        for (HandInclude added : List.copyOf(unusedHandIncludes)) {
            if (added.where().equals(where) && "-".equals(added.macro())) {
                unusedHandIncludes.remove(added);
                result.add(new Entry.MacroInclude(added.replacement(), null));
            }
        }
        for (HandRemoval removal : handRemovals) {
            if (removal.where().equals(where) && result.removeIf(removal::matches)) {
                unusedHandRemovals.remove(removal);
            }
        }
        addHandRows(result, where);
        return List.copyOf(result);
    }

    /** Inserts the hand rows of {@code where} after the rows they name; a hand-added sequence may get its own. */
    private void addHandRows(List<Entry> rows, String where) {
        for (HandRow row : handRows) {
            if (!row.where().equals(where)) {
                continue;
            }
            for (int i = "-".equals(row.after()) ? rows.size() - 1 : 0; i < rows.size(); i++) {
                if ("-".equals(row.after())
                        || rows.get(i) instanceof Entry.Attribute a && a.keyword().equals(row.after())) {
                    Integer tag = dict.tagOf(row.keyword());
                    if (tag == null) {
                        throw new IllegalStateException("hand-rows.tsv: " + row.keyword() + " is not a keyword");
                    }
                    List<Entry> items = null;
                    if ("SQ".equals(dict.entry(tag).vr())) {
                        items = new ArrayList<>();
                        if (!"-".equals(row.include())) {
                            for (String macro : row.include().split("\\+")) {
                                items.add(new Entry.MacroInclude(macro, null));
                            }
                        }
                        addHandRows(items, where + "." + row.keyword());
                        items = List.copyOf(items);
                    }
                    Matcher type = HAND_TYPE.matcher(row.type());
                    if (!type.matches()) {
                        throw new IllegalStateException("hand-rows.tsv: " + row.keyword() + " has type '" + row.type()
                                + "', expected 1, 2, 3, 1C, 2C, or 1C/2C with a dicom3tools condition in parentheses");
                    }
                    boolean conditional = type.group(1).endsWith("C");
                    rows.add(i + 1, new Entry.Attribute(tag, row.keyword(), type.group(1), type.group(2),
                            conditional && type.group(2) == null, false, List.of(), items));
                    unusedHandRows.remove(row);
                    break;
                }
            }
        }
    }

    /** @return the macro that the include of {@code macro} at {@code where} stands for, after hand-includes.tsv */
    private String include(String where, String macro) {
        for (HandInclude fix : List.copyOf(unusedHandIncludes)) {
            if (fix.where().equals(where) && fix.macro().equals(macro)) {
                unusedHandIncludes.remove(fix);
                return fix.replacement();
            }
        }
        return macro;
    }

    private Entry.Attribute attribute(JsonNode item, String where) {
        int tag = DataElements.parseTag(item.get("tag").asText());
        DataElements.Element element = dict.entry(tag);
        if (element == null) {
            throw new IllegalStateException(where + ": " + item.get("tag").asText() + " ("
                    + item.get("keyword").asText() + ") is not in derived/data-elements.tsv");
        }
        List<Entry> nested = "sequence".equals(item.get("kind").asText())
                ? entries(item.get("items"), where + "." + element.keyword()) : null;
        return new Entry.Attribute(tag, element.keyword(), type(text(item, "type")), text(item, "condition"),
                item.path("noCondition").asBoolean(false), item.path("mayBePresentOtherwise").asBoolean(false),
                valueSets(item.get("checks")), nested);
    }

    /**
     * Type 3C ("may be present if ...", VL Image's Window Center) only ever permits, so it is Type 3; a row without
     * a type (the retired Audio module's Audio Comments) is optional too.
     */
    private static String type(String type) {
        return type == null || "3C".equals(type) ? "3" : type;
    }

    private List<ValueSet> valueSets(JsonNode checks) {
        if (checks == null) {
            return List.of();
        }
        String selector = text(checks, "ValueSelector");
        int index = selector == null || "*".equals(selector) ? -1 : Integer.parseInt(selector);
        List<ValueSet> sets = new ArrayList<>();
        addValueSet(sets, true, index, values.get("String", text(checks, "StringEnumValues")));
        addValueSet(sets, false, index, values.get("String", text(checks, "StringDefinedTerms")));
        List<String> binary = values.get("Binary", text(checks, "BinaryEnumValues"));
        if (binary != null) {
            addValueSet(sets, true, index, binary.stream().map(ModelReader::decimal).toList());
        }
        return List.copyOf(sets);
    }

    private static void addValueSet(List<ValueSet> sets, boolean enumerated, int index, List<String> list) {
        if (list != null && !list.isEmpty()) {
            sets.add(new ValueSet(enumerated, index, list));
        }
    }

    private static String decimal(String value) {
        return value.startsWith("0x") ? Long.toString(Long.parseLong(value.substring(2), 16)) : value;
    }

    static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        for (JsonNode n : array) {
            map.put(n.get("id").asText(), n);
        }
        return map;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * The PS3.3 section of a module or macro. The table link names only the HTML page, and the standard's pages hold
     * a section's first subsections too ("sect_C.7.html#table_C.7-1" is the Patient Module, C.7.1.1), so a link in
     * the description to a subsection of that page (the module's own heading) is the more precise section.
     *
     * @param link        the table link ("…/sect_C.7.html#table_C.7-1")
     * @param description the HTML description, which may link the module's heading ("…/sect_C.7.html#sect_C.7.1.1",
     *                    or within the page, "#sect_C.8.8.1" as RT Series does)
     * @return the most precise section the two give ("C.7.1.1"), or null when the link names none
     */
    static String moduleSection(String link, String description) {
        Matcher page = SECTION.matcher(link == null ? "" : link);
        if (!page.find()) {
            return null;
        }
        String section = page.group(1);
        Matcher heading = Pattern.compile("(?:sect_" + Pattern.quote(section) + "\\.html)?#sect_("
                + Pattern.quote(section) + "\\.[0-9.]*[0-9])").matcher(description == null ? "" : description);
        return heading.find() ? heading.group(1) : section;
    }

    /** @return the PS3.3 section of a CIOD's module table link ("table_A.3-1" → "A.3") */
    static String iodSection(String link) {
        Matcher m = TABLE.matcher(link == null ? "" : link);
        return m.find() ? m.group(1) : null;
    }
}

package dev.iodine.tools.iod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Composes the IODs of {@link ModelReader}: the module tables of highdicom 2026b (the newest edition here) joined
 * with the dicom3tools composition of the same CIOD, which brings the encoded module conditions and dicom3tools'
 * per-IOD functional group modules.
 */
final class IodComposer {

    /** The one module whose dicom3tools name the id join misses. */
    private static final Map<String, String> MODULE_ALIASES =
            Map.of("supplemental-palette-color-lookup-table", "SupplementalPaletteColorLUT");
    private static final String FUNCTIONAL_GROUPS = "MultiFrameFunctionalGroups";

    private final StandardSources sources;
    private final JsonNode ids;
    private final Map<String, TableDef> tables;
    private final Map<String, String> moduleByInnoliticsId = new HashMap<>(MODULE_ALIASES);
    /** The rows of newer IOD module tables than 2026b's (hand-modules.tsv), by CIOD: module id and placement. */
    private final Map<String, List<Map.Entry<String, ModelReader.Placement>>> placements = new HashMap<>();

    /**
     * @param handModules     the modules defined by hand (hand-modules.tsv)
     * @param fragmentModules the modules read from the PS3.3 2026d fragments, by the id the IOD tables use
     */
    IodComposer(StandardSources sources, JsonNode ids, Map<String, TableDef> tables,
                List<ModelReader.HandModule> handModules, Map<String, String> fragmentModules) {
        this.sources = sources;
        this.ids = ids;
        this.tables = tables;
        for (ModelReader.HandModule m : handModules) {
            moduleByInnoliticsId.put(m.innoliticsId(), m.key());
            for (ModelReader.Placement p : m.placements()) {
                placements.computeIfAbsent(p.ciod(), k -> new ArrayList<>()).add(Map.entry(m.innoliticsId(), p));
            }
        }
        ids.get("modules").fields().forEachRemaining(e -> {
            String id = ModelReader.text(e.getValue(), "innoliticsId");
            if (id != null) {
                moduleByInnoliticsId.putIfAbsent(id, e.getKey());
            }
        });
        // An id that a dicom3tools module already has keeps it (ModelReader reports the fragment module).
        fragmentModules.forEach(moduleByInnoliticsId::putIfAbsent);
    }

    ModelReader.Model compose() {
        JsonNode tablesByCiod = sources.json("highdicom-2026b/iod_module_map.json");
        Map<String, JsonNode> ciods = ModelReader.byId(sources.json("innolitics-2024b/ciods.json"));
        Map<String, String> conditionTexts = new HashMap<>();
        for (JsonNode row : sources.json("innolitics-2024b/ciod_to_modules.json")) {
            String text = ModelReader.text(row, "conditionalStatement");
            if (text != null && !text.isBlank()) {
                conditionTexts.put(row.get("ciodId").asText() + "/" + row.get("moduleId").asText(), text.strip());
            }
        }
        Map<String, List<String>> uids = new TreeMap<>();
        sources.json("highdicom-2026b/sop_class_iod_map.json").fields().forEachRemaining(e ->
                uids.computeIfAbsent(e.getValue().asText(), k -> new ArrayList<>()).add(e.getKey()));
        Map<String, JsonNode> compositions = new LinkedHashMap<>();
        Map<String, String> variants = new TreeMap<>();
        sources.json("derived/dicom3tools-iods.json").get("iods").fields().forEachRemaining(e -> {
            String ciod = ModelReader.text(ids.get("iods").path(e.getKey()), "innoliticsId");
            JsonNode def = e.getValue();
            if (ciod == null) {
                variants.put(e.getKey(), "not a CIOD of the current standard (retired, private or pseudo)");
            } else if (def.has("profile") || def.has("retired")) {
                variants.put(e.getKey(), "a profile or retired variant of " + ciod);
            } else if (compositions.containsKey(ciod)) {
                variants.put(e.getKey(), "a second composition of " + ciod + "; "
                        + compositions.get(ciod).get("name").asText() + " is used");
            } else {
                compositions.put(ciod, def);
            }
        });
        Map<String, IodDef> iods = new TreeMap<>();
        Map<String, String> undefined = new TreeMap<>();
        tablesByCiod.fields().forEachRemaining(e -> {
            String ciod = e.getKey();
            JsonNode inno = ciods.get(ciod);
            String title = inno != null ? inno.get("name").asText() : titleOf(ciod);
            String section = inno != null ? ModelReader.iodSection(inno.get("linkToStandard").asText()) : null;
            List<String> sopClasses = uids.getOrDefault(ciod, List.of());
            IodDef iod = iod(ciod, title, section, sopClasses, withPlacements(ciod, e.getValue()),
                    compositions.get(ciod), conditionTexts);
            if (compositions.get(ciod) == null && !iod.missing().isEmpty()) {
                undefined.put(ciod, "no dicom3tools composition, and no definition of: "
                        + String.join(", ", iod.missing()));
            } else {
                iods.put(ciod, iod);
            }
        });
        if (!placements.isEmpty()) {
            throw new IllegalStateException("hand-modules.tsv places modules in IODs that do not exist: "
                    + placements.keySet());
        }
        return new ModelReader.Model(tables, iods, undefined, variants);
    }

    /** @return the module table of {@code ciod} with the rows that hand-modules.tsv adds to it */
    private JsonNode withPlacements(String ciod, JsonNode table) {
        List<Map.Entry<String, ModelReader.Placement>> added = placements.remove(ciod);
        if (added == null) {
            return table;
        }
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        table.forEach(rows::add);
        for (Map.Entry<String, ModelReader.Placement> a : added) {
            ModelReader.Placement p = a.getValue();
            int after = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).get("key").asText().equals(p.after())) {
                    after = i;
                }
            }
            if (after < 0) {
                throw new IllegalStateException("hand-modules.tsv: " + ciod + " lists no module " + p.after());
            }
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            row.put("key", a.getKey());
            row.put("usage", p.usage());
            row.put("ie", rows.get(after).get("ie").asText());
            rows.insert(after + 1, row);
        }
        return rows;
    }

    private IodDef iod(String ciod, String title, String section, List<String> sopClasses, JsonNode table,
                       JsonNode composition, Map<String, String> conditionTexts) {
        List<JsonNode> d3 = new ArrayList<>();
        if (composition != null) {
            for (JsonNode ie : composition.get("informationEntities")) {
                for (JsonNode m : ie.get("modules")) {
                    d3.add(m);
                }
            }
        }
        List<IodDef.ModuleUsage> modules = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode row : table) {
            String key = row.get("key").asText();
            String usage = row.get("usage").asText();
            String ie = row.get("ie").asText();
            String text = conditionTexts.get(ciod + "/" + key);
            JsonNode match = d3.stream().filter(m -> key.equals(innoliticsIdOf(m))).findFirst().orElse(null);
            String module = match != null ? match.get("module").asText() : moduleByInnoliticsId.get(key);
            if (module == null && key.endsWith("multi-frame-functional-groups")) {
                // dicom3tools splits this module into the common attributes and the IOD's functional groups; where
                // it has two alternative functional group modules (IVOCT for presentation / for processing), both
                // define the functional group sequences, so only the first is used and the other is reported.
                List<JsonNode> parts = d3.stream()
                        .filter(m -> m.get("module").asText().startsWith(FUNCTIONAL_GROUPS)).toList();
                boolean groupsTaken = false;
                for (JsonNode part : parts) {
                    String name = part.get("module").asText();
                    boolean common = name.equals(FUNCTIONAL_GROUPS + "Common");
                    if (!common && groupsTaken) {
                        missing.add(name + " (an alternative of the functional groups used)");
                        continue;
                    }
                    groupsTaken |= !common;
                    modules.add(new IodDef.ModuleUsage(name, ie, usage, null, null));
                }
                if (!parts.isEmpty()) {
                    continue;
                }
            }
            if (module == null || !tables.containsKey(module)) {
                missing.add(key);
                continue;
            }
            String conditionName = null;
            if ("C".equals(usage) && match != null && "C".equals(match.path("usage").asText())) {
                conditionName = ModelReader.text(match, "condition");
            }
            modules.add(new IodDef.ModuleUsage(module, ie, usage, conditionName,
                    "C".equals(usage) ? text : null));
        }
        String from = composition != null ? "dicom3tools " + composition.get("name").asText() + " + highdicom 2026b"
                : "highdicom 2026b";
        return new IodDef(ciod, title, section, List.copyOf(sopClasses), List.copyOf(modules), from,
                List.copyOf(missing));
    }

    private String innoliticsIdOf(JsonNode compositionRow) {
        String module = compositionRow.get("module").asText();
        String alias = MODULE_ALIASES.entrySet().stream().filter(a -> a.getValue().equals(module))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        return alias != null ? alias : ModelReader.text(ids.get("modules").path(module), "innoliticsId");
    }

    private static String titleOf(String id) {
        StringBuilder sb = new StringBuilder();
        for (String word : id.split("-")) {
            sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }
}

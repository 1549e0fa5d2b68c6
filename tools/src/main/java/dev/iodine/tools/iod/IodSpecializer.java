package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Resolves, per IOD, a sequence that two of its modules define with different item rows. PS3.3 lets the more
 * specialized module's definition apply within the IOD (VL Image's Referenced Image Sequence over General
 * Reference's, Mammography Image's View Code Sequence over DX Positioning's); one generated class can have only one
 * getter, so the IOD uses a variant of the earlier (general) module without that sequence, e.g.
 * {@code GeneralReferenceExceptReferencedImageModule}, and the later module's definition stands.
 *
 * <pre>{@code
 * IodSpecializer specializer = new IodSpecializer(tables, itemIdentity);
 * IodSpecializer.Result r = specializer.resolve(iod);   // the module list to generate, or why there is none
 * specializer.variants();                                // the variant modules to generate as well
 * }</pre>
 */
final class IodSpecializer {

    /**
     * The outcome for one IOD.
     *
     * @param modules the module table with variants in place of general modules, or null
     * @param problem why the IOD cannot be generated, or null
     */
    record Result(List<IodDef.ModuleUsage> modules, String problem) {
    }

    /**
     * A variant: a module without some sequences.
     *
     * @param alternative true when the module that keeps them is required instead of this one, not beside it
     */
    record Variant(String base, Set<String> dropped, boolean alternative) {
    }

    /** Enough rounds for the worst IOD of the standard (three specialized sequences). */
    private static final int MAX_ROUNDS = 8;

    private final Map<String, TableDef> tables;
    private final BiFunction<String, Entry.Attribute, String> itemIdentity;
    private final Map<String, TableDef> variantTables = new TreeMap<>();
    private final Map<String, Variant> variants = new TreeMap<>();

    /**
     * @param tables       the modules and macros by key
     * @param itemIdentity the generated item type of a sequence row declared in a table: equal strings mean the
     *                     same Java type
     */
    IodSpecializer(Map<String, TableDef> tables, BiFunction<String, Entry.Attribute, String> itemIdentity) {
        this.tables = tables;
        this.itemIdentity = itemIdentity;
    }

    /** @return the variant modules created so far, by key */
    Map<String, TableDef> variantTables() {
        return variantTables;
    }

    /** @return what each variant is: its base module and the sequences it leaves out */
    Map<String, Variant> variants() {
        return variants;
    }

    Result resolve(IodDef iod) {
        List<IodDef.ModuleUsage> modules = new ArrayList<>(iod.modules());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<String, String> itemOf = new LinkedHashMap<>();
            Map<String, Integer> ownerOf = new LinkedHashMap<>();
            int conflictAt = -1;
            int laterAt = -1;
            String conflict = null;
            for (int i = 0; i < modules.size() && conflict == null; i++) {
                for (Map.Entry<String, String> e : topLevelSequences(modules.get(i).module(), new HashSet<>())
                        .entrySet()) {
                    String previous = itemOf.putIfAbsent(e.getKey(), e.getValue());
                    ownerOf.putIfAbsent(e.getKey(), i);
                    if (previous != null && !previous.equals(e.getValue())) {
                        conflict = e.getKey();
                        conflictAt = ownerOf.get(e.getKey());
                        laterAt = i;
                        break;
                    }
                }
            }
            if (conflict == null) {
                return new Result(List.copyOf(modules), null);
            }
            // Two usage-C modules that define one sequence differently are alternatives (RT Beams Session Record or,
            // for a record of what the user reported, RT Beams Salvage Record: PS3.3 2026d A.29.3), not a general
            // module and its specialization: the earlier keeps the sequence, and the later one gives it up.
            boolean alternative = "C".equals(modules.get(conflictAt).usage())
                    && "C".equals(modules.get(laterAt).usage());
            if (alternative) {
                conflictAt = laterAt;
            }
            IodDef.ModuleUsage general = modules.get(conflictAt);
            String variant = variantWithout(general.module(), conflict, alternative);
            if (variant == null) {
                return new Result(null, conflict + " is defined with different item rows by " + general.module()
                        + " (through a conditional macro include) and a later module");
            }
            modules.set(conflictAt, new IodDef.ModuleUsage(variant, general.informationEntity(), general.usage(),
                    general.conditionName(), general.conditionText()));
        }
        return new Result(null, "more than " + MAX_ROUNDS + " sequences are specialized between its modules");
    }

    /** @return the key of the variant of {@code module} (itself possibly a variant) without {@code sequence} */
    private String variantWithout(String module, String sequence, boolean alternative) {
        Variant from = variants.get(module);
        String base = from != null ? from.base() : module;
        Set<String> dropped = new TreeSet<>(from != null ? from.dropped() : Set.of());
        dropped.add(sequence);
        String key = base + "Except" + String.join("", dropped);
        if (!variantTables.containsKey(key)) {
            TableDef def = table(base);
            List<Entry> entries = without(def.entries(), dropped);
            if (entries == null) {
                return null;
            }
            variantTables.put(key, new TableDef(key, false, def.title(), def.section(), def.noSection(),
                    def.informationEntity(),
                    def.source(), entries));
            variants.put(key, new Variant(base, dropped, alternative));
        }
        return key;
    }

    /**
     * @return the rows without the dropped sequences, unconditional macro includes that define one of them
     *         replaced by the macro's own rows; null when such an include is conditional
     */
    private List<Entry> without(List<Entry> entries, Set<String> dropped) {
        List<Entry> result = new ArrayList<>();
        for (Entry e : entries) {
            if (e instanceof Entry.Attribute a) {
                if (!dropped.contains(a.keyword())) {
                    result.add(a);
                }
            } else if (e instanceof Entry.MacroInclude inc) {
                Set<String> defines = topLevelSequences(inc.macro(), new HashSet<>()).keySet();
                if (defines.stream().noneMatch(dropped::contains)) {
                    result.add(inc);
                } else if (inc.conditionName() != null) {
                    return null;
                } else {
                    List<Entry> inlined = without(table(inc.macro()).entries(), dropped);
                    if (inlined == null) {
                        return null;
                    }
                    result.addAll(inlined);
                }
            }
        }
        return List.copyOf(result);
    }

    /** @return the sequences a table defines at its top level (its macros included) and their item type */
    Map<String, String> topLevelSequences(String key, Set<String> visiting) {
        Map<String, String> result = new LinkedHashMap<>();
        TableDef t = table(key);
        if (t == null || !visiting.add(key)) {
            return result;
        }
        for (Entry e : t.entries()) {
            if (e instanceof Entry.Attribute a && a.isSequence()) {
                result.putIfAbsent(a.keyword(), itemIdentity.apply(key, a));
            } else if (e instanceof Entry.MacroInclude inc) {
                topLevelSequences(inc.macro(), visiting).forEach(result::putIfAbsent);
            }
        }
        return result;
    }

    private TableDef table(String key) {
        TableDef t = tables.get(key);
        return t != null ? t : variantTables.get(key);
    }
}

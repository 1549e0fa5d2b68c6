package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads dciodvfy's plain clauses where PS3.3 means them. A plain clause looks in the dataset the condition is
 * evaluated on (docs/conditions.md); dicom3tools also writes one inside sequence items for an attribute of the
 * instance (Image Type, Number of Frames, SOP Class UID, Modality), which the item cannot hold, so the translation
 * could never hold. Such a reference is read in the dataset that holds it when:
 * <ul>
 *   <li>the level that holds the row is an item, or a macro whose includes put it in items;</li>
 *   <li>no item the level sits in defines X (its own rows and every macro it includes): an attribute the item
 *       holds itself is the item's own;</li>
 *   <li>a level of the same table that encloses the item defines X: {@code root.X} when that is a module's top level,
 *       else {@code above.X} (the nearest enclosing dataset, wherever the macro or item is included); failing that,
 *       {@code root.X} when X is defined at the top level of some module (with the macros it includes there).</li>
 * </ul>
 * At the top level {@code root.X} is {@code X}, so a macro also included at the top level means the same there.
 *
 * <pre>{@code
 * ConditionScopes scopes = new ConditionScopes(model.tables());
 * Condition c = scopes.rescope("RTImage > ExposureSequence", translated, rescopedNames);
 * }</pre>
 */
final class ConditionScopes {

    private final Map<String, TableDef> tables;
    /** Keywords that some module defines at its top level, its macros included. */
    private final Set<String> topLevel = new HashSet<>();
    /** The attributes of each item, by the location of its sequence ("RTImage > ExposureSequence"). */
    private final Map<String, Set<String>> items = new HashMap<>();
    /** The levels that include each macro directly: a module or macro key, or an item's location. */
    private final Map<String, Set<String>> includers = new HashMap<>();
    private final MacroRows macroRows;

    /** @param tables every module and macro of the model, by key */
    ConditionScopes(Map<String, TableDef> tables) {
        this.tables = tables;
        this.macroRows = new MacroRows(tables);
        for (TableDef t : tables.values()) {
            if (!t.macro()) {
                topLevel.addAll(keywords(t.entries()));
            }
            walk(t.entries(), t.key());
        }
    }

    private void walk(List<Entry> entries, String level) {
        for (Entry e : entries) {
            if (e instanceof Entry.MacroInclude inc) {
                includers.computeIfAbsent(inc.macro(), k -> new LinkedHashSet<>()).add(level);
            } else if (e instanceof Entry.Attribute a && a.isSequence()) {
                String location = level + " > " + a.keyword();
                items.put(location, keywords(a.items()));
                walk(a.items(), location);
            }
        }
    }

    /** @return the keywords of a level: its rows and those of the macros it includes, at any depth of includes */
    private Set<String> keywords(List<Entry> entries) {
        Set<String> keywords = new HashSet<>();
        for (Entry e : entries) {
            if (e instanceof Entry.Attribute a) {
                keywords.add(a.keyword());
            } else if (e instanceof Entry.MacroInclude inc) {
                macroRows.of(inc.macro()).forEach(row -> keywords.add(row.keyword()));
            }
        }
        return keywords;
    }

    /**
     * @param level a level as the emitter names it: a module or macro key, or an item's location
     * @return the attribute sets of the items whose rows the level's rows become, empty when it is only ever a
     *         top level
     */
    private List<Set<String>> itemContexts(String level, Set<String> visiting) {
        Set<String> item = items.get(level);
        if (item != null) {
            return List.of(item);
        }
        List<Set<String>> contexts = new ArrayList<>();
        if (visiting.add(level)) {
            for (String includer : includers.getOrDefault(level, Set.of())) {
                contexts.addAll(itemContexts(includer, visiting));
            }
        }
        return contexts;
    }

    /**
     * @param level    the level that holds the conditional row or include
     * @param c        the condition as translated
     * @param rescoped receives the keywords read at the top level instead
     * @return {@code c} with every plain reference that the level's items cannot hold read at the top level
     */
    Condition rescope(String level, Condition c, Set<String> rescoped) {
        Place place = new Place(itemContexts(level, new HashSet<>()), enclosing(level));
        return place.items().isEmpty() ? c : rewrite(c, place, rescoped);
    }

    /**
     * Where a condition is evaluated.
     *
     * @param items     the attribute sets of the items the level's rows become
     * @param enclosing the levels of the same table that enclose the level, nearest first
     */
    private record Place(List<Set<String>> items, List<Enclosing> enclosing) {
    }

    /** An enclosing level of a table: its attributes, and whether it is a module's top level. */
    private record Enclosing(Set<String> keywords, boolean topLevel) {
    }

    /** @return the levels of the table that enclose an item location, nearest first (none for a table key) */
    private List<Enclosing> enclosing(String level) {
        List<Enclosing> enclosing = new ArrayList<>();
        for (int i = level.lastIndexOf(" > "); i > 0; i = level.lastIndexOf(" > ", i - 1)) {
            String outer = level.substring(0, i);
            Set<String> item = items.get(outer);
            TableDef table = tables.get(outer);
            enclosing.add(item != null ? new Enclosing(item, false)
                    : new Enclosing(keywords(table.entries()), !table.macro()));
        }
        return enclosing;
    }

    private Condition rewrite(Condition c, Place place, Set<String> rescoped) {
        if (c instanceof Condition.Present p) {
            return new Condition.Present(ref(p.ref(), place, rescoped));
        } else if (c instanceof Condition.HasValue h) {
            return new Condition.HasValue(ref(h.ref(), place, rescoped), h.index());
        } else if (c instanceof Condition.Compare k) {
            return new Condition.Compare(ref(k.ref(), place, rescoped), k.index(), k.operator(), k.constants());
        } else if (c instanceof Condition.ItemCount n) {
            return new Condition.ItemCount(ref(n.ref(), place, rescoped), n.operator(), n.count());
        } else if (c instanceof Condition.Not n) {
            return new Condition.Not(rewrite(n.part(), place, rescoped));
        } else if (c instanceof Condition.And a) {
            List<Condition> parts = parts(a.parts(), place, rescoped);
            return parts.size() == 1 ? parts.get(0) : new Condition.And(parts);
        } else if (c instanceof Condition.Or o) {
            List<Condition> parts = parts(o.parts(), place, rescoped);
            return parts.size() == 1 ? parts.get(0) : new Condition.Or(parts);
        }
        return c;
    }

    /** Rewrites each part; a part that becomes equal to an earlier one ("X or root.X") is written once. */
    private List<Condition> parts(List<Condition> parts, Place place, Set<String> rescoped) {
        Set<Condition> distinct = new LinkedHashSet<>();
        parts.forEach(p -> distinct.add(rewrite(p, place, rescoped)));
        return List.copyOf(distinct);
    }

    private Condition.Ref ref(Condition.Ref r, Place place, Set<String> rescoped) {
        if (r.scope() != Condition.Scope.HERE) {
            return r;
        }
        String first = r.through().isEmpty() ? r.keyword() : r.through().get(0);
        if (place.items().stream().anyMatch(item -> item.contains(first))) {
            return r;
        }
        Condition.Scope scope = null;
        for (Enclosing e : place.enclosing()) {
            if (e.keywords().contains(first)) {
                // An enclosing item, or a macro's level, wherever it is included: the nearest that holds it.
                scope = e.topLevel() ? Condition.Scope.ROOT : Condition.Scope.PARENT;
                break;
            }
        }
        if (scope == null && topLevel.contains(first)) {
            scope = Condition.Scope.ROOT;
        }
        if (scope == null) {
            return r;
        }
        rescoped.add((scope == Condition.Scope.ROOT ? "root." : "above.") + first);
        return new Condition.Ref(scope, r.through(), r.firstItem(), r.keyword());
    }
}

package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attribute rows a macro adds to the level that includes it: its own rows and those of the macros it includes,
 * at any depth of includes (not the rows inside its sequences' items). Computed once per macro.
 *
 * <pre>{@code
 * MacroRows rows = new MacroRows(model.tables());
 * rows.of("ImagePixelDescriptionMacro").forEach(row -> System.out.println(row.keyword()));
 * }</pre>
 */
final class MacroRows {

    private final Map<String, TableDef> tables;
    private final Map<String, List<Entry.Attribute>> rows = new HashMap<>();

    /** @param tables every module and macro of the model, by key */
    MacroRows(Map<String, TableDef> tables) {
        this.tables = tables;
    }

    /** @return the macro's rows in table order; none for a macro the model lacks */
    List<Entry.Attribute> of(String macro) {
        return of(macro, new HashSet<>());
    }

    private List<Entry.Attribute> of(String macro, Set<String> visiting) {
        List<Entry.Attribute> cached = rows.get(macro);
        if (cached != null) {
            return cached;
        }
        TableDef t = tables.get(macro);
        // An include cycle adds nothing the outer call does not already collect.
        if (t == null || !visiting.add(macro)) {
            return List.of();
        }
        List<Entry.Attribute> out = new ArrayList<>();
        for (Entry e : t.entries()) {
            if (e instanceof Entry.Attribute a) {
                out.add(a);
            } else if (e instanceof Entry.MacroInclude inc) {
                out.addAll(of(inc.macro(), visiting));
            }
        }
        rows.put(macro, out);
        return out;
    }
}

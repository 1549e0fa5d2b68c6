package dev.iodine.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An attribute of a module or item with its included macros flattened in: the attribute, the definition that
 * declares it, and the chain of includes that brought it in (empty for the definition's own attributes).
 *
 * <pre>{@code
 * for (Member m : Member.flatten(definition, collector)) m.attribute().tag();
 * }</pre>
 */
public record Member(AttributeDef attribute, Definition declaredIn, List<IncludeDef> via) {

    /** Every attribute of the definition, its own first, then each include's in order; a macro that includes itself is not followed again. */
    public static List<Member> flatten(Definition definition, ModelCollector collector) {
        List<Member> out = new ArrayList<>();
        collect(definition, List.of(), collector, out, new HashSet<>());
        return out;
    }

    private static void collect(Definition d, List<IncludeDef> via, ModelCollector collector, List<Member> out,
            Set<Definition> seen) {
        // seen holds the include chain being followed: a cycle stops, a macro included twice shows twice.
        if (!seen.add(d)) {
            return;
        }
        for (AttributeDef a : d.attributes()) {
            out.add(new Member(a, d, via));
        }
        for (IncludeDef include : d.includes()) {
            Definition macro = collector.definition(include.macro());
            if (macro != null && macro.kind() == DefinitionKind.MACRO) {
                List<IncludeDef> chain = new ArrayList<>(via);
                chain.add(include);
                collect(macro, List.copyOf(chain), collector, out, seen);
            }
        }
        seen.remove(d);
    }
}

package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.iodine.iod.DefinitionDump.Declared;
import dev.iodine.processor.condition.Condition;
import dev.iodine.processor.condition.ConditionParser;
import dev.iodine.processor.condition.ConditionSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A condition on a row inside a sequence item reads its unscoped names in that item (docs/conditions.md). A name that
 * the item cannot hold, but an enclosing dataset does (Modality, SOP Class UID, Image Type, Number of Frames at the
 * top level), makes the condition one that can never hold, so the row is never required: PS3.3 means the enclosing
 * value, which the condition must read with {@code root.} or {@code above.}. This walks every generated IOD as its
 * committed sources declare it (macros expanded at the level that includes them, every item at every depth) and
 * fails on any item-level condition whose unscoped name is an attribute of an enclosing level and not of the item,
 * unless {@link #JUSTIFIED} gives the reason it is meant.
 */
class ItemConditionScopeTest {

    /**
     * Item-level conditions that name an enclosing level's attribute on purpose, by finding key ("declaring item >
     * row: name"), with the reason. Empty: none so far.
     */
    private static final Map<String, String> JUSTIFIED = Map.of();

    private static final Path IODS = Path.of("src/main/java/dev/iodine/iod");

    /** One row (or conditional include, without a getter) as a level sees it, with its condition if it is checked. */
    private record Row(String owner, String keyword, String condition, MethodDeclaration getter, Declared declared) {
    }

    /** What the walk found: rows examined, and the misplaced names by finding key with the IODs they occur in. */
    private static final class Audit {
        final Set<String> examined = new TreeSet<>();
        final Map<String, Set<String>> enclosing = new TreeMap<>();
        final Map<String, Set<String>> nowhere = new TreeMap<>();
        private final Map<String, List<Row>> rowsByType = new HashMap<>();
    }

    @Test
    void itemConditionsNameOnlyWhatTheItemCanHold() throws IOException {
        Audit audit = new Audit();
        List<String> iods;
        try (Stream<Path> files = Files.list(IODS)) {
            iods = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Iod.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
        }
        for (String iod : iods) {
            walkIod(audit, iod);
        }
        System.out.printf("item-level conditions examined: %d; naming an enclosing level's attribute: %d (%d"
                + " justified); naming an attribute no enclosing level holds: %d%n", audit.examined.size(),
                audit.enclosing.size(), JUSTIFIED.size(), audit.nowhere.size());
        audit.enclosing.forEach((k, v) -> System.out.println("  ENCLOSING " + k + "  in " + v));
        audit.nowhere.forEach((k, v) -> System.out.println("  NOWHERE " + k + "  in " + v));

        Set<String> unjustified = new TreeSet<>(audit.enclosing.keySet());
        unjustified.removeAll(JUSTIFIED.keySet());
        assertEquals(Set.of(), unjustified, "item-level conditions whose unscoped name only an enclosing level"
                + " holds (read it with root. or above., or justify it in JUSTIFIED)");
        Set<String> stale = new TreeSet<>(JUSTIFIED.keySet());
        stale.removeAll(audit.enclosing.keySet());
        assertEquals(Set.of(), stale, "JUSTIFIED entries that no longer occur");
        assertTrue(audit.examined.size() > 500, "the walk reached the item-level conditions: " + audit.examined.size());
    }

    private static void walkIod(Audit audit, String iod) {
        Declared root = Declared.parse("dev.iodine.iod." + iod);
        NormalAnnotationExpr annotation = root.type().getAnnotationByName("Iod").orElseThrow()
                .asNormalAnnotationExpr();
        List<Row> top = new ArrayList<>();
        for (Expression e : ((ArrayInitializerExpr) DefinitionSource.value(annotation, "modules")).getValues()) {
            Declared module = root.resolve(DefinitionDump.className(DefinitionSource.value(e.asNormalAnnotationExpr(),
                    "value"))).orElseThrow();
            top.addAll(rows(audit, module));
        }
        List<Set<String>> enclosing = new ArrayList<>();
        enclosing.add(keywords(top));
        items(audit, iod, top, enclosing, new HashSet<>());
    }

    /** Walks the items of the sequences among {@code level}'s rows; {@code enclosing} ends with {@code level}'s. */
    private static void items(Audit audit, String iod, List<Row> level, List<Set<String>> enclosing,
                              Set<String> onTheWay) {
        for (Row row : level) {
            if (row.getter() == null || !(row.getter().getType() instanceof ClassOrInterfaceType t) || !t.getNameAsString().equals("List")) {
                continue;
            }
            Declared item = row.declared().resolve(t.getTypeArguments().orElseThrow().get(0).asString())
                    .orElseThrow(() -> new AssertionError(row.owner() + " > " + row.keyword() + ": no item type"));
            String name = label(item);
            if (!onTheWay.add(name)) {
                continue;   // a recursive structure: its conditions were examined one level up
            }
            List<Row> rows = rows(audit, item);
            Set<String> here = keywords(rows);
            for (Row r : rows) {
                if (r.condition() != null) {
                    check(audit, iod, r, here, enclosing);
                }
            }
            enclosing.add(here);
            items(audit, iod, rows, enclosing, onTheWay);
            enclosing.remove(enclosing.size() - 1);
            onTheWay.remove(name);
        }
    }

    private static void check(Audit audit, String iod, Row row, Set<String> here, List<Set<String>> enclosing) {
        Condition c;
        try {
            c = ConditionParser.parse(row.condition());
        } catch (ConditionSyntaxException e) {
            throw new AssertionError(row.owner() + " > " + row.keyword() + ": " + e.getMessage(), e);
        }
        String where = row.owner() + " > " + row.keyword();
        audit.examined.add(where);
        Set<String> names = new TreeSet<>();
        unscoped(c, names);
        for (String name : names) {
            if (here.contains(name)) {
                continue;
            }
            boolean above = enclosing.stream().anyMatch(s -> s.contains(name));
            (above ? audit.enclosing : audit.nowhere).computeIfAbsent(where + ": " + name, k -> new TreeSet<>())
                    .add(iod);
        }
    }

    /** Collects the first step of every path that starts in the current dataset. */
    private static void unscoped(Condition c, Set<String> into) {
        if (c instanceof Condition.Or o) {
            o.terms().forEach(t -> unscoped(t, into));
        } else if (c instanceof Condition.Xor x) {
            x.terms().forEach(t -> unscoped(t, into));
        } else if (c instanceof Condition.And a) {
            a.terms().forEach(t -> unscoped(t, into));
        } else if (c instanceof Condition.Not n) {
            unscoped(n.term(), into);
        } else if (c instanceof Condition.Present p) {
            first(p.path(), into);
        } else if (c instanceof Condition.HasValue h) {
            first(h.path(), into);
        } else if (c instanceof Condition.TagTest t) {
            first(t.path(), into);
        } else if (c instanceof Condition.Compare k) {
            first(k.operand() instanceof Condition.Values v ? v.path() : ((Condition.Count) k.operand()).path(), into);
        } else if (c instanceof Condition.CompareValues k) {
            first(k.operand().path(), into);
            first(k.other(), into);
        } else if (c instanceof Condition.Referenced r) {
            // The nested condition reads the referenced item; the value and the key's sequence are read here.
            first(r.value(), into);
            first(r.key(), into);
        } else if (c instanceof Condition.Varies v) {
            first(v.path(), into);
        }
    }

    private static void first(Condition.Path path, Set<String> into) {
        if (path.scope() == Condition.Scope.CURRENT) {
            into.add(path.steps().get(0).keyword());
        }
    }

    /** @return the rows of a module, macro or item and of the macros it includes, each with its condition */
    private static List<Row> rows(Audit audit, Declared owner) {
        String key = label(owner);
        List<Row> cached = audit.rowsByType.get(key);
        if (cached != null) {
            return cached;
        }
        List<Row> rows = new ArrayList<>();
        for (MethodDeclaration m : owner.type().getMethods()) {
            AnnotationExpr a = m.getAnnotationByName("Attribute").orElse(null);
            if (a != null) {
                NormalAnnotationExpr attribute = a.asNormalAnnotationExpr();
                rows.add(new Row(key, DefinitionSource.text(DefinitionSource.value(attribute, "keyword")),
                        checked(attribute), m, owner));
            }
        }
        for (AnnotationExpr include : owner.type().getAnnotations()) {
            if (include.getNameAsString().equals("Include")) {
                Expression macro = include instanceof SingleMemberAnnotationExpr single ? single.getMemberValue()
                        : DefinitionSource.value(include.asNormalAnnotationExpr(), "value");
                if (include instanceof NormalAnnotationExpr conditional) {
                    // An include's condition is read in the dataset that includes the macro, like a row's.
                    rows.add(new Row(key, "include " + DefinitionDump.className(macro), checked(conditional), null,
                            owner));
                }
                rows.addAll(rows(audit, owner.resolve(DefinitionDump.className(macro)).orElseThrow()));
            }
        }
        audit.rowsByType.put(key, rows);
        return rows;
    }

    /** @return the annotation's condition when it is a machine check, else null */
    private static String checked(NormalAnnotationExpr annotation) {
        String condition = DefinitionSource.text(DefinitionSource.value(annotation, "condition"));
        return condition == null || condition.startsWith("unchecked(") ? null : condition;
    }

    private static Set<String> keywords(List<Row> rows) {
        Set<String> keywords = new HashSet<>();
        rows.stream().filter(r -> r.getter() != null).forEach(r -> keywords.add(r.keyword()));
        return keywords;
    }

    /** @return the declaring type's name below dev.iodine.iod, e.g. "module.RtImageModule.Exposure" */
    private static String label(Declared d) {
        return d.type().getFullyQualifiedName().orElseThrow().substring("dev.iodine.iod.".length());
    }
}

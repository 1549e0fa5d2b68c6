package dev.iodine.tools.iod;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Writes once what several definitions write identically: a run of at least {@value #MIN_ROWS} consecutive
 * attribute rows (the same annotation, Javadoc and Java type, to the letter) that stands in more than one module,
 * macro or item becomes a generated {@code @Macro} in {@value #PACKAGE}, and each place includes it instead. A
 * base module and its variants ({@link IodSpecializer}), RT Beams and its Session Record, the Ion counterparts and
 * many item structures share most of their rows this way. Meaning is unchanged: an unconditional include adds the
 * macro's attributes to the including level (docs/annotations.md), and a getter keeps returning the item type
 * declared where the standard's table declares it ({@code RtBeamsModule.Beam}), so every generated class keeps its
 * accessors and item types. Rows that name a type the macro cannot see (one the file neither imports nor nests,
 * or a condition's unqualified {@code predicate}) stay where they are.
 *
 * <p>Greedy, in rounds: a round collects the runs that two places share (maximal for that pair), then repeatedly
 * takes the one that saves the most rows over all its places still intact; a later round also looks at the new
 * macros, so a run within a macro that stands elsewhere too becomes a macro of its own. Ties are broken by the order
 * of the places, so the output depends only on the input.
 *
 * <pre>{@code
 * Map<String, CompilationUnit> macros = new RowFactoring(units).factor();   // units are changed in place
 * }</pre>
 */
final class RowFactoring {

    /** The package of the generated macros. */
    static final String PACKAGE = SourceEmitter.PACKAGE + ".rows";
    /** The fewest rows a run has: three getters are six lines of source... */
    static final int MIN_ROWS = 3;
    /** ...and the fewest lines it has (a getter is two, an include one): what counts as a repeat. */
    static final int MIN_LINES = 6;
    /** Pairs are formed among the first places of a run only; a run standing in more is still found whole. */
    private static final int MAX_PAIRED = 48;
    private static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Double", "Float", "Boolean",
            "Byte", "Short", "Character", "Object");

    /** A module, macro or item interface whose rows are factored. */
    private static final class Level {
        final CompilationUnit cu;
        final ClassOrInterfaceDeclaration decl;
        /** Upper camel case of the level's place ("RtBeamsBeam"), to name the macros it is the first place of. */
        final String owner;
        /** The level's qualified source name ("dev.iodine.iod.module.RtBeamsModule.Beam"), for Javadoc. */
        final String label;
        List<Token> tokens = new ArrayList<>();

        Level(CompilationUnit cu, ClassOrInterfaceDeclaration decl, String owner, String label) {
            this.cu = cu;
            this.decl = decl;
            this.owner = owner;
            this.label = label;
        }
    }

    /**
     * A row of a level: an attribute getter or an {@code @Include} (of a standard macro, possibly conditional, or of
     * a macro made here).
     *
     * @param id       equal ids are equal rows; negative for a row that cannot move
     * @param node     the getter or annotation in the level
     * @param portable the same as a macro writes it, types named from outside the level
     * @param imports  what {@code portable} needs imported
     */
    private record Token(int id, Node node, Node portable, Set<String> imports) {
    }

    /** A place where a run stands. */
    private record Place(int level, int start) {
    }

    /** A run of rows and the rows its places save. */
    private record Candidate(List<Integer> ids, int score, Place first) {
    }

    /** Stands, until the round ends, where a row was that moved into a macro. */
    private static final Token MOVED = new Token(Integer.MIN_VALUE, null, null, null);

    private final Map<String, CompilationUnit> units;
    private final List<Level> levels = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    /** The source lines of a row, by id. */
    private final List<Integer> linesOf = new ArrayList<>();
    private final Map<String, CompilationUnit> macros = new LinkedHashMap<>();
    private final Map<String, Integer> macrosPerOwner = new HashMap<>();
    private int barriers;

    /** @param units the generated definitions by path; their interfaces are changed in place */
    RowFactoring(Map<String, CompilationUnit> units) {
        this.units = units;
    }

    /** @return the generated macros by simple name, in the order they were made */
    Map<String, CompilationUnit> factor() {
        units.values().forEach(cu -> cu.getTypes().forEach(t -> {
            if (t instanceof ClassOrInterfaceDeclaration d && d.getAnnotationByName("Iod").isEmpty()) {
                addLevels(cu, d, ownerOf(d.getNameAsString()), qualified(cu, d.getNameAsString()));
            }
        }));
        while (round()) {
            // each round may find runs in the macros the previous one made
        }
        Set<CompilationUnit> changed = new LinkedHashSet<>();
        levels.forEach(l -> changed.add(l.cu));
        changed.forEach(RowFactoring::pruneImports);
        return macros;
    }

    private static String ownerOf(String typeName) {
        return typeName.replaceFirst("(Module|Macro)$", "");
    }

    private static String qualified(CompilationUnit cu, String name) {
        return cu.getPackageDeclaration().orElseThrow().getNameAsString() + "." + name;
    }

    private void addLevels(CompilationUnit cu, ClassOrInterfaceDeclaration decl, String owner, String label) {
        Level level = new Level(cu, decl, owner, label);
        levels.add(level);
        for (AnnotationExpr a : decl.getAnnotations()) {
            if (a.getNameAsString().equals("Include")) {
                level.tokens.add(token(cu, decl, a));
            }
        }
        for (BodyDeclaration<?> member : decl.getMembers()) {
            if (member instanceof MethodDeclaration m) {
                level.tokens.add(token(cu, decl, m));
            } else if (member instanceof ClassOrInterfaceDeclaration item) {
                String name = item.getNameAsString();
                addLevels(cu, item, owner + name, label + "." + name);
            }
        }
    }

    /** The row of a getter or include: portable when every type it names can be named from a macro. */
    private Token token(CompilationUnit cu, ClassOrInterfaceDeclaration decl, Node row) {
        Node portable = row.clone();
        Set<String> imports = new TreeSet<>();
        boolean movable = !portable.toString().contains("predicate(");
        for (ClassOrInterfaceType t : portable.findAll(ClassOrInterfaceType.class)) {
            if (t.getScope().isPresent()) {
                continue;
            }
            String nested = nestedPath(decl, t.getNameAsString());
            if (nested != null) {
                ClassOrInterfaceType replacement = StaticJavaParser.parseClassOrInterfaceType(nested);
                t.getTypeArguments().ifPresent(replacement::setTypeArguments);
                t.replace(replacement);
                imports.add(qualified(cu, nested.substring(0, nested.indexOf('.'))));
            } else {
                movable &= resolve(cu, t.getNameAsString(), imports);
            }
        }
        for (AnnotationExpr a : portable.findAll(AnnotationExpr.class)) {
            movable &= resolve(cu, a.getNameAsString(), imports);
        }
        for (NameExpr n : portable.findAll(NameExpr.class)) {
            movable &= resolve(cu, n.getNameAsString(), imports);
        }
        if (!movable) {
            return new Token(-1 - barriers++, row, null, null);
        }
        return new Token(id(portable + "\n" + imports, row instanceof MethodDeclaration ? 2 : 1), row, portable,
                imports);
    }

    private int id(String key, int lines) {
        return ids.computeIfAbsent(key, k -> {
            linesOf.add(lines);
            return linesOf.size() - 1;
        });
    }

    /** @return "Outer.Inner" when {@code name} is a type nested in {@code decl} or a type enclosing it, else null */
    private static String nestedPath(ClassOrInterfaceDeclaration decl, String name) {
        Node n = decl;
        while (n instanceof ClassOrInterfaceDeclaration d) {
            for (BodyDeclaration<?> member : d.getMembers()) {
                if (member instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name)) {
                    return path(t);
                }
            }
            n = d.getParentNode().orElse(null);
        }
        return null;
    }

    private static String path(TypeDeclaration<?> t) {
        StringBuilder p = new StringBuilder(t.getNameAsString());
        for (Node n = t.getParentNode().orElse(null); n instanceof TypeDeclaration<?> outer;
             n = outer.getParentNode().orElse(null)) {
            p.insert(0, outer.getNameAsString() + ".");
        }
        return p.toString();
    }

    /** Adds the import a simple name needs; false when it names no type of java.lang, the imports or the package. */
    private boolean resolve(CompilationUnit cu, String name, Set<String> imports) {
        if (JAVA_LANG.contains(name)) {
            return true;
        }
        if (units.containsKey(qualified(cu, name).replace('.', '/') + ".java")) {
            imports.add(qualified(cu, name));
            return true;
        }
        for (ImportDeclaration i : cu.getImports()) {
            if (!i.isAsterisk() && !i.isStatic() && i.getName().getIdentifier().equals(name)) {
                imports.add(i.getNameAsString());
                return true;
            }
        }
        return false;
    }

    /** One round: collects the runs shared by two places and makes macros of them, best first. */
    private boolean round() {
        Map<Long, List<Place>> seeds = seeds();
        Set<List<Integer>> runs = new LinkedHashSet<>();
        for (List<Place> places : seeds.values()) {
            int n = Math.min(places.size(), MAX_PAIRED);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    List<Integer> run = common(places.get(i), places.get(j));
                    if (run != null) {
                        runs.add(run);
                    }
                }
            }
        }
        Comparator<Candidate> best = Comparator.comparingInt((Candidate c) -> -c.score())
                .thenComparingInt(c -> c.first().level()).thenComparingInt(c -> c.first().start())
                .thenComparingInt(c -> -c.ids().size());
        PriorityQueue<Candidate> queue = new PriorityQueue<>(best);
        boolean[][] used = new boolean[levels.size()][];
        for (int i = 0; i < levels.size(); i++) {
            used[i] = new boolean[levels.get(i).tokens.size()];
        }
        for (List<Integer> run : runs) {
            Candidate c = candidate(run, seeds, used);
            if (c != null) {
                queue.add(c);
            }
        }
        List<Extraction> extractions = new ArrayList<>();
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            Candidate now = candidate(c.ids(), seeds, used);
            if (now == null) {
                continue;
            }
            if (now.score() < c.score()) {
                queue.add(now);
                continue;
            }
            List<Place> places = places(c.ids(), seeds, used);
            places.forEach(p -> java.util.Arrays.fill(used[p.level()], p.start(), p.start() + c.ids().size(), true));
            extractions.add(new Extraction(places, c.ids().size()));
        }
        for (Extraction e : extractions) {
            extract(e);
        }
        // The places found above index the token lists as they were; the rows that moved leave them only now.
        for (Level level : levels) {
            level.tokens.removeIf(t -> t == MOVED);
        }
        return !extractions.isEmpty();
    }

    private record Extraction(List<Place> places, int length) {
    }

    /** @return the seeds of runs: every place, by the ids of its first {@value #MIN_ROWS} rows */
    private Map<Long, List<Place>> seeds() {
        Map<Long, List<Place>> seeds = new LinkedHashMap<>();
        for (int l = 0; l < levels.size(); l++) {
            List<Token> tokens = levels.get(l).tokens;
            for (int i = 0; i + MIN_ROWS <= tokens.size(); i++) {
                Long key = seed(tokens, i);
                if (key != null) {
                    seeds.computeIfAbsent(key, k -> new ArrayList<>()).add(new Place(l, i));
                }
            }
        }
        seeds.values().removeIf(p -> p.size() < 2);
        return seeds;
    }

    private static Long seed(List<Token> tokens, int start) {
        long key = 0;
        for (int k = 0; k < MIN_ROWS; k++) {
            int id = tokens.get(start + k).id();
            if (id < 0) {
                return null;
            }
            key = key * 2_097_152L + id;
        }
        return key;
    }

    private static Long seed(List<Integer> run) {
        long key = 0;
        for (int k = 0; k < MIN_ROWS; k++) {
            key = key * 2_097_152L + run.get(k);
        }
        return key;
    }

    /** @return the longest run that stands at both places (grown both ways from them), or null when they overlap */
    private List<Integer> common(Place a, Place b) {
        List<Token> ta = levels.get(a.level()).tokens;
        List<Token> tb = levels.get(b.level()).tokens;
        boolean same = a.level() == b.level();
        int before = 0;
        while (a.start() - before > 0 && b.start() - before > 0
                && equal(ta.get(a.start() - before - 1), tb.get(b.start() - before - 1))) {
            before++;
        }
        int length = before + MIN_ROWS;
        while (a.start() - before + length < ta.size() && b.start() - before + length < tb.size()
                && equal(ta.get(a.start() - before + length), tb.get(b.start() - before + length))) {
            length++;
        }
        int sa = a.start() - before;
        int sb = b.start() - before;
        if (same && Math.abs(sa - sb) < length) {
            return null;
        }
        List<Integer> run = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            run.add(ta.get(sa + i).id());
        }
        return run;
    }

    private static boolean equal(Token x, Token y) {
        return x.id() >= 0 && x.id() == y.id();
    }

    private Candidate candidate(List<Integer> run, Map<Long, List<Place>> seeds, boolean[][] used) {
        int lines = run.stream().mapToInt(linesOf::get).sum();
        List<Place> places = lines < MIN_LINES ? List.of() : places(run, seeds, used);
        if (places.size() < 2) {
            return null;
        }
        return new Candidate(run, (places.size() - 1) * lines, places.get(0));
    }

    /** @return the places where the whole run stands with none of its rows taken yet, without overlaps */
    private List<Place> places(List<Integer> run, Map<Long, List<Place>> seeds, boolean[][] used) {
        List<Place> result = new ArrayList<>();
        Place last = null;
        for (Place p : seeds.getOrDefault(seed(run), List.of())) {
            List<Token> tokens = levels.get(p.level()).tokens;
            if (p.start() + run.size() > tokens.size()
                    || (last != null && last.level() == p.level() && p.start() < last.start() + run.size())) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < run.size() && match; i++) {
                match = tokens.get(p.start() + i).id() == run.get(i) && !used[p.level()][p.start() + i];
            }
            if (match) {
                result.add(p);
                last = p;
            }
        }
        return result;
    }

    /** Makes the macro of a run and includes it at each of its places instead of the rows. */
    private void extract(Extraction e) {
        Level first = levels.get(e.places().get(0).level());
        int n = macrosPerOwner.merge(first.owner, 1, Integer::sum);
        String name = first.owner + "Rows" + (n > 1 ? n : "") + "Macro";
        CompilationUnit cu = new CompilationUnit(PACKAGE);
        ClassOrInterfaceDeclaration decl = cu.addInterface(name);
        StringJoiner where = new StringJoiner(", ");
        e.places().forEach(p -> where.add("{@code " + shortLabel(levels.get(p.level())) + "}"));
        decl.setJavadocComment("Rows that " + where + " define identically, written once here and included there."
                + "\n\n<p>" + SourceEmitter.MARKER + "; do not edit (see docs/generators.md).");
        decl.addAnnotation(StaticJavaParser.parseAnnotation("@Macro(name = "
                + SourceEmitter.javaString("Rows of " + shortLabel(first)) + ")"));
        cu.addImport("dev.iodine.annotations.Macro");
        List<Token> rows = levels.get(e.places().get(0).level()).tokens
                .subList(e.places().get(0).start(), e.places().get(0).start() + e.length());
        Level macro = new Level(cu, decl, first.owner, PACKAGE + "." + name);
        for (Token t : rows) {
            Node row = t.portable().clone();
            if (row instanceof MethodDeclaration m) {
                decl.addMember(m);
            } else {
                decl.addAnnotation((AnnotationExpr) row);
            }
            addImports(cu, t.imports());
            macro.tokens.add(new Token(t.id(), row, t.portable(), t.imports()));
        }
        AnnotationExpr include = new SingleMemberAnnotationExpr(new Name("Include"),
                new ClassExpr(StaticJavaParser.parseClassOrInterfaceType(name)));
        Set<String> imports = new TreeSet<>(List.of("dev.iodine.annotations.Include", PACKAGE + "." + name));
        int id = id(include + "\n" + imports, 1);
        for (Place p : e.places()) {
            Level level = levels.get(p.level());
            level.tokens.subList(p.start(), p.start() + e.length()).forEach(t -> t.node().remove());
            AnnotationExpr added = include.clone();
            level.decl.addAnnotation(added);
            addImports(level.cu, imports);
            // The run's first row becomes the include; the others leave when the round ends.
            level.tokens.set(p.start(), new Token(id, added, include, imports));
            for (int i = 1; i < e.length(); i++) {
                level.tokens.set(p.start() + i, MOVED);
            }
        }
        levels.add(macro);
        macros.put(name, cu);
    }

    /** @return the level's name from its top-level type on ("RtBeamsModule.Beam") */
    private static String shortLabel(Level level) {
        return level.label.substring(qualified(level.cu, "").length());
    }

    /** Adds imports, but not of the file's own package. */
    private static void addImports(CompilationUnit cu, Set<String> imports) {
        String pkg = cu.getPackageDeclaration().orElseThrow().getNameAsString();
        imports.stream().filter(i -> !i.substring(0, i.lastIndexOf('.')).equals(pkg)).forEach(cu::addImport);
    }

    /** Removes the imports that nothing in the file names any more. */
    private static void pruneImports(CompilationUnit cu) {
        Set<String> named = new HashSet<>();
        cu.findAll(ClassOrInterfaceType.class).forEach(t -> named.add(t.getNameAsString()));
        cu.findAll(AnnotationExpr.class).forEach(a -> named.add(a.getNameAsString()));
        cu.findAll(NameExpr.class).forEach(n -> named.add(n.getNameAsString()));
        cu.getImports().removeIf(i -> !i.isAsterisk() && !named.contains(i.getName().getIdentifier()));
    }
}

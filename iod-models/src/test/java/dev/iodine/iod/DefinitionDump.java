package dev.iodine.iod;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.iodine.dict.ElementDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flattens a generated IOD, as its committed sources declare it, into one line per module and one line per attribute
 * at every nesting level, with macros expanded in place. The result is the form in which the CT Image and RT Plan
 * definitions were checked against PS3.3 (docs/verification-ct-rtplan.md); conditions are left out on purpose,
 * since the type (1C/2C) already says that one applies and their text changes independently.
 *
 * <p>Format (tab-separated): {@code MODULE <class> <usage> <section>} opens a module; each attribute line is
 * {@code <'>' per nesting level><keyword> <(gggg,eeee)> <type> <declaring module, macro or item>}, in tag order
 * at each level (the sources do not keep the table's row order once the importer factors shared rows out). The Code
 * Sequence macros (PS3.3 8.8), included by hundreds of code items, are written as {@code INCLUDE <macro>} there and
 * listed once, each after a {@code MACRO <class> <section>} line, at the end.
 */
final class DefinitionDump {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String IOD_PACKAGE = "dev.iodine.iod";

    private final List<String> lines = new ArrayList<>();
    /** The Code Sequence macros met so far, listed once at the end instead of in each of the many code items. */
    private final List<Declared> codeMacros = new ArrayList<>();

    private DefinitionDump() {
    }

    /** @return the flattened definition of the IOD {@code iod}, one line per entry */
    static List<String> of(Class<?> iod) {
        DefinitionDump dump = new DefinitionDump();
        Declared root = Declared.parse(iod.getName());
        NormalAnnotationExpr annotation = root.type.getAnnotationByName("Iod").orElseThrow().asNormalAnnotationExpr();
        for (Expression e : ((ArrayInitializerExpr) DefinitionSource.value(annotation, "modules")).getValues()) {
            NormalAnnotationExpr use = e.asNormalAnnotationExpr();
            Declared module = root.resolve(className(DefinitionSource.value(use, "value"))).orElseThrow();
            NormalAnnotationExpr info = module.type.getAnnotationByName("DicomModule").orElseThrow()
                    .asNormalAnnotationExpr();
            dump.lines.add(String.join("\t", "MODULE", module.type.getNameAsString(),
                    DefinitionSource.value(use, "usage").toString().replace("Usage.", ""),
                    DefinitionSource.text(DefinitionSource.value(info, "section"))));
            dump.attributes(module, 0);
        }
        for (int i = 0; i < dump.codeMacros.size(); i++) {
            Declared macro = dump.codeMacros.get(i);
            NormalAnnotationExpr info = macro.type.getAnnotationByName("Macro").orElseThrow().asNormalAnnotationExpr();
            dump.lines.add(String.join("\t", "MACRO", macro.type.getNameAsString(),
                    DefinitionSource.text(DefinitionSource.value(info, "section"))));
            dump.attributes(macro, 0);
        }
        return dump.lines;
    }

    /** Adds the attributes of {@code owner} and of the macros it includes, at {@code depth}, in tag order. */
    private void attributes(Declared owner, int depth) {
        TreeMap<Long, List<String>> rows = new TreeMap<>();
        collect(owner, owner.type.getNameAsString(), depth, rows);
        rows.values().forEach(lines::addAll);
    }

    /**
     * Collects the rows of {@code owner} and its includes by tag, each with the rows of its item, labelled with the
     * macro or item that declares them. The importer's shared-rows macros (package {@code rows}) only factor a
     * definition's source, so their rows keep the label of the definition that includes them.
     */
    private void collect(Declared owner, String label, int depth, Map<Long, List<String>> rows) {
        for (MethodDeclaration m : owner.type.getMethods()) {
            Optional<AnnotationExpr> a = m.getAnnotationByName("Attribute");
            if (a.isEmpty()) {
                continue;
            }
            NormalAnnotationExpr attribute = a.get().asNormalAnnotationExpr();
            String keyword = DefinitionSource.text(DefinitionSource.value(attribute, "keyword"));
            Expression explicitTag = DefinitionSource.value(attribute, "tag");
            int tag = explicitTag == null ? ElementDictionary.tagOf(keyword)
                    : Integer.decode(explicitTag.toString());
            List<String> block = new ArrayList<>();
            block.add(String.join("\t", ">".repeat(depth) + keyword,
                    String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF),
                    DefinitionSource.value(attribute, "type").toString().replace("Type.T", ""), label));
            if (keyword.endsWith("Sequence")) {
                // Every sequence's item is walked; one that cannot be found must fail, not vanish from the dump.
                Declared item = m.getType() instanceof ClassOrInterfaceType t && t.getNameAsString().equals("List")
                        ? owner.resolve(t.getTypeArguments().orElseThrow().get(0).asString()).orElse(null) : null;
                if (item == null || item.type.getAnnotationByName("Item").isEmpty()) {
                    throw new AssertionError(label + "." + keyword + ": no @Item type for " + m.getType());
                }
                TreeMap<Long, List<String>> itemRows = new TreeMap<>();
                collect(item, item.type.getNameAsString(), depth + 1, itemRows);
                itemRows.values().forEach(block::addAll);
            }
            if (rows.put(tag & 0xFFFFFFFFL, block) != null) {
                throw new AssertionError(label + " defines " + keyword + " twice");
            }
        }
        for (AnnotationExpr include : owner.type.getAnnotations()) {
            if (include.getNameAsString().equals("Include")) {
                Expression macro = include instanceof SingleMemberAnnotationExpr single ? single.getMemberValue()
                        : DefinitionSource.value(include.asNormalAnnotationExpr(), "value");
                Declared included = owner.resolve(className(macro)).orElseThrow();
                String name = included.type.getNameAsString();
                if (name.endsWith("CodeSequenceMacro")) {
                    // Keyed below every tag, so listed first, one key per macro.
                    rows.put(-1L - codeMacroIndex(included), List.of(">".repeat(depth) + "INCLUDE\t" + name));
                } else {
                    boolean rowsOnly = included.unit.getPackageDeclaration().orElseThrow().getNameAsString()
                            .endsWith(".rows");
                    collect(included, rowsOnly ? label : name, depth, rows);
                }
            }
        }
    }

    /** @return the index of a Code Sequence macro in the list written at the end, adding it when new */
    private int codeMacroIndex(Declared macro) {
        for (int i = 0; i < codeMacros.size(); i++) {
            if (codeMacros.get(i).type.getNameAsString().equals(macro.type.getNameAsString())) {
                return i;
            }
        }
        codeMacros.add(macro);
        return codeMacros.size() - 1;
    }

    static String className(Expression classLiteral) {
        return ((ClassExpr) classLiteral).getType().asString();
    }

    /** An interface declaration with the compilation unit it was declared in, to resolve the names it uses. */
    record Declared(ClassOrInterfaceDeclaration type, CompilationUnit unit) {

        /** Parsed top-level definitions by qualified name: a walk over every IOD meets each macro many times. */
        private static final Map<String, Declared> PARSED = new ConcurrentHashMap<>();

        static Declared parse(String qualifiedName) {
            return PARSED.computeIfAbsent(qualifiedName, Declared::read);
        }

        private static Declared read(String qualifiedName) {
            Path file = SOURCES.resolve(qualifiedName.replace('.', '/') + ".java");
            try {
                CompilationUnit cu = StaticJavaParser.parse(Files.readString(file));
                String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
                return new Declared(cu.getInterfaceByName(simple).orElseThrow(), cu);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
            }
        }

        /** Resolves a simple name as javac would here: nested types of this unit, imports, then the same package. */
        Optional<Declared> resolve(String simpleName) {
            int dot = simpleName.lastIndexOf('.');
            if (dot > 0) {
                // A nested item named through its enclosing definition, as the shared-rows macros do.
                Declared outer = resolve(simpleName.substring(0, dot)).orElseThrow(
                        () -> new AssertionError("cannot resolve " + simpleName));
                String nestedName = simpleName.substring(dot + 1);
                return Optional.of(new Declared(outer.type.findFirst(ClassOrInterfaceDeclaration.class,
                        c -> c.getNameAsString().equals(nestedName)).orElseThrow(), outer.unit));
            }
            Optional<ClassOrInterfaceDeclaration> nested = unit.findFirst(ClassOrInterfaceDeclaration.class,
                    c -> c.getNameAsString().equals(simpleName));
            if (nested.isPresent()) {
                return Optional.of(new Declared(nested.get(), unit));
            }
            for (ImportDeclaration i : unit.getImports()) {
                if (i.getName().getIdentifier().equals(simpleName)) {
                    return i.getNameAsString().startsWith(IOD_PACKAGE + ".") ? Optional.of(parse(i.getNameAsString()))
                            : Optional.empty();
                }
            }
            String pkg = unit.getPackageDeclaration().orElseThrow().getNameAsString();
            String qualified = pkg + "." + simpleName;
            return Files.exists(SOURCES.resolve(qualified.replace('.', '/') + ".java")) ? Optional.of(parse(qualified))
                    : Optional.empty();
        }
    }
}

package dev.iodine.tools.iod;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each IOD of a set of generated definitions means, as text that does not depend on how the definitions are
 * written: per IOD its module table, and per module every attribute with its macros and items flattened in (the
 * annotation's type, condition, values..., the Java type, the include conditions it comes under), sorted within each
 * level. Two sets of sources with equal texts define the same IODs; item type names are left out, since where an
 * item is declared says nothing of what it holds. iod-models' {@code DefinitionDump} flattens the committed CT Image
 * and RT Plan sources otherwise, for the hand-checked golden files; why the two are kept apart is in docs/generators.md.
 *
 * <pre>{@code
 * Map<String, String> meaning = FlatDefinitions.of(IodImporter.generate(standard));   // IOD interface -> text
 * }</pre>
 */
final class FlatDefinitions {

    private final Map<String, ClassOrInterfaceDeclaration> types = new HashMap<>();

    private FlatDefinitions(Map<String, String> sources) {
        sources.forEach((path, source) -> {
            if (path.endsWith(".java")) {
                CompilationUnit cu = StaticJavaParser.parse(source);
                String pkg = cu.getPackageDeclaration().orElseThrow().getNameAsString();
                cu.getTypes().stream().filter(t -> t instanceof ClassOrInterfaceDeclaration)
                        .forEach(t -> index(pkg + "." + t.getNameAsString(), (ClassOrInterfaceDeclaration) t));
            }
        });
    }

    private void index(String qualified, ClassOrInterfaceDeclaration decl) {
        types.put(qualified, decl);
        for (BodyDeclaration<?> m : decl.getMembers()) {
            if (m instanceof ClassOrInterfaceDeclaration inner) {
                index(qualified + "." + inner.getNameAsString(), inner);
            }
        }
    }

    /** @return per IOD interface (qualified name) its flattened meaning */
    static Map<String, String> of(Map<String, String> sources) {
        FlatDefinitions f = new FlatDefinitions(sources);
        Map<String, String> result = new TreeMap<>();
        f.types.forEach((name, decl) -> decl.getAnnotationByName("Iod").ifPresent(iod -> {
            StringBuilder out = new StringBuilder();
            for (Expression e : ((ArrayInitializerExpr) value(iod, "modules")).getValues()) {
                NormalAnnotationExpr use = e.asNormalAnnotationExpr();
                String module = f.resolve(decl, ((ClassExpr) value(use, "value")).getType().asString());
                out.append("module ").append(module.substring(module.lastIndexOf('.') + 1));
                use.getPairs().stream().filter(p -> !p.getNameAsString().equals("value"))
                        .forEach(p -> out.append(' ').append(p));
                out.append('\n');
                f.lines(f.types.get(module), "  ", "", new HashSet<>()).forEach(l -> out.append(l).append('\n'));
            }
            result.put(name, out.toString());
        }));
        return result;
    }

    /**
     * @param definition a module, macro or item, e.g. {@code "dev.iodine.iod.module.CtImageModule"}
     * @return its attributes with its macros and items flattened in, each an annotation and the Java type
     */
    static List<String> definition(Map<String, String> sources, String definition) {
        FlatDefinitions f = new FlatDefinitions(sources);
        return f.lines(f.types.get(definition), "", "", new HashSet<>());
    }

    /**
     * Every attribute of a level, its includes' flattened in; each a line followed by its item's lines. A definition
     * met again within itself (SR content items hold content items) is a line of its own, and is not followed.
     */
    private List<String> lines(ClassOrInterfaceDeclaration decl, String indent, String under, Set<String> chain) {
        List<String> blocks = new ArrayList<>();
        if (!chain.add(qualifiedName(decl))) {
            blocks.add(indent + "(again a definition that encloses this one)" + under);
            return blocks;
        }
        for (MethodDeclaration m : decl.getMethods()) {
            AnnotationExpr a = m.getAnnotationByName("Attribute").orElse(null);
            if (a == null) {
                continue;
            }
            StringBuilder block = new StringBuilder(indent).append(a).append(under);
            if (m.getType() instanceof ClassOrInterfaceType type && type.getNameAsString().equals("List")
                    && type.getTypeArguments().isPresent()) {
                String item = resolve(decl, type.getTypeArguments().get().get(0).asString());
                block.append(" List of items");
                lines(types.get(item), indent + "  ", "", chain).forEach(l -> block.append('\n').append(l));
            } else {
                block.append(' ').append(m.getType());
            }
            blocks.add(block.toString());
        }
        for (AnnotationExpr a : decl.getAnnotations()) {
            if (a.getNameAsString().equals("Include")) {
                Expression macro = a instanceof SingleMemberAnnotationExpr s ? s.getMemberValue() : value(a, "value");
                Expression condition = a instanceof NormalAnnotationExpr ? value(a, "condition") : null;
                String when = condition == null ? under : under + " [included when " + condition + "]";
                blocks.addAll(lines(types.get(resolve(decl, ((ClassExpr) macro).getType().asString())), indent, when,
                        chain));
            }
        }
        for (ClassOrInterfaceType parent : decl.getExtendedTypes()) {
            blocks.addAll(lines(types.get(resolve(decl, parent.asString())), indent, under, chain));
        }
        chain.remove(qualifiedName(decl));
        blocks.sort(null);
        return blocks;
    }

    /** @return the qualified name of a (possibly dotted) type name as written in {@code context} */
    private String resolve(ClassOrInterfaceDeclaration context, String written) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        for (Node n = context; n instanceof ClassOrInterfaceDeclaration d; n = d.getParentNode().orElse(null)) {
            String q = qualifiedName(d) + "." + first;
            if (types.containsKey(q)) {
                return q + rest;
            }
        }
        CompilationUnit cu = context.findCompilationUnit().orElseThrow();
        for (ImportDeclaration i : cu.getImports()) {
            if (i.getName().getIdentifier().equals(first)) {
                return i.getNameAsString() + rest;
            }
        }
        String samePackage = cu.getPackageDeclaration().orElseThrow().getNameAsString() + "." + first + rest;
        if (types.containsKey(samePackage)) {
            return samePackage;
        }
        throw new AssertionError("cannot resolve " + written + " in " + qualifiedName(context));
    }

    private String qualifiedName(ClassOrInterfaceDeclaration d) {
        return d.getFullyQualifiedName().orElseThrow();
    }

    private static Expression value(AnnotationExpr a, String name) {
        return a.asNormalAnnotationExpr().getPairs().stream().filter(p -> p.getNameAsString().equals(name))
                .map(MemberValuePair::getValue).findFirst().orElse(null);
    }
}

package dev.iodine.iod;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a committed definition's source: the annotations are retained only in class files, and the tests pin what
 * the definitions say, so they read the source that the importer wrote.
 */
final class DefinitionSource {

    private final ClassOrInterfaceDeclaration type;

    private DefinitionSource(ClassOrInterfaceDeclaration type) {
        this.type = type;
    }

    /** @param type a top-level definition of iod-models, e.g. {@code RtBeamsModule.class} */
    static DefinitionSource of(Class<?> type) {
        return of(type.getName());
    }

    private static DefinitionSource of(String qualifiedName) {
        Path file = Path.of("src/main/java", qualifiedName.replace('.', '/') + ".java");
        try {
            CompilationUnit cu = StaticJavaParser.parse(Files.readString(file));
            String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
            return new DefinitionSource(cu.getInterfaceByName(simple).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** @return the nested item interface {@code name} of this definition */
    DefinitionSource item(String name) {
        return new DefinitionSource(type.getMembers().stream()
                .filter(m -> m instanceof ClassOrInterfaceDeclaration c && c.getNameAsString().equals(name))
                .map(m -> (ClassOrInterfaceDeclaration) m).findFirst()
                .orElseThrow(() -> new AssertionError(type.getNameAsString() + " has no item " + name)));
    }

    /** @return the {@code @Attribute} of the getter of {@code keyword} */
    NormalAnnotationExpr attribute(String keyword) {
        return getter(keyword).getAnnotationByName("Attribute").orElseThrow().asNormalAnnotationExpr();
    }

    /**
     * @return the declared type of attribute {@code keyword}'s getter, e.g. "List<Beam>" (an item named from its
     *         definition's outer type, as a macro of shared rows names it, by its simple name)
     */
    String javaType(String keyword) {
        return getter(keyword).getTypeAsString().replaceAll("\\b\\w+\\.", "");
    }

    /**
     * @return the getter of {@code keyword}, declared here or in a macro this definition includes: the importer
     *         writes rows that several definitions share once, in a macro they include (docs/generators.md)
     */
    private MethodDeclaration getter(String keyword) {
        MethodDeclaration m = getterOrNull(keyword);
        if (m == null) {
            throw new AssertionError(type.getNameAsString() + " has no attribute " + keyword);
        }
        return m;
    }

    private MethodDeclaration getterOrNull(String keyword) {
        for (MethodDeclaration m : type.getMethods()) {
            Optional<AnnotationExpr> a = m.getAnnotationByName("Attribute");
            if (a.isPresent() && keyword.equals(text(value(a.get().asNormalAnnotationExpr(), "keyword")))) {
                return m;
            }
        }
        for (AnnotationExpr include : type.getAnnotations()) {
            if (include.getNameAsString().equals("Include")) {
                Expression macro = include instanceof SingleMemberAnnotationExpr single ? single.getMemberValue()
                        : value(include.asNormalAnnotationExpr(), "value");
                MethodDeclaration m = included(((ClassExpr) macro).getTypeAsString()).getterOrNull(keyword);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** @return the macro named {@code simpleName} in this definition's file: imported, or of the same package */
    private DefinitionSource included(String simpleName) {
        CompilationUnit cu = type.findCompilationUnit().orElseThrow();
        return of(cu.getImports().stream().filter(i -> i.getName().getIdentifier().equals(simpleName))
                .map(i -> i.getNameAsString()).findFirst()
                .orElse(cu.getPackageDeclaration().orElseThrow().getNameAsString() + "." + simpleName));
    }

    /** @return the type label of attribute {@code keyword}: "1", "1C", "2", "2C" or "3" */
    String typeOf(String keyword) {
        return value(attribute(keyword), "type").toString().replace("Type.T", "");
    }

    /** @return the {@code modules} of an {@code @Iod}, each as "ModuleClass usage", in order */
    List<String> modules() {
        NormalAnnotationExpr iod = type.getAnnotationByName("Iod").orElseThrow().asNormalAnnotationExpr();
        List<String> result = new ArrayList<>();
        for (Expression e : ((ArrayInitializerExpr) value(iod, "modules")).getValues()) {
            NormalAnnotationExpr use = e.asNormalAnnotationExpr();
            result.add(value(use, "value").toString().replace(".class", "") + " "
                    + value(use, "usage").toString().replace("Usage.", ""));
        }
        return result;
    }

    /** @return the condition of the usage-C module {@code moduleClass} of an {@code @Iod} */
    String usageCondition(String moduleClass) {
        NormalAnnotationExpr iod = type.getAnnotationByName("Iod").orElseThrow().asNormalAnnotationExpr();
        for (Expression e : ((ArrayInitializerExpr) value(iod, "modules")).getValues()) {
            NormalAnnotationExpr use = e.asNormalAnnotationExpr();
            if (value(use, "value").toString().equals(moduleClass + ".class")) {
                return text(value(use, "condition"));
            }
        }
        throw new AssertionError(type.getNameAsString() + " does not use " + moduleClass);
    }

    /** @return the type's Javadoc text */
    String javadoc() {
        return type.getJavadocComment().map(c -> c.getContent()).orElse("");
    }

    static Expression value(NormalAnnotationExpr a, String name) {
        return a.getPairs().stream().filter(p -> p.getNameAsString().equals(name)).map(MemberValuePair::getValue)
                .findFirst().orElse(null);
    }

    static String text(Expression e) {
        return e == null ? null : e.asStringLiteralExpr().asString();
    }

    /** @return the string values of an array-valued annotation member, or an empty list */
    static List<String> strings(NormalAnnotationExpr a, String name) {
        Expression e = value(a, name);
        if (e == null) {
            return List.of();
        }
        return e instanceof ArrayInitializerExpr array
                ? array.getValues().stream().map(v -> v.asStringLiteralExpr().asString()).toList()
                : List.of(e.asStringLiteralExpr().asString());
    }
}

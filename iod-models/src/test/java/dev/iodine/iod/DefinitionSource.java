package dev.iodine.iod;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
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
        Path file = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
        try {
            CompilationUnit cu = StaticJavaParser.parse(Files.readString(file));
            return new DefinitionSource(cu.getInterfaceByName(type.getSimpleName()).orElseThrow());
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
        for (MethodDeclaration m : type.getMethods()) {
            Optional<AnnotationExpr> a = m.getAnnotationByName("Attribute");
            if (a.isPresent() && keyword.equals(text(value(a.get().asNormalAnnotationExpr(), "keyword")))) {
                return a.get().asNormalAnnotationExpr();
            }
        }
        throw new AssertionError(type.getNameAsString() + " has no attribute " + keyword);
    }

    /** @return the declared type of attribute {@code keyword}'s getter, e.g. "List<Beam>" */
    String javaType(String keyword) {
        return type.getMethodsByName("get" + keyword).get(0).getTypeAsString();
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

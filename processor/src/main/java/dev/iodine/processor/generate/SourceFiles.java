package dev.iodine.processor.generate;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Writes generated sources through the {@link Filer}, parsed and pretty-printed by javaparser so that they read as
 * hand-formatted code (and a generator bug shows as a parse error naming the type, not as a javac error later).
 *
 * <pre>{@code
 * sourceFiles.write("com.x.CtImage", source, iodType);
 * }</pre>
 */
final class SourceFiles {

    private final Filer filer;
    private final JavaParser parser = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    SourceFiles(Filer filer) {
        this.filer = filer;
    }

    /** Formats and writes one compilation unit; {@code origins} are the definitions it comes from. */
    void write(String qualifiedName, String source, Element... origins) {
        ParseResult<CompilationUnit> parsed = parser.parse(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            throw new IllegalStateException("generated source of " + qualifiedName + " does not parse: "
                    + parsed.getProblems() + "\n" + source);
        }
        try (Writer w = filer.createSourceFile(qualifiedName, origins).openWriter()) {
            w.write(parsed.getResult().get().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + qualifiedName, e);
        }
    }
}

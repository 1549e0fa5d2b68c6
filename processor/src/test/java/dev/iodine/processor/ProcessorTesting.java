package dev.iodine.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles sources of package {@code t} with the processor and inspects the diagnostics. */
final class ProcessorTesting {

    /** Lines every test source starts with; a test's own first line is line {@code PRELUDE.size() + 1}. */
    static final List<String> PRELUDE = List.of(
            "package t;",
            "import dev.iodine.annotations.*;",
            "import java.util.List;");

    private ProcessorTesting() {
    }

    /** A source file {@code t.<name>} with the prelude and the given lines. */
    static JavaFileObject source(String name, String... lines) {
        List<String> all = new ArrayList<>(PRELUDE);
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceLines("t." + name, all);
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new IodineProcessor()).compile(sources);
    }

    /** Asserts the compilation reported exactly one diagnostic (notes aside), of that kind, text and line. */
    static void assertOnly(Compilation c, Diagnostic.Kind kind, String message, long line) {
        List<Diagnostic<? extends JavaFileObject>> found = c.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList();
        assertEquals(1, found.size(), () -> "expected one diagnostic, got " + found);
        Diagnostic<? extends JavaFileObject> d = found.get(0);
        assertEquals(kind, d.getKind(), d::toString);
        assertEquals(message, d.getMessage(Locale.ROOT));
        assertEquals(line, d.getLineNumber(), d::toString);
    }
}

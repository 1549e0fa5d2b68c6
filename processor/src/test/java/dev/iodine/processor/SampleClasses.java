package dev.iodine.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.iodine.bind.Binder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A class loader over what a compilation with the processor wrote (generated sources compiled), so that tests use
 * the generated classes through the runtime's interfaces ({@link Binder}, {@code IodObject}); {@link #get()} holds
 * the sample definitions of {@code src/test/resources/sample} (and {@code BuiltPlans}, code that uses their builder).
 */
final class SampleClasses extends ClassLoader {

    private static final List<String> SOURCES = List.of("PatientModule", "SopCommonModule", "BeamsModule",
            "SamplePlanIod", "ImageModule", "SampleCtIod", "Photometric", "BuiltPlans");

    private static SampleClasses instance;

    private final Map<String, byte[]> classes = new HashMap<>();
    private final Compilation compilation;

    SampleClasses(Compilation compilation, ClassLoader parent) {
        super(parent);
        this.compilation = compilation;
        for (JavaFileObject f : compilation.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS) {
                String name = f.toUri().getPath();
                name = name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                        name.length() - ".class".length()).replace('/', '.');
                try (InputStream in = f.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Compiled once per test run; fails when the compilation reports anything at all. */
    static synchronized SampleClasses get() {
        if (instance == null) {
            JavaFileObject[] sources = SOURCES.stream()
                    .map(n -> JavaFileObjects.forResource("sample/" + n + ".java")).toArray(JavaFileObject[]::new);
            Compilation c = javac().withProcessors(new IodineProcessor()).compile(sources);
            assertEquals(List.of(), c.diagnostics(), "the samples compile without any diagnostic");
            instance = new SampleClasses(c, SampleClasses.class.getClassLoader());
        }
        return instance;
    }

    Compilation compilation() {
        return compilation;
    }

    /** Writes the compiled classes under {@code directory}, for a later compilation's class path. */
    void writeTo(java.nio.file.Path directory) throws IOException {
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            java.nio.file.Path file = directory.resolve(e.getKey().replace('.', '/') + ".class");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, e.getValue());
        }
    }

    /** A new instance of a generated binder of package {@code sample}, e.g. {@code SamplePlanBinder}. */
    Binder<Object> binder(String simpleName) {
        return binderNamed("sample." + simpleName);
    }

    /** A new instance of a generated binder. */
    @SuppressWarnings("unchecked")
    Binder<Object> binderNamed(String name) {
        try {
            return (Binder<Object>) loadClass(name).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no generated binder " + name, e);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}

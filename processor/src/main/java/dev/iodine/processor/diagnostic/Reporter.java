package dev.iodine.processor.diagnostic;

import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Reports {@link ProcessorError}s through the {@link Messager} on the element, and when known on the annotation and
 * the member whose value is wrong, so that the IDE and javac point at it.
 *
 * <pre>{@code
 * reporter.report(ProcessorError.UNKNOWN_KEYWORD, method, attributeMirror, "keyword", "PatientNme");
 * }</pre>
 */
public final class Reporter {

    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports on the element only. */
    public void report(ProcessorError error, Element element, Object... args) {
        report(error, element, null, null, args);
    }

    /**
     * Reports on {@code member} of {@code mirror} on {@code element}; falls back to the annotation when the member is
     * not written explicitly, and to the element when there is no annotation.
     */
    public void report(ProcessorError error, Element element, AnnotationMirror mirror, String member, Object... args) {
        if (error.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
        String message = error.format(args);
        AnnotationValue value = mirror == null || member == null ? null : valueOf(mirror, member);
        if (value != null) {
            messager.printMessage(error.kind(), message, element, mirror, value);
        } else if (mirror != null) {
            messager.printMessage(error.kind(), message, element, mirror);
        } else {
            messager.printMessage(error.kind(), message, element);
        }
    }

    /** How many errors were reported so far (generation is skipped for a definition with errors). */
    public int errorCount() {
        return errors;
    }

    /** The explicitly written value of an annotation member, or null. */
    public static AnnotationValue valueOf(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(member)) {
                return e.getValue();
            }
        }
        return null;
    }
}

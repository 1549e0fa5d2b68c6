package dev.iodine.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A macro included into a module, macro or item: by {@code @Include} ({@code mirror} set) or by extending the
 * macro's interface ({@code mirror} null).
 *
 * <pre>{@code
 * for (IncludeDef i : definition.includes()) i.macro(); i.condition();
 * }</pre>
 */
public record IncludeDef(TypeElement macro, String condition, AnnotationMirror mirror) {
}

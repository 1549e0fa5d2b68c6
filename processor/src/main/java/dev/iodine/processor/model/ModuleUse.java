package dev.iodine.processor.model;

import dev.iodine.annotations.Usage;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @UseModule} row of an IOD.
 *
 * <pre>{@code
 * for (ModuleUse u : iod.modules()) u.module(); u.usage();
 * }</pre>
 *
 * @param module the module interface
 * @param usage M, C or U
 * @param condition the usage condition (empty when none)
 * @param ie the information entity
 * @param mirror the {@code @UseModule} annotation
 */
public record ModuleUse(TypeElement module, Usage usage, String condition, String ie, AnnotationMirror mirror) {
}

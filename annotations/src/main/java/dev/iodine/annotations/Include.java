package dev.iodine.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Includes a {@link Macro}'s attributes into a module, item or macro, optionally under a condition: when the
 * condition does not hold, the macro's attributes are not required (PS3.3 "Include Table ... if ...").
 * Extending the macro's interface is the same as an unconditional include.
 *
 * <pre>{@code
 * @Item
 * @Include(CodeSequenceMacro.class)
 * @Include(value = PrimaryAnatomicStructureMacro.class, condition = "present(parent.ImageType)")
 * interface AnatomicRegion { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Include.List.class)
public @interface Include {

    /** The {@link Macro} to include. */
    Class<?> value();

    /** When the included attributes are required, in the condition language (docs/conditions.md); empty: always. */
    String condition() default "";

    /** Container of repeated {@link Include}s; written by the compiler. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        Include[] value();
    }
}

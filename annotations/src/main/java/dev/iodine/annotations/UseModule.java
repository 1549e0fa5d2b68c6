package dev.iodine.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of an IOD's module table: a {@link DicomModule} with its usage.
 *
 * <pre>{@code
 * @UseModule(value = MultiEnergyCtImageModule.class, usage = Usage.C, condition = "MultienergyCTAcquisition == \"YES\"")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface UseModule {

    /** The module's interface. */
    Class<?> value();

    /** M, C or U. */
    Usage usage();

    /** For usage C, when the module is required, evaluated on the top-level dataset (docs/conditions.md). */
    String condition() default "";

    /** The information entity, e.g. {@code "Patient"}, {@code "Image"}. */
    String ie() default "";
}

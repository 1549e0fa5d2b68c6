package dev.iodine.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The DICOM value of an enum constant, for a value that is not a Java identifier. An enum that an {@link Attribute}
 * accessor returns maps each constant to a code string value: the constant's name, or this annotation's value.
 * The processor reads it at compile time and generates the mapping in the accessors (no reflection at run time).
 *
 * <pre>{@code
 * public enum PhotometricInterpretation {
 *     MONOCHROME1,
 *     MONOCHROME2,
 *     @DicomValue("PALETTE COLOR") PALETTE_COLOR
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface DicomValue {

    /** The value as it is written in the data set, e.g. {@code "PALETTE COLOR"}. */
    String value();
}

package dev.iodine.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as a PS3.3 module: each abstract method annotated with {@link Attribute} is one row of the
 * module table. Macros are included with {@link Include} or by extending the macro's interface.
 *
 * <pre>{@code
 * @DicomModule(name = "Patient", section = "C.7.1.1")
 * public interface PatientModule {
 *     @Attribute(keyword = "PatientName", type = Type.T2) PersonName getPatientName();
 *     @Attribute(keyword = "PatientID", type = Type.T2) String getPatientID();
 * }
 * }</pre>
 *
 * <p>A private module sets {@link #privateCreator()}; its attributes then give the tag with the element's low byte
 * only (e.g. {@code 0x00291010} for element {@code xx10} of group {@code 0029}) and always give {@code vr}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DicomModule {

    /** The module's name as PS3.3 writes it, e.g. {@code "General Image"}. */
    String name();

    /** The PS3.3 section that defines the module, e.g. {@code "C.7.6.1"}; empty for a user's own module. */
    String section() default "";

    /** For a private module, the Private Creator value (PS3.5 7.8.1) reserving the block of its tags. */
    String privateCreator() default "";
}

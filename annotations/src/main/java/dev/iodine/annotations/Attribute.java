package dev.iodine.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One attribute of a {@link DicomModule}, {@link Macro} or {@link Item}, on an abstract accessor method whose return
 * type is the Java type of the value (see docs/annotations.md for the types each VR accepts). The method's name
 * (without {@code get}/{@code is}) names the generated property.
 *
 * <pre>{@code
 * @Attribute(keyword = "PhotometricInterpretation", type = Type.T1, enumerated = {"MONOCHROME1", "MONOCHROME2"})
 * String getPhotometricInterpretation();
 *
 * @Attribute(tag = 0x00180010, type = Type.T1C, condition = "present(ContrastBolusRoute)")
 * String getContrastBolusAgent();
 * }</pre>
 *
 * <p>Give the {@link #keyword()} or the {@link #tag()} (or both, which must agree); the VR and VM come from the
 * PS3.6 dictionary unless {@link #vr()} / {@link #vm()} narrow them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Attribute {

    /** The tag as {@code 0xGGGGEEEE}; {@code -1} when only the keyword is given. */
    int tag() default -1;

    /** The PS3.6 keyword, e.g. {@code "PatientName"}; empty when only the tag is given. */
    String keyword() default "";

    /** The attribute type of PS3.3 7.4. */
    Type type();

    /** The VR when the dictionary allows several (e.g. {@code "US"} for "US or SS") or for a private attribute. */
    String vr() default "";

    /** The VM when the module narrows the dictionary's, e.g. {@code "3"} for a {@code 1-n} attribute. */
    String vm() default "";

    /** Enumerated values (PS3.3 "Enumerated Values"): any other value is an error. Numbers as decimal strings. */
    String[] enumerated() default {};

    /** Defined terms (PS3.3 "Defined Terms"): documented and offered as constants; other values are allowed. */
    String[] definedTerms() default {};

    /** For Type 1C/2C, when the attribute is required, in the condition language (docs/conditions.md). */
    String condition() default "";

    /**
     * For Type 1C/2C, whether the attribute may be present when the condition does not hold (PS3.3 "may be present
     * otherwise"); false: its presence then is an error.
     */
    boolean mayBePresentOtherwise() default true;

    /** Marks the use of an attribute that PS3.6 lists as retired (otherwise the processor warns). */
    boolean retired() default false;
}

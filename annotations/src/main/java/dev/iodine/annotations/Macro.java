package dev.iodine.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as a PS3.3 macro ("Include Table ... Macro"): a reusable group of attributes that modules,
 * items and other macros include with {@link Include} or by extending the interface.
 *
 * <pre>{@code
 * @Macro(name = "Code Sequence", section = "8.8")
 * public interface CodeSequenceMacro {
 *     @Attribute(keyword = "CodeValue", type = Type.T1C, condition = "absent(LongCodeValue) and absent(URNCodeValue)")
 *     String getCodeValue();
 *     @Attribute(keyword = "CodeMeaning", type = Type.T1) String getCodeMeaning();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Macro {

    /** The macro's name as PS3.3 writes it, e.g. {@code "Code Sequence"}. */
    String name();

    /** The PS3.3 section or table that defines the macro; empty for a user's own macro. */
    String section() default "";
}

package dev.iodine.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as the item of a sequence attribute: the attribute's accessor returns {@code List<ThisItem>}.
 * An item declares attributes like a module, includes macros, and may itself hold sequences (any depth).
 * Declare it nested in the module (or item) that uses it; the generated item class is nested the same way.
 *
 * <pre>{@code
 * @DicomModule(name = "RT Beams", section = "C.8.8.14")
 * public interface RtBeamsModule {
 *     @Attribute(keyword = "BeamSequence", type = Type.T1) List<Beam> getBeamSequence();
 *
 *     @Item interface Beam {
 *         @Attribute(keyword = "BeamNumber", type = Type.T1) Integer getBeamNumber();
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Item {
}

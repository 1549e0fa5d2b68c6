package dev.iodine.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a composite IOD (PS3.3 Annex A) on an interface named {@code XxxIod}; the processor generates the typed
 * class {@code Xxx} in the same package, its builder, constraints and binder.
 *
 * <pre>{@code
 * @Iod(name = "CT Image", section = "A.3", sopClassUids = "1.2.840.10008.5.1.4.1.1.2", modules = {
 *         @UseModule(value = PatientModule.class, usage = Usage.M, ie = "Patient"),
 *         @UseModule(value = ContrastBolusModule.class, usage = Usage.C, condition = "predicate(contrastUsed)"),
 *         @UseModule(value = SopCommonModule.class, usage = Usage.M, ie = "Image")})
 * public interface CtImageIod {
 *     static boolean contrastUsed(dev.iodine.bind.ConditionContext c) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Iod {

    /** The IOD's name as PS3.3 writes it, e.g. {@code "CT Image"}. */
    String name();

    /** The PS3.3 section, e.g. {@code "A.3"}. */
    String section() default "";

    /** The SOP Class UIDs whose instances this IOD describes (PS3.4); the runtime finds the binder by them. */
    String[] sopClassUids() default {};

    /** The module table, in the order of PS3.3. Must include the SOP Common module, unless {@link #withoutSopCommon}. */
    UseModule[] modules();

    /**
     * Why the IOD has no SOP Common module, citing PS3.3 (e.g. {@code "PS3.3 F.3: the Basic Directory IOD"}); empty
     * (the default) for every IOD that has one. An IOD declared so must name its {@link #sopClassUids} and use no
     * module with SOP Class UID or SOP Instance UID: its instances carry them only in the File Meta Information
     * (Media Storage SOP Class/Instance UID, PS3.10 7.1), where the runtime looks for them.
     */
    String withoutSopCommon() default "";
}

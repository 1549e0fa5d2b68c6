package dev.iodine.bind;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Jakarta Bean Validation constraint the processor puts on every generated IOD class: valid when
 * {@link IodObject#checkConstraints()} finds nothing. Each finding becomes a constraint violation whose property
 * path goes through sequences ({@code beamSequence[0].controlPointSequence[3].gantryAngle}) and whose Hibernate
 * dynamic payload is the list of {@link dev.iodine.validation.Violation}s (tag, module, type, expected).
 *
 * <pre>{@code
 * Set<ConstraintViolation<CtImage>> found = validator.validate(ctImage);
 * }</pre>
 */
@Documented
@Constraint(validatedBy = IodConstraintValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IodConstraint {

    String message() default "does not conform to its IOD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

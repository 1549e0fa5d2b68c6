package dev.iodine.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.junit.jupiter.api.Test;

class BeanValidationTest {

    /** A constraint of the kind the processor generates: it reports a Violation as its dynamic payload. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = PlanLabelRequired.Check.class)
    @interface PlanLabelRequired {
        String message() default "RT Plan Label missing";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<PlanLabelRequired, Plan> {
            @Override
            public boolean isValid(Plan plan, ConstraintValidatorContext context) {
                if (plan.label != null) {
                    return true;
                }
                context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(
                        Violation.missing("", 0x300A0002, "RT General Plan", "C.8.8.9", "1", null));
                return false;
            }
        }
    }

    /** A constraint that reports many violations at once, as one generated class-level validator would. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = TwoMissing.Check.class)
    @interface TwoMissing {
        String message() default "IOD violations";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<TwoMissing, Object> {
            @Override
            public boolean isValid(Object object, ConstraintValidatorContext context) {
                List<Violation> found = List.of(
                        Violation.missing("", 0x00100020, "Patient", "C.7.1.1", "2", null),
                        Violation.missing("", 0x00100030, "Patient", "C.7.1.1", "2", null));
                // The payload is taken when each violation is added, so it is set first.
                context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(found);
                context.disableDefaultConstraintViolation();
                for (Violation v : found) {
                    context.buildConstraintViolationWithTemplate(v.toString()).addConstraintViolation();
                }
                return false;
            }
        }
    }

    @TwoMissing
    static final class Patient {
    }

    @PlanLabelRequired
    static final class Plan {
        final String label;
        @Valid final List<Beam> beamSequence;

        Plan(String label, Beam... beams) {
            this.label = label;
            this.beamSequence = List.of(beams);
        }
    }

    static final class Beam {
        @NotNull final String beamName;

        Beam(String name) {
            this.beamName = name;
        }
    }

    @Test
    void attachedViolationsAreKeptAndOtherConstraintsGetTheirPathFromThePropertyPath() {
        ValidationReport report = BeanValidation.validate("RT Plan", new Plan(null, new Beam("A"), new Beam(null)));
        assertEquals(2, report.violations().size(), report.toString());
        assertEquals("Error: (300A,0002) RTPlanLabel: missing; Type 1 requires it with a value"
                + " [RT General Plan, PS3.3 C.8.8.9]", report.violations().get(0).toString());
        Violation fromPath = report.violations().get(1);
        assertEquals("BeamSequence[1]", fromPath.path());
        assertEquals(0x300A00C2, fromPath.tag());
        assertEquals("BeamName", fromPath.keyword());
        assertEquals(Violation.Kind.OTHER, fromPath.kind());
        assertEquals("Error: BeamSequence[1] (300A,00C2) BeamName: must not be null", fromPath.toString());
    }

    @Test
    void aListOfViolationsAttachedByOneConstraintIsCountedOnce() {
        ValidationReport report = BeanValidation.validate("Patient", new Patient());
        assertEquals(List.of(0x00100020, 0x00100030), report.violations().stream().map(Violation::tag).toList(),
                report.toString());
    }

    @Test
    void aValidObjectHasAnEmptyReport() {
        ValidationReport report = BeanValidation.validate("RT Plan", new Plan("P1", new Beam("A")));
        assertEquals(List.of(), report.violations());
        assertEquals("RT Plan: valid", report.summary());
    }
}

package dev.iodine.bind;

import dev.iodine.validation.Violation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link IodConstraint}: one constraint violation per {@link Violation}, with the property path of its
 * attribute; the list of violations is the dynamic payload.
 */
public final class IodConstraintValidator implements ConstraintValidator<IodConstraint, IodObject> {

    @Override
    public boolean isValid(IodObject object, ConstraintValidatorContext context) {
        if (object == null) {
            return true;
        }
        List<Violation> violations = object.checkConstraints();
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        // Hibernate Validator keeps one dynamic payload per validator call and repeats it on every constraint
        // violation, so the payload is the whole list (BeanValidation counts it once).
        hibernate.withDynamicPayload(violations);
        for (Violation v : violations) {
            addPath(hibernate.buildConstraintViolationWithTemplate(escape(v.toString())), v);
        }
        return false;
    }

    /** Property nodes for the path's sequences and the attribute: {@code beamSequence[0].gantryAngle}. */
    private static void addPath(ConstraintViolationBuilder builder, Violation v) {
        String[] steps = v.path().isEmpty() ? new String[0] : v.path().split("\\.");
        String[] names = new String[steps.length + (v.keyword().isEmpty() ? 0 : 1)];
        int[] indices = new int[steps.length];
        for (int i = 0; i < steps.length; i++) {
            int open = steps[i].indexOf('[');
            names[i] = property(steps[i].substring(0, open));
            indices[i] = Integer.parseInt(steps[i].substring(open + 1, steps[i].length() - 1));
        }
        if (names.length > steps.length) {
            names[steps.length] = property(v.keyword());
        }
        if (names.length == 0) {
            builder.addConstraintViolation();
            return;
        }
        if (names.length == 1) {
            builder.addPropertyNode(names[0]).addConstraintViolation();
            return;
        }
        // A node "in an iterable" carries the index of the previous node's item: a[0].b
        NodeBuilderDefinedContext node = builder.addPropertyNode(names[0]).addPropertyNode(names[1]).inIterable()
                .atIndex(indices[0]);
        for (int i = 2; i < names.length; i++) {
            node = node.addPropertyNode(names[i]).inIterable().atIndex(indices[i - 1]);
        }
        node.addConstraintViolation();
    }

    private static String property(String keyword) {
        return keyword.isEmpty() ? keyword : Character.toLowerCase(keyword.charAt(0)) + keyword.substring(1);
    }

    /** The message is literal text: braces and dollars would otherwise be message parameters. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}

package dev.iodine.validation;

import dev.iodine.dict.ElementDictionary;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Hibernate Validator on a typed IOD object and turns its constraint violations into {@link Violation}s.
 * The constraints generated for IOD classes attach the {@link Violation}s themselves as Hibernate's dynamic payload;
 * any other constraint (a user's own {@code @NotNull}, say) becomes an {@link Violation.Kind#OTHER} error whose
 * path and keyword come from the property path ({@code beamSequence[0].beamName} → path
 * {@code BeamSequence[0]}, keyword {@code BeamName}).
 *
 * <pre>{@code
 * ValidationReport report = BeanValidation.validate("RT Plan", plan);
 * }</pre>
 */
public final class BeanValidation {

    private BeanValidation() {
    }

    private static final class Holder {
        // Messages are plain text: the parameter interpolator needs no expression language at run time.
        static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Validates the object with every constraint it declares. A constraint may attach one {@link Violation}, or a
     * {@code List<Violation>} when one constraint reports many (Hibernate Validator then repeats the same list on
     * each of its constraint violations; it is counted once).
     */
    public static ValidationReport validate(String iod, Object object) {
        List<Violation> violations = new ArrayList<>();
        Set<Object> lists = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ConstraintViolation<Object> cv : Holder.VALIDATOR.validate(object)) {
            HibernateConstraintViolation<?> hibernate = cv.unwrap(HibernateConstraintViolation.class);
            List<?> list = hibernate.getDynamicPayload(List.class);
            if (list == null) {
                violations.add(toViolation(cv, hibernate));
            } else if (lists.add(list)) {
                list.forEach(v -> violations.add((Violation) v));
            }
        }
        return new ValidationReport(iod, violations);
    }

    /** The violation a constraint attached as its dynamic payload, or one made from the path and message. */
    private static Violation toViolation(ConstraintViolation<?> cv, HibernateConstraintViolation<?> hibernate) {
        Violation attached = hibernate.getDynamicPayload(Violation.class);
        if (attached != null) {
            return attached;
        }
        StringBuilder path = new StringBuilder();
        String keyword = "";
        for (Path.Node node : cv.getPropertyPath()) {
            if (node.getName() == null) {
                continue;
            }
            if (!keyword.isEmpty()) {
                // The previous node was a sequence: it belongs to the path, with the index of this node's item.
                path.append(path.length() == 0 ? "" : ".").append(keyword);
            }
            if (node.getIndex() != null && !keyword.isEmpty()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            keyword = Character.toUpperCase(node.getName().charAt(0)) + node.getName().substring(1);
        }
        int tag = ElementDictionary.tagOf(keyword);
        return new Violation(Severity.ERROR, Violation.Kind.OTHER, path.toString(), tag == -1 ? 0 : tag,
                tag == -1 ? keyword : null, null, null, null, cv.getInvalidValue() == null ? null : String.valueOf(cv.getInvalidValue()),
                cv.getMessage());
    }
}

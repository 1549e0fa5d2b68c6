package dev.iodine.bind;

import dev.iodine.validation.Violation;
import java.util.List;

/**
 * A generated IOD class: a {@link DicomObject} that checks itself against its IOD (attribute types, conditions,
 * enumerated values, VR value rules). Hibernate Validator runs the check through {@link IodConstraint}.
 *
 * <pre>{@code
 * List<Violation> violations = ctImage.checkConstraints();
 * }</pre>
 */
public interface IodObject extends DicomObject {

    /** Every violation of the IOD's rules, with paths through sequences. */
    List<Violation> checkConstraints();
}

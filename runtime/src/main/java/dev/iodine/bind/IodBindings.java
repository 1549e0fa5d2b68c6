package dev.iodine.bind;

import java.util.Optional;

/** Finds the {@link IodBinding} of a typed class or of a SOP Class UID among the generated binders. */
final class IodBindings {

    private IodBindings() {
    }

    /** The binding of a generated IOD class. */
    static <T> Optional<IodBinding<T>> forType(Class<T> type) {
        return Optional.empty();
    }

    /** The binding of the typed class whose IOD covers a SOP Class UID. */
    static Optional<IodBinding<?>> forSopClass(String sopClassUid) {
        return Optional.empty();
    }
}

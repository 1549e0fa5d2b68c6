package dev.iodine.bind;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the generated {@link Binder} of a typed class or of a SOP Class UID among those
 * {@link ServiceLoader} lists from {@code META-INF/services/dev.iodine.bind.Binder}. Loaded once.
 */
final class IodBindings {

    private IodBindings() {
    }

    private static final class Registry {
        static final Map<Class<?>, Binder<?>> BY_TYPE = new HashMap<>();
        static final Map<String, Binder<?>> BY_SOP_CLASS = new HashMap<>();

        static {
            for (Binder<?> binder : ServiceLoader.load(Binder.class, IodBindings.class.getClassLoader())) {
                BY_TYPE.put(binder.type(), binder);
                // The first binder listing a SOP class wins: a user's profile of a standard IOD is bound by class.
                binder.sopClassUids().forEach(uid -> BY_SOP_CLASS.putIfAbsent(uid, binder));
            }
        }
    }

    /** The binding of a generated IOD class. */
    @SuppressWarnings("unchecked")
    static <T> Optional<Binder<T>> forType(Class<T> type) {
        return Optional.ofNullable((Binder<T>) Registry.BY_TYPE.get(type));
    }

    /** The binding of the typed class whose IOD covers a SOP Class UID. */
    static Optional<Binder<?>> forSopClass(String sopClassUid) {
        return Optional.ofNullable(Registry.BY_SOP_CLASS.get(sopClassUid));
    }
}

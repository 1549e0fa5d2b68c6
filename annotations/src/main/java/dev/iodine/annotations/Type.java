package dev.iodine.annotations;

/**
 * The attribute types of PS3.3 Section 7.4 (and PS3.5 7.4): whether an attribute must be present and have a value.
 *
 * <pre>{@code
 * @Attribute(keyword = "PatientName", type = Type.T2) PersonName getPatientName();
 * }</pre>
 */
public enum Type {
    /** Type 1: present with a value. */
    T1,
    /** Type 1C: present with a value when the condition holds. */
    T1C,
    /** Type 2: present, possibly empty. */
    T2,
    /** Type 2C: present, possibly empty, when the condition holds. */
    T2C,
    /** Type 3: optional. */
    T3;

    /** Whether the type needs a condition (1C, 2C). */
    public boolean conditional() {
        return this == T1C || this == T2C;
    }

    /** Whether a present attribute of this type must have a value (1, 1C). */
    public boolean valueRequired() {
        return this == T1 || this == T1C;
    }

    /** The type as PS3.3 writes it: {@code 1}, {@code 1C}, {@code 2}, {@code 2C}, {@code 3}. */
    public String label() {
        return name().substring(1);
    }
}

package dev.iodine.annotations;

/**
 * Module usage in an IOD's module table (PS3.3 Annex A, "Usage" column).
 *
 * <pre>{@code
 * @UseModule(value = ContrastBolusModule.class, usage = Usage.C, condition = "predicate(contrastUsed)")
 * }</pre>
 */
public enum Usage {
    /** Mandatory. */
    M,
    /** Conditional: required when the condition holds (the condition is then mandatory in {@link UseModule}). */
    C,
    /** User option. */
    U
}

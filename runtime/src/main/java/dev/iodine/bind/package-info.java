/**
 * Typed objects ↔ datasets: the {@code Binder} SPI that generated IOD classes implement, the registry that finds
 * binders through {@link java.util.ServiceLoader}, and the runtime support of generated conditions and constraints.
 *
 * <pre>{@code
 * boolean required = condition.test(context);   // a generated condition over a ConditionContext
 * }</pre>
 */
package dev.iodine.bind;

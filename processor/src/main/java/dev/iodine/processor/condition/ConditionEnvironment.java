package dev.iodine.processor.condition;

import dev.iodine.data.VR;

/**
 * What a condition's names mean where it is written: the checker asks it about keywords, modules and predicates.
 *
 * <pre>{@code
 * List<ConditionProblem> problems = ConditionChecker.check(condition, environment);
 * }</pre>
 */
public interface ConditionEnvironment {

    /** The VR of a keyword, or null when no element has it. */
    VR vrOf(String keyword);

    /** The tag of a keyword (only asked after {@link #vrOf} found it). */
    int tagOf(String keyword);

    /** Whether a module of that name is known (interface simple name, "Module" suffix optional). */
    boolean moduleExists(String name);

    /** Null when the predicate exists with the right signature, else what is wrong ("X declares no method y"). */
    String predicateProblem(String name);
}

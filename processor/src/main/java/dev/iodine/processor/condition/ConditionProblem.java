package dev.iodine.processor.condition;

import dev.iodine.processor.diagnostic.ProcessorError;

/**
 * One problem the {@link ConditionChecker} found: the catalogue entry and its arguments.
 *
 * <pre>{@code
 * for (ConditionProblem p : ConditionChecker.check(c, env)) reporter.report(p.error(), element, mirror, "condition", p.args());
 * }</pre>
 */
public record ConditionProblem(ProcessorError error, Object... args) {

    public String message() {
        return error.format(args);
    }
}

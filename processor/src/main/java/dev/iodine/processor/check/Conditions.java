package dev.iodine.processor.check;

import dev.iodine.processor.condition.Condition;
import dev.iodine.processor.condition.ConditionChecker;
import dev.iodine.processor.condition.ConditionEnvironment;
import dev.iodine.processor.condition.ConditionParser;
import dev.iodine.processor.condition.ConditionProblem;
import dev.iodine.processor.condition.ConditionSyntaxException;
import dev.iodine.processor.diagnostic.ProcessorError;
import dev.iodine.processor.diagnostic.Reporter;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Parses and type-checks one condition written in an annotation, reporting every problem on its {@code condition}
 * member.
 *
 * <pre>{@code
 * Condition c = Conditions.check(text, environment, reporter, method, mirror);   // null when wrong
 * }</pre>
 */
public final class Conditions {

    private Conditions() {
    }

    /** The checked condition, or null after reporting what is wrong. */
    public static Condition check(String text, ConditionEnvironment environment, Reporter reporter, Element element,
            AnnotationMirror mirror) {
        Condition condition;
        try {
            condition = ConditionParser.parse(text);
        } catch (ConditionSyntaxException e) {
            reporter.report(ProcessorError.CONDITION_SYNTAX, element, mirror, "condition", e.column(), e.expected(),
                    e.found());
            return null;
        }
        var problems = ConditionChecker.check(condition, environment);
        for (ConditionProblem p : problems) {
            reporter.report(p.error(), element, mirror, "condition", p.args());
        }
        return problems.isEmpty() ? condition : null;
    }
}

package dev.iodine.processor.condition;

import dev.iodine.data.VR;
import dev.iodine.processor.condition.Condition.Literal;
import dev.iodine.processor.diagnostic.ProcessorError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Type-checks a parsed {@link Condition}: keywords exist, paths go through sequences, constants fit the VR they are
 * compared with, modules and predicates exist (docs/conditions.md, "Type checking").
 *
 * <pre>{@code
 * List<ConditionProblem> problems = ConditionChecker.check(ConditionParser.parse(text), environment);
 * }</pre>
 */
public final class ConditionChecker {

    private static final Set<VR> STRINGS = EnumSet.of(VR.AE, VR.AS, VR.CS, VR.DA, VR.DT, VR.LO, VR.LT, VR.PN,
            VR.SH, VR.ST, VR.TM, VR.UC, VR.UI, VR.UR, VR.UT);
    private static final Set<VR> NUMBERS = EnumSet.of(VR.US, VR.SS, VR.UL, VR.SL, VR.SV, VR.UV, VR.FL, VR.FD);
    private static final Set<VR> DECIMAL_STRINGS = EnumSet.of(VR.IS, VR.DS);

    private final ConditionEnvironment environment;
    private final List<ConditionProblem> problems = new ArrayList<>();

    private ConditionChecker(ConditionEnvironment environment) {
        this.environment = environment;
    }

    /** Every problem of the condition, in the order written; empty when it is well-typed. */
    public static List<ConditionProblem> check(Condition condition, ConditionEnvironment environment) {
        ConditionChecker checker = new ConditionChecker(environment);
        checker.visit(condition);
        return checker.problems;
    }

    private void visit(Condition c) {
        if (c instanceof Condition.Or or) {
            or.terms().forEach(this::visit);
        } else if (c instanceof Condition.Xor xor) {
            xor.terms().forEach(this::visit);
        } else if (c instanceof Condition.And and) {
            and.terms().forEach(this::visit);
        } else if (c instanceof Condition.Not not) {
            visit(not.term());
        } else if (c instanceof Condition.Present p) {
            path(p.path(), false);
        } else if (c instanceof Condition.HasValue h) {
            path(h.path(), false);
        } else if (c instanceof Condition.TagTest t) {
            VR vr = path(t.path(), false);
            if (vr != null && vr != VR.AT) {
                Condition.Step last = t.path().last();
                problem(ProcessorError.CONDITION_NOT_A_TAG, last.column(), t.kind().function(), last.keyword(), vr);
            }
        } else if (c instanceof Condition.ModulePresent m) {
            if (!environment.moduleExists(m.name())) {
                problem(ProcessorError.CONDITION_UNKNOWN_MODULE, m.column(), m.name(), m.name(), m.name());
            }
        } else if (c instanceof Condition.Predicate p) {
            String trouble = environment.predicateProblem(p.name());
            if (trouble != null) {
                String method = p.name().substring(p.name().lastIndexOf('.') + 1);
                problem(ProcessorError.CONDITION_UNKNOWN_PREDICATE, p.column(), p.name(), trouble, method);
            }
        } else if (c instanceof Condition.Compare cmp) {
            compare(cmp);
        } else if (c instanceof Condition.CompareValues cv) {
            comparable(cv.operand().path(), cv.other());
        } else if (c instanceof Condition.Referenced r) {
            if (r.key().steps().size() < 2) {
                Condition.Step key = r.key().last();
                problem(ProcessorError.CONDITION_KEY_NOT_IN_ITEM, key.column(), key.keyword(), key.keyword());
                path(r.value(), false);
            } else {
                comparable(r.value(), r.key());
            }
            visit(r.condition());
        } else if (c instanceof Condition.Varies v) {
            varies(v);
        }
        // Constant, ExtendedCharacters, Unchecked and ItemPosition name nothing to check.
    }

    /** The path goes through a sequence (whose items are compared) and ends, like the key, at comparable values. */
    private void varies(Condition.Varies v) {
        Condition.Step last = v.path().last();
        if (v.path().steps().size() < 2) {
            problem(ProcessorError.CONDITION_VARIES_WITHOUT_SEQUENCE, last.column(), last.keyword(), last.keyword());
        } else {
            comparableValues(v.path());
        }
        if (v.key() != null) {
            comparableValues(v.key());
        }
    }

    /** Checks the path, and that its last element has values that compare (not SQ, not bulk data). */
    private void comparableValues(Condition.Path path) {
        VR vr = path(path, false);
        if (vr != null && kindOf(vr) == null) {
            problem(ProcessorError.CONDITION_NOT_COMPARABLE, path.last().column(), path.last().keyword(), vr);
        }
    }

    /** Checks both paths, and that their values compare: numbers with numbers, text with text, tags with tags. */
    private void comparable(Condition.Path left, Condition.Path right) {
        VR l = path(left, false);
        VR r = path(right, false);
        if (l != null && r != null && (kindOf(l) == null || !kindOf(l).equals(kindOf(r)))) {
            Condition.Step last = left.last();
            problem(ProcessorError.CONDITION_PATHS_NOT_COMPARABLE, last.column(), last.keyword(), l,
                    right.last().keyword(), r);
        }
    }

    private void compare(Condition.Compare cmp) {
        boolean count = cmp.operand() instanceof Condition.Count;
        VR vr = path(cmp.operand().path(), count);
        if (vr == null) {
            return;
        }
        Condition.Step last = cmp.operand().path().last();
        if (count) {
            for (Literal l : cmp.constants()) {
                if (!(l instanceof Condition.NumberLiteral)) {
                    problem(ProcessorError.CONDITION_WRONG_CONSTANT, l.column(), "count(" + last.keyword() + ")",
                            "SQ", describe(l), "a number of items");
                }
            }
            return;
        }
        if (!STRINGS.contains(vr) && !NUMBERS.contains(vr) && !DECIMAL_STRINGS.contains(vr) && vr != VR.AT) {
            problem(ProcessorError.CONDITION_NOT_COMPARABLE, last.column(), last.keyword(), vr);
            return;
        }
        for (Literal l : cmp.constants()) {
            String expected = expectedConstant(vr, cmp.op(), l);
            if (expected != null) {
                problem(ProcessorError.CONDITION_WRONG_CONSTANT, l.column(), last.keyword(), vr, describe(l), expected);
            }
        }
    }

    /** What values of a VR compare with: numbers, text or tags; null for values that do not compare. */
    private static String kindOf(VR vr) {
        if (NUMBERS.contains(vr) || DECIMAL_STRINGS.contains(vr)) {
            return "number";
        }
        return STRINGS.contains(vr) ? "text" : vr == VR.AT ? "tag" : null;
    }

    /** Null when the literal fits, else what should have been written. */
    private String expectedConstant(VR vr, Condition.Operator op, Literal l) {
        if (op.ordering()) {
            if (STRINGS.contains(vr) || vr == VR.AT) {
                return "== or != (a VR " + vr + " value has no order)";
            }
            return l instanceof Condition.NumberLiteral ? null : "a number";
        }
        if (STRINGS.contains(vr)) {
            return l instanceof Condition.StringLiteral ? null : "a string in double quotes";
        }
        if (DECIMAL_STRINGS.contains(vr)) {
            boolean number = l instanceof Condition.NumberLiteral
                    || (l instanceof Condition.StringLiteral str && isNumber(str.value()));
            return number ? null : "a number";
        }
        if (NUMBERS.contains(vr)) {
            return l instanceof Condition.NumberLiteral ? null : "a number";
        }
        if (l instanceof Condition.TagLiteral tag) {
            if (environment.vrOf(tag.keyword()) == null) {
                problem(ProcessorError.CONDITION_UNKNOWN_ATTRIBUTE, tag.column(), tag.keyword());
            }
            return null;
        }
        return l instanceof Condition.NumberLiteral n && n.hex() ? null : "a tag: tag(Keyword) or 0xGGGGEEEE";
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Checks the steps; returns the VR of the last one, or null after reporting a problem. */
    private VR path(Condition.Path path, boolean lastMustBeSequence) {
        List<Condition.Step> steps = path.steps();
        VR vr = null;
        for (int i = 0; i < steps.size(); i++) {
            Condition.Step step = steps.get(i);
            vr = environment.vrOf(step.keyword());
            if (vr == null) {
                problem(ProcessorError.CONDITION_UNKNOWN_ATTRIBUTE, step.column(), step.keyword());
                return null;
            }
            boolean last = i == steps.size() - 1;
            if (vr != VR.SQ && (!last || lastMustBeSequence)) {
                problem(ProcessorError.CONDITION_NOT_A_SEQUENCE, step.column(), step.keyword(), vr,
                        last ? "be counted" : "be followed by '.'");
                return null;
            }
        }
        return vr;
    }

    private static String describe(Literal l) {
        if (l instanceof Condition.StringLiteral s) {
            return "the string \"" + s.value() + "\"";
        }
        if (l instanceof Condition.NumberLiteral n) {
            return n.hex() ? "the hex number 0x" + Long.toHexString((long) n.value()) : "the number " + n.value();
        }
        return "tag(" + ((Condition.TagLiteral) l).keyword() + ")";
    }

    private void problem(ProcessorError error, Object... args) {
        problems.add(new ConditionProblem(error, args));
    }
}

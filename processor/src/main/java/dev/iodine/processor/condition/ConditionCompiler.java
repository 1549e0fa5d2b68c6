package dev.iodine.processor.condition;

import dev.iodine.data.VR;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles a checked {@link Condition} into a Java boolean expression over a {@code dev.iodine.bind.ConditionContext}
 * variable named {@code c}. {@code unchecked(...)} compiles to {@code false}: such a condition never requires.
 *
 * <pre>{@code
 * PathConstants paths = new PathConstants("");
 * String java = ConditionCompiler.compile(condition, environment, modules, predicates, paths);
 * // c.present(0, PATH_00180010, INDEX_ANY), with the two arrays declared by paths.declarations("private ")
 * }</pre>
 */
public final class ConditionCompiler {

    private final ConditionEnvironment environment;
    private final Function<String, String> moduleTags;
    private final Function<String, String> predicateCall;
    private final PathConstants paths;
    /** The context variable: {@code c}, and {@code c1}, {@code c2}... inside nested {@code referenced(...)}. */
    private final String c;
    private final int depth;

    private ConditionCompiler(ConditionEnvironment environment, Function<String, String> moduleTags,
            Function<String, String> predicateCall, PathConstants paths, int depth) {
        this.environment = environment;
        this.moduleTags = moduleTags;
        this.predicateCall = predicateCall;
        this.paths = paths;
        this.depth = depth;
        this.c = depth == 0 ? "c" : "c" + depth;
    }

    /**
     * @param moduleTags for a module name, the Java list of its top-level tags, e.g. {@code 0x00180010, 0x00181040}
     * @param predicateCall for a predicate name, the qualified method to call, e.g. {@code com.x.CtImageIod.contrast}
     * @param paths the constants of the generated class, which get the path arrays the expression refers to
     */
    public static String compile(Condition condition, ConditionEnvironment environment,
            Function<String, String> moduleTags, Function<String, String> predicateCall, PathConstants paths) {
        return new ConditionCompiler(environment, moduleTags, predicateCall, paths, 0).expression(condition);
    }

    private String expression(Condition x) {
        if (x instanceof Condition.Or or) {
            return join(or.terms(), " || ");
        } else if (x instanceof Condition.Xor xor) {
            return join(xor.terms(), " ^ ");
        } else if (x instanceof Condition.And and) {
            return join(and.terms(), " && ");
        } else if (x instanceof Condition.Not not) {
            return "!" + expression(not.term());
        } else if (x instanceof Condition.Constant k) {
            return String.valueOf(k.value());
        } else if (x instanceof Condition.Unchecked) {
            return "false";
        } else if (x instanceof Condition.ItemPosition i) {
            return i.last() ? c + ".lastItem()" : c + ".firstItem()";
        } else if (x instanceof Condition.Present p) {
            return c + ".present(" + path(p.path()) + ")";
        } else if (x instanceof Condition.HasValue h) {
            return c + ".hasValue(" + path(h.path()) + ")";
        } else if (x instanceof Condition.TagTest t) {
            return c + "." + t.kind().function() + "(" + path(t.path()) + ")";
        } else if (x instanceof Condition.CompareValues cv) {
            return (cv.op() == Condition.Operator.NE ? "!" : "") + c + ".sameValue(" + path(cv.operand().path()) + ", "
                    + path(cv.other()) + ")";
        } else if (x instanceof Condition.ExtendedCharacters) {
            return c + ".extendedCharacters()";
        } else if (x instanceof Condition.ModulePresent m) {
            return c + ".modulePresent(" + moduleTags.apply(m.name()) + ")";
        } else if (x instanceof Condition.Referenced r) {
            // A non-capturing lambda over the referenced item's context: no reflection, no allocation per call.
            ConditionCompiler inner = new ConditionCompiler(environment, moduleTags, predicateCall, paths, depth + 1);
            return c + ".referenced(" + path(r.value()) + ", " + path(r.key()) + ", " + inner.c + " -> "
                    + inner.expression(r.condition()) + ")";
        } else if (x instanceof Condition.Varies v) {
            return c + ".varies(" + path(v.path()) + (v.key() == null ? "" : ", " + path(v.key())) + ")";
        } else if (x instanceof Condition.Predicate p) {
            return predicateCall.apply(p.name()) + "(" + c + ")";
        }
        return compare((Condition.Compare) x);
    }

    private String join(List<Condition> terms, String operator) {
        return terms.stream().map(this::expression).collect(Collectors.joining(operator, "(", ")"));
    }

    private String compare(Condition.Compare cmp) {
        String path = path(cmp.operand().path());
        String test;
        if (cmp.operand() instanceof Condition.Count) {
            test = cmp.constants().stream()
                    .map(l -> c + ".count(" + path + ") " + (cmp.op() == Condition.Operator.NE ? "==" : cmp.op().symbol())
                            + " " + (long) ((Condition.NumberLiteral) l).value())
                    .collect(Collectors.joining(" || ", "(", ")"));
        } else if (cmp.op().ordering()) {
            double value = ((Condition.NumberLiteral) cmp.constants().get(0)).value();
            test = c + ".compare(" + path + ", dev.iodine.bind.ConditionContext.Order." + cmp.op().name() + ", "
                    + value + ")";
        } else {
            VR vr = environment.vrOf(cmp.operand().path().last().keyword());
            test = equality(path, vr, cmp.constants());
        }
        return cmp.op() == Condition.Operator.NE ? "!" + test : test;
    }

    private String equality(String path, VR vr, List<Condition.Literal> constants) {
        if (vr == VR.AT) {
            return c + ".equalsTag(" + path + ", " + constants.stream().map(l -> l instanceof Condition.TagLiteral t
                    ? hex(environment.tagOf(t.keyword())) : hex((int) (long) ((Condition.NumberLiteral) l).value()))
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (constants.stream().allMatch(l -> l instanceof Condition.StringLiteral) && vr != VR.IS && vr != VR.DS) {
            return c + ".equalsString(" + path + ", " + constants.stream()
                    .map(l -> quote(((Condition.StringLiteral) l).value())).collect(Collectors.joining(", ")) + ")";
        }
        // Numbers (and, for IS/DS, strings holding numbers) compare numerically.
        return c + ".equalsNumber(" + path + ", " + constants.stream().map(l -> l instanceof Condition.StringLiteral s
                ? s.value().trim() : String.valueOf(((Condition.NumberLiteral) l).value()))
                .map(v -> v.contains(".") || v.contains("e") || v.contains("E") ? v : v + ".0")
                .collect(Collectors.joining(", ")) + ")";
    }

    private String path(Condition.Path path) {
        String scope = switch (path.scope()) {
            case CURRENT -> "0";
            case PARENT -> String.valueOf(path.parentLevels());
            case ROOT -> "dev.iodine.bind.ConditionContext.ROOT";
            case ABOVE -> "dev.iodine.bind.ConditionContext.ABOVE";
            case ANYWHERE -> "dev.iodine.bind.ConditionContext.ANYWHERE";
        };
        int[] tags = path.steps().stream().mapToInt(s -> environment.tagOf(s.keyword())).toArray();
        int[] indices = path.steps().stream().mapToInt(Condition.Step::index).toArray();
        String keywords = path.steps().stream().map(Condition.Step::keyword).collect(Collectors.joining("."));
        return scope + ", " + paths.tags(tags, keywords) + ", " + paths.indices(indices);
    }

    /** A tag as a Java literal: {@code 0x00100010}. */
    public static String hex(int tag) {
        return String.format(Locale.ROOT, "0x%08X", tag);
    }

    /** A Java string literal. */
    public static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

package dev.iodine.processor.condition;

import java.util.List;

/**
 * The syntax tree of a condition (docs/conditions.md), as the {@link ConditionParser} builds it.
 *
 * <pre>{@code
 * Condition c = ConditionParser.parse("present(ContrastBolusAgent) and SamplesPerPixel > 1");
 * }</pre>
 */
public sealed interface Condition {

    /** {@code a or b or ...}. */
    record Or(List<Condition> terms) implements Condition { }

    /** {@code a xor b xor ...}. */
    record Xor(List<Condition> terms) implements Condition { }

    /** {@code a and b and ...}. */
    record And(List<Condition> terms) implements Condition { }

    /** {@code not a}. */
    record Not(Condition term) implements Condition { }

    /** {@code true} or {@code false}. */
    record Constant(boolean value) implements Condition { }

    /** {@code present(path)}; {@code absent(path)} is its negation. */
    record Present(Path path) implements Condition { }

    /** {@code hasValue(path)}. */
    record HasValue(Path path) implements Condition { }

    /**
     * {@code privateTag(path)} or {@code sequenceTag(path)}: some value (or the indexed one) of an AT element is a
     * private tag, or the tag of a PS3.6 Sequence attribute.
     */
    record TagTest(TagKind kind, Path path) implements Condition { }

    /** What {@link TagTest} asks of a tag value; the name is the function's. */
    enum TagKind {
        PRIVATE("privateTag"), SEQUENCE("sequenceTag");

        private final String function;

        TagKind(String function) {
            this.function = function;
        }

        /** The function's name in the language, which is also the {@code ConditionContext} method's. */
        public String function() {
            return function;
        }
    }

    /** {@code operand op constant} and {@code operand in (constants)} (then {@code op} is {@link Operator#EQ}). */
    record Compare(Operand operand, Operator op, List<Literal> constants) implements Condition { }

    /** {@code extendedCharacters()}: some text value of the instance needs more than the default repertoire. */
    record ExtendedCharacters() implements Condition { }

    /** {@code X == path} and {@code X != path} (then {@code op} is {@link Operator#NE}): a value of X equals one at
     * the other path. */
    record CompareValues(Values operand, Operator op, Path other) implements Condition { }

    /** {@code module(Name)}. */
    record ModulePresent(String name, int column) implements Condition { }

    /** {@code predicate(name)} or {@code predicate(Type.name)}. */
    record Predicate(String name, int column) implements Condition { }

    /** {@code firstItem()} ({@code last} false) or {@code lastItem()}: where the current item is in its sequence. */
    record ItemPosition(boolean last) implements Condition { }

    /**
     * {@code referenced(value, Sequence.Key, condition)}: a join on an index or reference number. The items of the
     * sequence that {@code key} goes through whose {@code Key} equals some value at {@code value} are selected, and
     * the condition holds when some of them satisfies {@code condition}, evaluated with that item as the current
     * dataset.
     */
    record Referenced(Path value, Path key, Condition condition) implements Condition { }

    /**
     * {@code varies(Sequence.A)} or {@code varies(Sequence.A, Key)}: the datasets that hold A (items of the sequences
     * the path goes through) with a value of A do not all give the same value; with a key, only datasets whose
     * {@code Key} (a path from that dataset, or null) has the same values are compared with each other.
     */
    record Varies(Path path, Path key) implements Condition { }

    /** {@code unchecked("text")}: a condition that cannot be decided from the data. */
    record Unchecked(String text) implements Condition { }

    /** A comparison operator. */
    enum Operator {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** Whether the operator orders values, and so needs a number. */
        public boolean ordering() {
            return this != EQ && this != NE;
        }
    }

    /** What a comparison looks at: the values of an element or the number of items of a sequence. */
    sealed interface Operand {
        Path path();
    }

    /** The values of the element at {@code path}. */
    record Values(Path path) implements Operand { }

    /** {@code count(path)}. */
    record Count(Path path) implements Operand { }

    /** Where a path starts. */
    enum Scope { CURRENT, PARENT, ROOT, ABOVE, ANYWHERE }

    /**
     * A path: a scope ({@code parentLevels} counts {@code parent.} repetitions) and steps.
     */
    record Path(Scope scope, int parentLevels, List<Step> steps) {
        public Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    /** One step: a keyword and an index ({@link #ANY} for none or {@code *}); {@code column} is 1-based. */
    record Step(String keyword, int index, int column) {
        public static final int ANY = -1;
    }

    /** A constant of a comparison. */
    sealed interface Literal {
        int column();
    }

    /** A string constant. */
    record StringLiteral(String value, int column) implements Literal { }

    /** A number constant; {@code hex} when written {@code 0x...} (a tag for AT). */
    record NumberLiteral(double value, boolean hex, int column) implements Literal { }

    /** {@code tag(Keyword)}. */
    record TagLiteral(String keyword, int column) implements Literal { }
}

package dev.iodine.processor.condition;

/**
 * A condition that does not follow the grammar of docs/conditions.md; {@link #column()} is 1-based.
 *
 * <pre>{@code
 * try { ConditionParser.parse("present(X"); } catch (ConditionSyntaxException e) { e.column(); e.expected(); }
 * }</pre>
 */
public final class ConditionSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final String expected;
    private final String found;

    public ConditionSyntaxException(int column, String expected, String found) {
        super("column " + column + ": expected " + expected + " but found " + found);
        this.column = column;
        this.expected = expected;
        this.found = found;
    }

    public int column() {
        return column;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }
}

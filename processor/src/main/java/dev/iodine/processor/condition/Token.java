package dev.iodine.processor.condition;

/** A token of the condition language; {@code column} is 1-based. */
record Token(Kind kind, String text, int column) {

    enum Kind { IDENTIFIER, STRING, NUMBER, HEX, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, STAR, OPERATOR, END }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "the end of the condition";
            case STRING -> "the string \"" + text + "\"";
            default -> "'" + text + "'";
        };
    }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }
}

package dev.iodine.processor.condition;

import java.util.ArrayList;
import java.util.List;

/** Splits a condition into {@link Token}s. */
final class ConditionLexer {

    private ConditionLexer() {
    }

    static List<Token> tokens(String source) throws ConditionSyntaxException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Token.Kind.IDENTIFIER, source.substring(start, i), column));
            } else if (c == '0' && i + 1 < n && (source.charAt(i + 1) == 'x' || source.charAt(i + 1) == 'X')) {
                int start = i + 2;
                i = start;
                while (i < n && Character.digit(source.charAt(i), 16) >= 0) {
                    i++;
                }
                if (i == start) {
                    throw new ConditionSyntaxException(column, "hexadecimal digits after 0x", describeAt(source, i));
                }
                out.add(new Token(Token.Kind.HEX, source.substring(start, i), column));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
                int start = i++;
                while (i < n && (Character.isDigit(source.charAt(i)) || ".eE".indexOf(source.charAt(i)) >= 0
                        || ((source.charAt(i) == '-' || source.charAt(i) == '+') && "eE".indexOf(source.charAt(i - 1)) >= 0))) {
                    i++;
                }
                out.add(new Token(Token.Kind.NUMBER, source.substring(start, i), column));
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new ConditionSyntaxException(column, "a closing \" for the string that starts here",
                                "the end of the condition");
                    }
                    char d = source.charAt(i++);
                    if (d == '"') {
                        break;
                    }
                    if (d == '\\' && i < n) {
                        d = source.charAt(i++);
                    }
                    sb.append(d);
                }
                out.add(new Token(Token.Kind.STRING, sb.toString(), column));
            } else if (c == '=' || c == '!' || c == '<' || c == '>') {
                boolean twoChars = i + 1 < n && source.charAt(i + 1) == '=';
                String op = source.substring(i, i + (twoChars ? 2 : 1));
                if (op.equals("=") || op.equals("!")) {
                    throw new ConditionSyntaxException(column, "'==' or '!='", "'" + op + "'");
                }
                out.add(new Token(Token.Kind.OPERATOR, op, column));
                i += op.length();
            } else {
                Token.Kind kind = switch (c) {
                    case '(' -> Token.Kind.LPAREN;
                    case ')' -> Token.Kind.RPAREN;
                    case '[' -> Token.Kind.LBRACKET;
                    case ']' -> Token.Kind.RBRACKET;
                    case ',' -> Token.Kind.COMMA;
                    case '.' -> Token.Kind.DOT;
                    case '*' -> Token.Kind.STAR;
                    default -> throw new ConditionSyntaxException(column, "a keyword, constant, operator or parenthesis",
                            "'" + c + "'");
                };
                out.add(new Token(kind, String.valueOf(c), column));
                i++;
            }
        }
        out.add(new Token(Token.Kind.END, "", n + 1));
        return out;
    }

    private static String describeAt(String source, int i) {
        return i < source.length() ? "'" + source.charAt(i) + "'" : "the end of the condition";
    }
}

package dev.iodine.processor.condition;

import dev.iodine.processor.condition.Condition.Operator;
import dev.iodine.processor.condition.Condition.Scope;
import dev.iodine.processor.condition.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Parses the condition language of docs/conditions.md into a {@link Condition} tree (syntax only: keywords are
 * resolved by {@link ConditionChecker}).
 *
 * <pre>{@code
 * Condition c = ConditionParser.parse("ImageType[0] in (\"ORIGINAL\", \"MIXED\")");
 * }</pre>
 */
public final class ConditionParser {

    private static final Set<String> RESERVED = Set.of("and", "or", "xor", "not", "in", "true", "false", "root",
            "parent", "above", "anywhere", "present", "absent", "hasValue", "privateTag", "sequenceTag", "extendedCharacters", "module",
            "predicate", "unchecked", "count", "tag", "firstItem", "lastItem", "referenced", "varies");

    private final List<Token> tokens;
    private int position;

    private ConditionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole condition; throws with the 1-based column of the first error. */
    public static Condition parse(String source) throws ConditionSyntaxException {
        ConditionParser parser = new ConditionParser(ConditionLexer.tokens(source));
        Condition c = parser.or();
        parser.expect(Kind.END, "", "'and', 'or', 'xor' or the end of the condition");
        return c;
    }

    private Condition or() throws ConditionSyntaxException {
        return chain("or", this::xor, Condition.Or::new);
    }

    private Condition xor() throws ConditionSyntaxException {
        return chain("xor", this::and, Condition.Xor::new);
    }

    private Condition and() throws ConditionSyntaxException {
        return chain("and", this::unary, Condition.And::new);
    }

    private Condition chain(String word, ThrowingSupplier<Condition> next, Function<List<Condition>, Condition> make)
            throws ConditionSyntaxException {
        Condition first = next.get();
        if (!peek().is(Kind.IDENTIFIER, word)) {
            return first;
        }
        List<Condition> terms = new ArrayList<>(List.of(first));
        while (peek().is(Kind.IDENTIFIER, word)) {
            position++;
            terms.add(next.get());
        }
        return make.apply(List.copyOf(terms));
    }

    private Condition unary() throws ConditionSyntaxException {
        if (peek().is(Kind.IDENTIFIER, "not")) {
            position++;
            return new Condition.Not(unary());
        }
        return primary();
    }

    private Condition primary() throws ConditionSyntaxException {
        Token t = peek();
        if (t.kind() == Kind.LPAREN) {
            position++;
            Condition inner = or();
            expect(Kind.RPAREN, ")", "')'");
            return inner;
        }
        if (t.kind() != Kind.IDENTIFIER) {
            throw error(t, "a condition (a keyword, present(...), not, '(' ...)");
        }
        switch (t.text()) {
            case "true", "false" -> {
                position++;
                return new Condition.Constant(t.text().equals("true"));
            }
            case "present", "absent", "hasValue" -> {
                position++;
                Condition.Path path = inParentheses(this::path);
                return switch (t.text()) {
                    case "present" -> new Condition.Present(path);
                    case "absent" -> new Condition.Not(new Condition.Present(path));
                    default -> new Condition.HasValue(path);
                };
            }
            case "privateTag", "sequenceTag" -> {
                position++;
                return new Condition.TagTest(t.text().equals("privateTag") ? Condition.TagKind.PRIVATE
                        : Condition.TagKind.SEQUENCE, inParentheses(this::path));
            }
            case "extendedCharacters" -> {
                position++;
                expect(Kind.LPAREN, "(", "'('");
                expect(Kind.RPAREN, ")", "')'");
                return new Condition.ExtendedCharacters();
            }
            case "module" -> {
                position++;
                Token name = inParentheses(() -> expect(Kind.IDENTIFIER, null, "a module name"));
                return new Condition.ModulePresent(name.text(), name.column());
            }
            case "predicate" -> {
                position++;
                return inParentheses(this::predicateName);
            }
            case "unchecked" -> {
                position++;
                Token text = inParentheses(() -> expect(Kind.STRING, null, "a string saying why"));
                return new Condition.Unchecked(text.text());
            }
            case "firstItem", "lastItem" -> {
                position++;
                expect(Kind.LPAREN, "(", "'('");
                expect(Kind.RPAREN, ")", "')'");
                return new Condition.ItemPosition(t.text().equals("lastItem"));
            }
            case "referenced" -> {
                position++;
                return inParentheses(this::referenced);
            }
            case "varies" -> {
                position++;
                return inParentheses(this::varies);
            }
            case "count" -> {
                position++;
                return comparison(new Condition.Count(inParentheses(this::path)));
            }
            default -> {
                return comparison(new Condition.Values(path()));
            }
        }
    }

    /** The arguments of {@code referenced(value, Sequence.Key, condition)}. */
    private Condition referenced() throws ConditionSyntaxException {
        Condition.Path value = path();
        expect(Kind.COMMA, ",", "',' and the key (Sequence.Keyword) after the value of referenced(...)");
        Condition.Path key = path();
        expect(Kind.COMMA, ",", "',' and the condition on the referenced item after the key of referenced(...)");
        return new Condition.Referenced(value, key, or());
    }

    /** The arguments of {@code varies(Sequence.A)} and {@code varies(Sequence.A, Key)}. */
    private Condition varies() throws ConditionSyntaxException {
        Condition.Path path = path();
        if (peek().kind() == Kind.RPAREN) {
            return new Condition.Varies(path, null);
        }
        expect(Kind.COMMA, ",", "',' and the key, or ')', after the path of varies(...)");
        return new Condition.Varies(path, path());
    }

    private Condition predicateName() throws ConditionSyntaxException {
        Token first = expect(Kind.IDENTIFIER, null, "a method name");
        StringBuilder name = new StringBuilder(first.text());
        while (peek().kind() == Kind.DOT) {
            position++;
            name.append('.').append(expect(Kind.IDENTIFIER, null, "a name after '.'").text());
        }
        return new Condition.Predicate(name.toString(), first.column());
    }

    private Condition comparison(Condition.Operand operand) throws ConditionSyntaxException {
        Token t = peek();
        if (t.kind() == Kind.OPERATOR) {
            position++;
            Operator op = switch (t.text()) {
                case "==" -> Operator.EQ;
                case "!=" -> Operator.NE;
                case "<" -> Operator.LT;
                case "<=" -> Operator.LE;
                case ">" -> Operator.GT;
                default -> Operator.GE;
            };
            Token next = peek();
            if (next.kind() == Kind.IDENTIFIER && !next.text().equals("tag") && (op == Operator.EQ || op == Operator.NE)
                    && operand instanceof Condition.Values values) {
                return new Condition.CompareValues(values, op, path());
            }
            return new Condition.Compare(operand, op, List.of(literal()));
        }
        if (t.is(Kind.IDENTIFIER, "in")) {
            position++;
            expect(Kind.LPAREN, "(", "'(' after 'in'");
            List<Condition.Literal> constants = new ArrayList<>(List.of(literal()));
            while (peek().kind() == Kind.COMMA) {
                position++;
                constants.add(literal());
            }
            expect(Kind.RPAREN, ")", "',' or ')'");
            return new Condition.Compare(operand, Operator.EQ, List.copyOf(constants));
        }
        throw error(t, "a comparison (==, !=, <, <=, >, >=, in) after " + describe(operand.path()));
    }

    private Condition.Literal literal() throws ConditionSyntaxException {
        Token t = peek();
        switch (t.kind()) {
            case STRING -> {
                position++;
                return new Condition.StringLiteral(t.text(), t.column());
            }
            case NUMBER -> {
                position++;
                try {
                    return new Condition.NumberLiteral(Double.parseDouble(t.text()), false, t.column());
                } catch (NumberFormatException e) {
                    throw error(t, "a number");
                }
            }
            case HEX -> {
                position++;
                return new Condition.NumberLiteral(Long.parseLong(t.text(), 16), true, t.column());
            }
            default -> {
                if (t.is(Kind.IDENTIFIER, "tag")) {
                    position++;
                    Token keyword = inParentheses(() -> expect(Kind.IDENTIFIER, null, "a keyword"));
                    return new Condition.TagLiteral(keyword.text(), keyword.column());
                }
                throw error(t, "a constant (\"text\", a number, 0x hex or tag(Keyword))");
            }
        }
    }

    private Condition.Path path() throws ConditionSyntaxException {
        Scope scope = Scope.CURRENT;
        int levels = 0;
        Token t = peek();
        if (t.is(Kind.IDENTIFIER, "root") || t.is(Kind.IDENTIFIER, "above") || t.is(Kind.IDENTIFIER, "anywhere")) {
            scope = switch (t.text()) {
                case "root" -> Scope.ROOT;
                case "above" -> Scope.ABOVE;
                default -> Scope.ANYWHERE;
            };
            position++;
            expect(Kind.DOT, ".", "'.' after '" + t.text() + "'");
        } else {
            while (peek().is(Kind.IDENTIFIER, "parent")) {
                scope = Scope.PARENT;
                levels++;
                position++;
                expect(Kind.DOT, ".", "'.' after 'parent'");
            }
        }
        List<Condition.Step> steps = new ArrayList<>(List.of(step()));
        while (peek().kind() == Kind.DOT) {
            position++;
            steps.add(step());
        }
        return new Condition.Path(scope, levels, List.copyOf(steps));
    }

    private Condition.Step step() throws ConditionSyntaxException {
        Token t = peek();
        if (t.kind() != Kind.IDENTIFIER || RESERVED.contains(t.text())) {
            throw error(t, "an attribute keyword");
        }
        position++;
        int index = Condition.Step.ANY;
        if (peek().kind() == Kind.LBRACKET) {
            position++;
            Token i = peek();
            if (i.kind() == Kind.STAR) {
                position++;
            } else if (i.kind() == Kind.NUMBER && i.text().chars().allMatch(Character::isDigit)) {
                position++;
                index = Integer.parseInt(i.text());
            } else {
                throw error(i, "an index (0, 1, ...) or '*'");
            }
            expect(Kind.RBRACKET, "]", "']'");
        }
        return new Condition.Step(t.text(), index, t.column());
    }

    private <T> T inParentheses(ThrowingSupplier<T> inner) throws ConditionSyntaxException {
        expect(Kind.LPAREN, "(", "'('");
        T value = inner.get();
        expect(Kind.RPAREN, ")", "')'");
        return value;
    }

    private interface ThrowingSupplier<T> {
        T get() throws ConditionSyntaxException;
    }

    private Token expect(Kind kind, String text, String expected) throws ConditionSyntaxException {
        Token t = peek();
        if (t.kind() != kind || (text != null && !text.isEmpty() && !t.text().equals(text))) {
            throw error(t, expected);
        }
        position++;
        return t;
    }

    private Token peek() {
        return tokens.get(position);
    }

    private static ConditionSyntaxException error(Token t, String expected) {
        return new ConditionSyntaxException(t.column(), expected, t.describe());
    }

    private static String describe(Condition.Path path) {
        return "'" + path.last().keyword() + "'";
    }
}

package dev.iodine.tools.iod;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates dciodvfy's encoded conditions ({@code derived/dicom3tools-conditions.json}) into {@link Condition}
 * trees. The clause semantics are those the file's {@code semantics} field states: clauses fold strictly left to
 * right starting from false, {@code result = result OP (NOT? clause)}, with bracketed groups.
 *
 * <pre>{@code
 * ConditionTranslator translator = new ConditionTranslator(sources, dict);
 * ConditionTranslator.Result r = translator.translate("NeedRTBeams");
 * if (r.condition() != null) { ... } else { System.out.println(r.reason()); }
 * }</pre>
 */
public final class ConditionTranslator {

    /**
     * The outcome for one named condition: a tree, or the reason there is none.
     *
     * @param name      the dicom3tools condition name
     * @param condition the tree, or null when the condition could not be translated
     * @param reason    why not, or null
     */
    public record Result(String name, Condition condition, String reason) {
    }

    /** Thrown inside the translator for a clause it cannot express; becomes a {@link Result} reason. */
    private static final class Untranslatable extends RuntimeException {
        Untranslatable(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Pattern BINARY = Pattern.compile("^(==|!=|<=|>=|<|>)\\s*(-?(?:0x)?[0-9A-Fa-f.]+)$");
    private static final Pattern TAG_VALUE = Pattern.compile("^0x([0-9A-Fa-f]{4}),0x([0-9A-Fa-f]{4})$");
    private static final Pattern UID_ROW = Pattern.compile("Name=\"([^\"]+)\".*?Uid=\"([0-9.]+)\"");

    private final JsonNode conditions;
    private final DataElements dict;
    private final Map<String, String> uidsByName = new HashMap<>();
    private final Map<String, Result> cache = new HashMap<>();

    /** Loads the condition file and the SOP class / transfer syntax names that conditions compare with. */
    public ConditionTranslator(StandardSources sources, DataElements dict) {
        this.conditions = sources.json("derived/dicom3tools-conditions.json").get("conditions");
        this.dict = dict;
        for (String file : List.of("sopcl.tpl", "transyn.tpl")) {
            for (String line : sources.lines(StandardSources.DICOM3TOOLS + file)) {
                Matcher m = UID_ROW.matcher(line);
                if (m.find()) {
                    uidsByName.putIfAbsent(m.group(1), m.group(2));
                }
            }
        }
    }

    /** @return every condition name the sources define, in file order */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        conditions.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** @return the translation of the named condition (cached) */
    public Result translate(String name) {
        return cache.computeIfAbsent(name, this::doTranslate);
    }

    private Result doTranslate(String name) {
        if ("Always".equals(name) || "Never".equals(name)) {
            return new Result(name, null, "dicom3tools' built-in " + name + " stands in for a condition of the "
                    + "standard's text that it does not encode; it is not that condition");
        }
        JsonNode def = conditions.get(name);
        if (def == null) {
            return new Result(name, null, "the sources name this condition but do not define it");
        }
        try {
            return new Result(name, fold(def.get("clauses")), null);
        } catch (Untranslatable e) {
            return new Result(name, null, e.getMessage());
        }
    }

    private Condition fold(JsonNode clauses) {
        Deque<Condition> saved = new ArrayDeque<>();
        Deque<Boolean> savedEmpty = new ArrayDeque<>();
        Condition result = null;
        for (JsonNode clause : clauses) {
            if (clause.isEmpty()) {
                continue;   // a trailing empty clause in a few definitions carries nothing
            }
            String group = text(clause, "group");
            if ("open".equals(group)) {
                saved.push(result == null ? new Condition.Constant(false) : result);
                savedEmpty.push(result == null);
                result = null;
                continue;
            }
            Condition part;
            if ("close".equals(group)) {
                if (saved.isEmpty()) {
                    throw new Untranslatable("a group is closed that was never opened");
                }
                part = result == null ? new Condition.Constant(false) : result;
                Condition outer = saved.pop();
                result = savedEmpty.pop() ? null : outer;
            } else {
                part = predicate(clause);
            }
            if ("Not".equals(text(clause, "Modifier"))) {
                part = negate(part);
            }
            result = combine(result, text(clause, "Operator"), part);
        }
        if (!saved.isEmpty()) {
            throw new Untranslatable("a group is opened and never closed");
        }
        if (result == null) {
            throw new Untranslatable("the definition has no clauses");
        }
        return result;
    }

    private static Condition combine(Condition acc, String operator, Condition part) {
        if (acc == null) {
            return part;   // the fold starts from false, so the first clause decides alone
        }
        String op = operator == null ? "Or" : operator;
        return switch (op) {
            case "Or" -> flatten(false, acc, part);
            case "And" -> flatten(true, acc, part);
            case "Xor" -> flatten(false, flatten(true, acc, negate(part)), flatten(true, negate(acc), part));
            default -> throw new Untranslatable("unknown operator " + op);
        };
    }

    private static Condition flatten(boolean and, Condition a, Condition b) {
        List<Condition> parts = new ArrayList<>();
        for (Condition c : List.of(a, b)) {
            if (and && c instanceof Condition.And x) {
                parts.addAll(x.parts());
            } else if (!and && c instanceof Condition.Or x) {
                parts.addAll(x.parts());
            } else {
                parts.add(c);
            }
        }
        return and ? new Condition.And(List.copyOf(parts)) : new Condition.Or(List.copyOf(parts));
    }

    private static Condition negate(Condition c) {
        return c instanceof Condition.Not n ? n.part() : new Condition.Not(c);
    }

    private Condition predicate(JsonNode clause) {
        String element = text(clause, "Element");
        if (element == null) {
            throw new Untranslatable("a clause names no element: " + clause);
        }
        String keyword = keyword(element);
        int index = valueIndex(text(clause, "ValueSelector"));
        Condition.Ref here = Condition.Ref.here(keyword);
        Condition.Ref root = new Condition.Ref(Condition.Scope.ROOT, List.of(), false, keyword);
        Condition.Ref parent = new Condition.Ref(Condition.Scope.PARENT, List.of(), false, keyword);
        if (clause.has("ElementPresentWithin")) {
            Condition.Ref within = new Condition.Ref(Condition.Scope.HERE,
                    List.of(keyword(text(clause, "ElementPresentWithin"))), false, keyword);
            return clause.has("StringValue")
                    ? new Condition.Compare(within, index, "=", text(clause, "StringValue"))
                    : new Condition.Present(within);
        }
        for (var e : clause.properties()) {
            String value = e.getValue().asText();
            switch (e.getKey()) {
                case "Element", "Operator", "Modifier", "ValueSelector" -> { }
                case "ElementPresent" -> { return new Condition.Present(here); }
                case "ValuePresent" -> { return new Condition.HasValue(here, index); }
                case "ElementPresentInRoot" -> { return new Condition.Present(root); }
                case "ElementPresentAbove" -> { return new Condition.Present(parent); }
                case "StringValue" -> { return new Condition.Compare(here, index, "=", value); }
                case "StringValueAbove" -> { return new Condition.Compare(parent, index, "=", value); }
                case "StringValueFromRoot", "StringValueFromRootAttribute" -> {
                    return new Condition.Compare(root, index, "=", value);
                }
                case "StringConstant" -> { return new Condition.Compare(here, index, "=", uid(value)); }
                case "StringConstantFromRootAttribute" -> {
                    return new Condition.Compare(root, index, "=", uid(value));
                }
                case "BinaryValue" -> { return binary(here, index, value); }
                case "BinaryValueFromRootAttribute" -> { return binary(root, index, value); }
                case "TagValue" -> { return new Condition.Compare(here, index, "=", tag(value)); }
                case "ElementPresentInPathFromRoot", "ElementPresentInPathFromRootFirstItem" -> {
                    return new Condition.Present(path(e.getKey(), value, keyword));
                }
                case "SequencePresentInPathFromRootHasItems", "SequencePresentInPathFromRootFirstItemHasItems" -> {
                    return new Condition.ItemCount(path(e.getKey(), value, keyword), ">", 0);
                }
                case "SequenceHasItems" -> { return new Condition.ItemCount(here, ">", 0); }
                case "SequenceHasOneItem" -> { return new Condition.ItemCount(here, "=", 1); }
                case "SequenceHasTwoItems" -> { return new Condition.ItemCount(here, "=", 2); }
                case "SequenceHasMultipleItems" -> { return new Condition.ItemCount(here, ">", 1); }
                case "GroupPresent" -> throw new Untranslatable(
                        "tests for a whole group (the File Meta Information), which is not part of the dataset");
                default -> throw new Untranslatable("unknown predicate " + e.getKey());
            }
        }
        throw new Untranslatable("a clause on " + element + " has no predicate");
    }

    private Condition.Ref path(String predicate, String sequence, String keyword) {
        return new Condition.Ref(Condition.Scope.ROOT, List.of(keyword(sequence)),
                predicate.contains("FirstItem"), keyword);
    }

    private String keyword(String dicom3toolsKeyword) {
        Integer tag = dict.tagOf(dicom3toolsKeyword);
        DataElements.Element e = tag == null ? null : dict.entry(tag);
        if (e == null) {
            throw new Untranslatable("names " + dicom3toolsKeyword + ", which is not in the PS3.6 dictionary");
        }
        return e.keyword();
    }

    private String uid(String constant) {
        String name = constant.replaceFirst("(SOPClassUID|TransferSyntaxUID|UID)$", "");
        String uid = uidsByName.get(name);
        if (uid == null) {
            throw new Untranslatable("compares with the constant " + constant + ", which no UID table defines");
        }
        return uid;
    }

    private static Condition binary(Condition.Ref ref, int index, String text) {
        Matcher m = BINARY.matcher(text.strip());
        if (!m.matches()) {
            throw new Untranslatable("cannot read the numeric comparison '" + text + "'");
        }
        String number = m.group(2);
        if (number.startsWith("0x")) {
            number = Long.toString(Long.parseLong(number.substring(2), 16));
        }
        String op = "==".equals(m.group(1)) ? "=" : m.group(1);
        return new Condition.Compare(ref, index, op, number);
    }

    private static String tag(String text) {
        Matcher m = TAG_VALUE.matcher(text.strip());
        if (!m.matches()) {
            throw new Untranslatable("cannot read the tag constant '" + text + "'");
        }
        return "(" + m.group(1).toUpperCase() + "," + m.group(2).toUpperCase() + ")";
    }

    private static int valueIndex(String selector) {
        return selector == null || "*".equals(selector) ? -1 : Integer.parseInt(selector);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null ? null : v.asText();
    }
}

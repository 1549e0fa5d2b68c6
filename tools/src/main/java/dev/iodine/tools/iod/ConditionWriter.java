package dev.iodine.tools.iod;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Condition} tree in Iodine's condition language (docs/conditions.md), checking what the processor
 * will check: steps before the last are sequences, {@code count} is on a sequence, constants fit the VR.
 *
 * <pre>{@code
 * ConditionWriter writer = new ConditionWriter(dict);
 * String text = writer.write(condition);   // e.g. "present(ContrastBolusRoute)"
 * }</pre>
 */
public final class ConditionWriter {

    /** Thrown for a tree the language cannot hold; the message says why. */
    public static final class Inexpressible extends RuntimeException {
        Inexpressible(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Set<String> NUMERIC = Set.of("US", "SS", "UL", "SL", "SV", "UV", "FL", "FD");
    private static final Set<String> BULK = Set.of("OB", "OW", "OD", "OF", "OL", "OV", "UN", "SQ");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");

    private final DataElements dict;

    /** @param dict the dictionary that gives each keyword's VR */
    public ConditionWriter(DataElements dict) {
        this.dict = dict;
    }

    /** @return the condition's text; throws {@link Inexpressible} when a part cannot be written */
    public String write(Condition c) {
        if (c instanceof Condition.Constant k) {
            return Boolean.toString(k.value());
        } else if (c instanceof Condition.Present p) {
            return "present(" + path(p.ref(), -1) + ")";
        } else if (c instanceof Condition.HasValue h) {
            return "hasValue(" + path(h.ref(), h.index()) + ")";
        } else if (c instanceof Condition.Not n) {
            return n.part() instanceof Condition.Present p ? "absent(" + path(p.ref(), -1) + ")"
                    : "not " + nested(n.part());
        } else if (c instanceof Condition.And a) {
            return join(a.parts(), " and ");
        } else if (c instanceof Condition.Or o) {
            return join(o.parts(), " or ");
        } else if (c instanceof Condition.ItemCount n) {
            if (!"SQ".equals(vrOf(n.ref())) && ">".equals(n.operator()) && n.count() == 0) {
                // dciodvfy's "...HasItems" on an element that is not a sequence asks for a value.
                return "hasValue(" + path(n.ref(), -1) + ")";
            }
            requireVr(n.ref(), "count", "SQ");
            return "count(" + path(n.ref(), -1) + ") " + operator(n.operator()) + " " + n.count();
        }
        return compare((Condition.Compare) c);
    }

    private String join(List<Condition> parts, String op) {
        StringBuilder sb = new StringBuilder();
        for (Condition part : parts) {
            sb.append(sb.isEmpty() ? "" : op).append(nested(part));
        }
        return sb.toString();
    }

    private String nested(Condition c) {
        String text = write(c);
        return c instanceof Condition.And || c instanceof Condition.Or ? "(" + text + ")" : text;
    }

    private String compare(Condition.Compare k) {
        String vr = vrOf(k.ref());
        if (BULK.contains(vr)) {
            throw new Inexpressible("compares the value of " + k.ref().keyword() + ", whose VR " + vr
                    + " has no comparable value");
        }
        if (k.constants().size() != 1) {
            throw new Inexpressible("compares with several constants at once");
        }
        String constant = k.constants().get(0);
        boolean numberOp = !"=".equals(k.operator()) && !"!=".equals(k.operator());
        String literal;
        if ("AT".equals(vr)) {
            literal = tagLiteral(constant);
        } else if (NUMERIC.contains(vr) || numberOp || (("IS".equals(vr) || "DS".equals(vr))
                && NUMBER.matcher(constant).matches())) {
            if (!NUMBER.matcher(constant).matches()) {
                throw new Inexpressible("compares " + k.ref().keyword() + " (" + vr + ") with the non-number '"
                        + constant + "'");
            }
            literal = constant;
        } else {
            literal = quote(constant);
        }
        return path(k.ref(), k.index()) + " " + operator(k.operator()) + " " + literal;
    }

    private static String tagLiteral(String constant) {
        if (!constant.matches("\\([0-9A-F]{4},[0-9A-F]{4}\\)")) {
            throw new Inexpressible("compares an AT attribute with '" + constant + "', which is not a tag");
        }
        return "0x" + constant.substring(1, 5) + constant.substring(6, 10);
    }

    private static String operator(String op) {
        return "=".equals(op) ? "==" : op;
    }

    private String path(Condition.Ref ref, int index) {
        StringBuilder sb = new StringBuilder(switch (ref.scope()) {
            case HERE -> "";
            case PARENT -> "above.";
            case ROOT -> "root.";
        });
        for (String sequence : ref.through()) {
            requireVr(Condition.Ref.here(sequence), "a path step", "SQ");
            sb.append(sequence).append(ref.firstItem() ? "[0]." : ".");
        }
        vrOf(ref);
        sb.append(ref.keyword());
        if (index >= 0) {
            sb.append('[').append(index).append(']');
        }
        return sb.toString();
    }

    private void requireVr(Condition.Ref ref, String what, String vr) {
        String actual = vrOf(ref);
        if (!vr.equals(actual)) {
            throw new Inexpressible(what + " needs " + ref.keyword() + " to be " + vr + ", but it is " + actual);
        }
    }

    private String vrOf(Condition.Ref ref) {
        Integer tag = dict.tagOf(ref.keyword());
        DataElements.Element e = tag == null ? null : dict.entry(tag);
        if (e == null) {
            throw new Inexpressible(ref.keyword() + " is not in the PS3.6 dictionary");
        }
        // An ambiguous VR ("US or SS", "OB or OW") is compared as its first alternative; both are alike in kind.
        return e.vr().split(" ")[0];
    }

    /** @return {@code s} as a string literal of the condition language */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

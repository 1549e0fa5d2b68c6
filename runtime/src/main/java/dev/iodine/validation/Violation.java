package dev.iodine.validation;

import dev.iodine.data.Tag;
import dev.iodine.dict.ElementDictionary;
import java.util.Objects;

/**
 * One way in which an instance departs from its IOD: which attribute (its path through sequences, tag and
 * keyword), where the requirement comes from (module and PS3.3 section, attribute type) and what was expected.
 *
 * <p>{@code path} leads to the dataset that holds the attribute, in DICOM keywords with 0-based item indices
 * ({@code "BeamSequence[0].ControlPointSequence[3]"}); it is empty for the top-level dataset. {@code type} is the
 * attribute type of PS3.5 7.4 ({@code "1"}, {@code "1C"}, {@code "2"}, {@code "2C"}, {@code "3"}) or empty when the
 * finding is not about a type. {@code tag} is 0 for findings about the whole instance.
 *
 * <pre>{@code
 * Violation v = Violation.missing("BeamSequence[0]", Tags.BeamName, "RT Beams", "C.8.8.14", "3", null);
 * v.toString();  // Error: BeamSequence[0] (300A,00C2) BeamName: missing ... [RT Beams, PS3.3 C.8.8.14]
 * }</pre>
 *
 * @param severity whether the instance is non-conformant ({@link Severity#ERROR}) or merely suspicious
 * @param kind     what kind of departure this is
 * @param path     the sequence path to the dataset holding the attribute; empty at the top level
 * @param tag      the attribute's tag, or 0 for the instance as a whole
 * @param keyword  the attribute's PS3.6 keyword (empty for private or unknown tags)
 * @param module   the PS3.3 module or macro name that defines the requirement (empty if none)
 * @param section  the PS3.3 section of that module or macro ({@code "C.8.8.14"}; empty if none)
 * @param type     the attribute type, or empty
 * @param value    the offending value as text, when there is one
 * @param expected what the standard expects: the condition of a 1C/2C attribute, the allowed values, a format
 */
public record Violation(Severity severity, Kind kind, String path, int tag, String keyword, String module,
                        String section, String type, String value, String expected) {

    /** What kind of departure a violation is. */
    public enum Kind {
        /** A Type 1 or 2 attribute, or a 1C/2C one whose condition holds, is absent. */
        MISSING,
        /** A Type 1 (or 1C, condition holding) attribute is present without a value. */
        EMPTY,
        /** A 1C/2C attribute that may not be present otherwise is present although its condition does not hold. */
        NOT_ALLOWED,
        /** A value is not one of the enumerated values. */
        ENUMERATED_VALUE,
        /** A value is not one of the defined terms (a warning: defined terms may be extended). */
        DEFINED_TERM,
        /** A value breaks the rules of its VR (PS3.5 6.2): characters, length, date/time format, UID syntax. */
        VALUE_FORMAT,
        /** The number of values does not fit the VM. */
        VALUE_MULTIPLICITY,
        /** The instance's SOP Class UID is not one of the IOD's. */
        SOP_CLASS,
        /** Anything else; {@code expected} says what. */
        OTHER
    }

    /** The longest condition or value list a message quotes whole (some PS3.3 conditions list a hundred codes). */
    private static final int MESSAGE_EXPECTED = 160;

    public Violation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        path = path == null ? "" : path;
        keyword = keyword == null || keyword.isEmpty() ? ElementDictionary.keywordOf(tag) : keyword;
        module = module == null ? "" : module;
        section = section == null ? "" : section;
        type = type == null ? "" : type;
    }

    /**
     * An absent attribute that is required: Type 1 or 2, or 1C/2C with its condition holding.
     *
     * @param condition the condition of a 1C/2C attribute as written in the definition, or null
     */
    public static Violation missing(String path, int tag, String module, String section, String type,
                                    String condition) {
        return new Violation(Severity.ERROR, Kind.MISSING, path, tag, null, module, section, type, null, condition);
    }

    /** A Type 1 (or 1C, condition holding) attribute present with no value. */
    public static Violation empty(String path, int tag, String module, String section, String type,
                                  String condition) {
        return new Violation(Severity.ERROR, Kind.EMPTY, path, tag, null, module, section, type, null, condition);
    }

    /** A 1C/2C attribute present although its condition does not hold and the standard forbids it otherwise. */
    public static Violation notAllowed(String path, int tag, String module, String section, String type,
                                       String condition) {
        return new Violation(Severity.ERROR, Kind.NOT_ALLOWED, path, tag, null, module, section, type, null,
                condition);
    }

    /**
     * A value outside the enumerated values (an error) or the defined terms (a warning).
     *
     * @param allowed the allowed values, as the standard lists them
     */
    public static Violation unexpectedValue(String path, int tag, String module, String section, String type,
                                            String value, boolean enumerated, String... allowed) {
        return new Violation(enumerated ? Severity.ERROR : Severity.WARNING,
                enumerated ? Kind.ENUMERATED_VALUE : Kind.DEFINED_TERM, path, tag, null, module, section, type,
                value, String.join(", ", allowed));
    }

    /** The attribute's location: path (if any), tag and keyword, e.g. {@code BeamSequence[0] (300A,00C2) BeamName}. */
    public String location() {
        StringBuilder b = new StringBuilder();
        if (!path.isEmpty()) {
            b.append(path).append(' ');
        }
        if (tag != 0) {
            b.append(Tag.toString(tag));
            if (!keyword.isEmpty()) {
                b.append(' ').append(keyword);
            }
        }
        return b.toString().strip();
    }

    /**
     * What is wrong and what was expected, in words, without the location. A condition or list of values longer
     * than a line is shortened here; {@link #expected()} keeps it whole.
     */
    public String message() {
        String when = expected == null || expected.isEmpty() ? "" : " when " + shortened(expected);
        return switch (kind) {
            case MISSING -> "missing; Type " + type + (type.startsWith("2")
                    ? " requires it, empty when unknown" : " requires it with a value") + when;
            case EMPTY -> "present but empty; Type " + type + " requires a value" + when;
            case NOT_ALLOWED -> "present although Type " + type + " allows it only" + when;
            case ENUMERATED_VALUE -> "value \"" + value + "\" is not one of the enumerated values: "
                    + shortened(expected);
            case DEFINED_TERM -> "value \"" + value + "\" is not one of the defined terms: " + shortened(expected);
            case VALUE_FORMAT, VALUE_MULTIPLICITY -> (value == null ? "" : "value \"" + value + "\" ")
                    + "does not fit: expected " + expected;
            case SOP_CLASS -> value == null ? "missing; expected " + expected
                    : "value \"" + value + "\" is not " + expected;
            case OTHER -> expected == null ? "" : expected;
        };
    }

    private static String shortened(String text) {
        return text.length() <= MESSAGE_EXPECTED ? text : text.substring(0, MESSAGE_EXPECTED - 1) + "\u2026";
    }

    /** Where the requirement comes from, e.g. {@code [RT Beams, PS3.3 C.8.8.14]}; empty when unknown. */
    public String reference() {
        if (module.isEmpty() && section.isEmpty()) {
            return "";
        }
        String ref = section.isEmpty() ? "" : "PS3.3 " + section;
        return "[" + (module.isEmpty() ? ref : ref.isEmpty() ? module : module + ", " + ref) + "]";
    }

    /** One line: {@code Error: path (gggg,eeee) Keyword: message [Module, PS3.3 ref]}. */
    @Override
    public String toString() {
        String location = location();
        String reference = reference();
        return severity.label() + ": " + (location.isEmpty() ? "" : location + ": ") + message()
                + (reference.isEmpty() ? "" : " " + reference);
    }
}

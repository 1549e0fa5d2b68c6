package dev.iodine.processor.diagnostic;

import javax.tools.Diagnostic;

/**
 * The catalogue of every diagnostic the processor reports: each says what is wrong and how to fix it. Messages are
 * {@link String#format} patterns; tests assert them through {@link #format(Object...)}.
 *
 * <pre>{@code
 * reporter.report(ProcessorError.UNKNOWN_KEYWORD, method, mirror, "keyword", "PatientNme");
 * }</pre>
 */
public enum ProcessorError {

    NOT_AN_INTERFACE("@%s belongs on an interface, and %s is not one; declare it as an interface"),
    ATTRIBUTE_NOT_ACCESSOR("@Attribute belongs on an abstract method without parameters; remove the parameters or the body of %s"),
    MISSING_TAG_OR_KEYWORD("@Attribute on %s names no element; add keyword = \"...\" (the PS3.6 keyword) or tag = 0xGGGGEEEE"),
    UNKNOWN_KEYWORD("unknown keyword \"%s\": it is not in the PS3.6 dictionary; check the spelling (keywords are case-sensitive, e.g. PatientName)"),
    UNKNOWN_TAG("unknown tag %s: it is not in the PS3.6 dictionary; check the number, or give the keyword instead"),
    KEYWORD_TAG_MISMATCH("keyword \"%s\" is tag %s in PS3.6, not %s; give only the keyword, or correct the tag"),
    UNKNOWN_VR("\"%s\" is not a VR of PS3.5 Table 6.2-1; use a two-letter VR such as \"US\""),
    VR_CONTRADICTS_DICTIONARY("VR %s contradicts PS3.6, which gives %s for %s; remove vr, or use one of the dictionary's VRs"),
    BAD_VM("\"%s\" is not a value multiplicity; write it as PS3.6 does, e.g. 1, 3, 1-n, 2-2n"),
    VM_CONTRADICTS_DICTIONARY("VM %s contradicts PS3.6, which gives %s for %s; a module may only narrow the dictionary's VM"),
    JAVA_TYPE_CANNOT_HOLD("%s cannot hold %s (VR %s, VM %s); declare it as one of: %s"),
    ENUM_LACKS_VALUES("enum %s has no constant for the enumerated value(s) %s of %s; add them (@DicomValue(\"...\") for a value that is not a Java identifier), or declare the attribute as String"),
    ENUM_DUPLICATE_VALUE("enum %s has two constants, %s and %s, for the value \"%s\"; give each DICOM value to one constant"),
    PRIMITIVE_TYPE("%s is a primitive type and cannot represent an absent %s; declare it as one of: %s"),
    SEQUENCE_ITEM_NOT_AN_ITEM("the items of %s are %s, which is not an @Item interface; annotate it with @Item"),
    PRIVATE_NEEDS_VR("private attribute %s of creator \"%s\" has no vr; private elements are not in the dictionary, so add vr = \"..\""),
    DUPLICATE_ATTRIBUTE("%s is defined twice in %s (first by %s); remove one of the definitions"),
    INCOMPATIBLE_SHARED_ATTRIBUTE("%s is defined by modules %s and %s of IOD %s with a different %s (%s vs %s); make the definitions agree"),
    CONDITION_MISSING("Type %s attribute %s has no condition; add condition = \"...\" (docs/conditions.md), or condition = \"unchecked(\\\"why\\\")\" when the data cannot decide"),
    CONDITION_NOT_ALLOWED("Type %s attribute %s cannot have a condition; make it T1C or T2C, or remove the condition"),
    CONDITION_SYNTAX("syntax error in condition at column %d: expected %s but found %s"),
    CONDITION_UNKNOWN_ATTRIBUTE("condition at column %d names \"%s\", which is not a PS3.6 keyword; check the spelling"),
    CONDITION_NOT_A_SEQUENCE("condition at column %d: %s has VR %s, not SQ, so it cannot %s; use a sequence's keyword"),
    CONDITION_NOT_A_TAG("condition at column %d: %s() tests tag values, but %s has VR %s, not AT; name an AT attribute"),
    CONDITION_PATHS_NOT_COMPARABLE("condition at column %d compares %s (VR %s) with %s (VR %s); compare numbers with numbers, text with text, tags with tags"),
    CONDITION_KEY_NOT_IN_ITEM("condition at column %d: the key %s of referenced(...) must be an attribute of a sequence's items; write Sequence.%s (with a scope, e.g. above.Sequence.Key)"),
    CONDITION_VARIES_WITHOUT_SEQUENCE("condition at column %d: varies(...) compares the values of %s over the items of a sequence, but the path names none; write Sequence.%s (with a scope, e.g. parent.Sequence.Keyword)"),
    CONDITION_NOT_COMPARABLE("condition at column %d compares %s, whose VR %s has no comparable values; test it with present(), hasValue() or count()"),
    CONDITION_WRONG_CONSTANT("condition at column %d compares %s (VR %s) with %s; write %s"),
    CONDITION_UNKNOWN_MODULE("condition at column %d names module %s, but no @DicomModule interface %s or %sModule is known; use the module interface's simple name"),
    CONDITION_UNKNOWN_PREDICATE("condition at column %d names predicate %s, but %s; declare static boolean %s(dev.iodine.bind.ConditionContext context)"),
    INCLUDE_NOT_A_MACRO("%s is included into %s but is not annotated @Macro; annotate it with @Macro"),
    IOD_NAME("@Iod interface %s must be named XxxIod (the generated class is Xxx); rename it"),
    USE_NOT_A_MODULE("%s is used as a module of IOD %s but is not annotated @DicomModule; annotate it, or use a module"),
    MODULE_USED_TWICE("module %s is used twice in IOD %s; remove one of the @UseModule entries"),
    IOD_WITHOUT_SOP_COMMON("IOD %s has no module with SOP Class UID (0008,0016) and SOP Instance UID (0008,0018); add @UseModule(value = SopCommonModule.class, usage = Usage.M), or, for an IOD that PS3.3 defines without it, say why in withoutSopCommon = \"PS3.3 ...\""),
    SOP_COMMON_DECLARED_ABSENT("IOD %s is declared withoutSopCommon, but its module %s defines %s; remove withoutSopCommon, or the module"),
    WITHOUT_SOP_COMMON_NEEDS_SOP_CLASS("IOD %s is declared withoutSopCommon but names no sopClassUids; its instances are recognised by the File Meta's Media Storage SOP Class UID (0002,0002), so add sopClassUids = \"...\""),
    USAGE_C_WITHOUT_CONDITION("module %s has usage C in IOD %s but no condition; add condition = \"...\" (docs/conditions.md)"),
    USAGE_CONDITION_NOT_ALLOWED("module %s has usage %s in IOD %s, which takes no condition; make the usage C or remove the condition"),
    RETIRED_NOT_MARKED(Diagnostic.Kind.WARNING, "%s is retired in PS3.6; add retired = true if it is meant, or use the element that replaced it");

    private final Diagnostic.Kind kind;
    private final String pattern;

    ProcessorError(String pattern) {
        this(Diagnostic.Kind.ERROR, pattern);
    }

    ProcessorError(Diagnostic.Kind kind, String pattern) {
        this.kind = kind;
        this.pattern = pattern;
    }

    public Diagnostic.Kind kind() {
        return kind;
    }

    /** The message with its arguments filled in. */
    public String format(Object... args) {
        return String.format(pattern, args);
    }
}

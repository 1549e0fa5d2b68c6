package dev.iodine.charset;

import static dev.iodine.charset.CodeElement.IR100;
import static dev.iodine.charset.CodeElement.IR101;
import static dev.iodine.charset.CodeElement.IR109;
import static dev.iodine.charset.CodeElement.IR110;
import static dev.iodine.charset.CodeElement.IR126;
import static dev.iodine.charset.CodeElement.IR127;
import static dev.iodine.charset.CodeElement.IR13;
import static dev.iodine.charset.CodeElement.IR138;
import static dev.iodine.charset.CodeElement.IR14;
import static dev.iodine.charset.CodeElement.IR144;
import static dev.iodine.charset.CodeElement.IR148;
import static dev.iodine.charset.CodeElement.IR149;
import static dev.iodine.charset.CodeElement.IR159;
import static dev.iodine.charset.CodeElement.IR166;
import static dev.iodine.charset.CodeElement.IR203;
import static dev.iodine.charset.CodeElement.IR58;
import static dev.iodine.charset.CodeElement.IR6;
import static dev.iodine.charset.CodeElement.IR87;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Defined Terms of Specific Character Set (0008,0005), PS3.3 C.12.1.1.2 Tables C.12-2 (single-byte without
 * code extensions), C.12-3 (single-byte with code extensions), C.12-4 (multi-byte with code extensions) and C.12-5
 * (multi-byte without code extensions), each with the code elements it designates to G0 and G1.
 */
enum DefinedTerm {
    ISO_IR_6("ISO_IR 6", IR6, null),
    ISO_IR_100("ISO_IR 100", IR6, IR100),
    ISO_IR_101("ISO_IR 101", IR6, IR101),
    ISO_IR_109("ISO_IR 109", IR6, IR109),
    ISO_IR_110("ISO_IR 110", IR6, IR110),
    ISO_IR_144("ISO_IR 144", IR6, IR144),
    ISO_IR_127("ISO_IR 127", IR6, IR127),
    ISO_IR_126("ISO_IR 126", IR6, IR126),
    ISO_IR_138("ISO_IR 138", IR6, IR138),
    ISO_IR_148("ISO_IR 148", IR6, IR148),
    ISO_IR_203("ISO_IR 203", IR6, IR203),
    ISO_IR_13("ISO_IR 13", IR14, IR13),
    ISO_IR_166("ISO_IR 166", IR6, IR166),
    ISO_2022_IR_6("ISO 2022 IR 6", IR6, null),
    ISO_2022_IR_100("ISO 2022 IR 100", IR6, IR100),
    ISO_2022_IR_101("ISO 2022 IR 101", IR6, IR101),
    ISO_2022_IR_109("ISO 2022 IR 109", IR6, IR109),
    ISO_2022_IR_110("ISO 2022 IR 110", IR6, IR110),
    ISO_2022_IR_144("ISO 2022 IR 144", IR6, IR144),
    ISO_2022_IR_127("ISO 2022 IR 127", IR6, IR127),
    ISO_2022_IR_126("ISO 2022 IR 126", IR6, IR126),
    ISO_2022_IR_138("ISO 2022 IR 138", IR6, IR138),
    ISO_2022_IR_148("ISO 2022 IR 148", IR6, IR148),
    ISO_2022_IR_203("ISO 2022 IR 203", IR6, IR203),
    ISO_2022_IR_13("ISO 2022 IR 13", IR14, IR13),
    ISO_2022_IR_166("ISO 2022 IR 166", IR6, IR166),
    ISO_2022_IR_87("ISO 2022 IR 87", IR87, null),
    ISO_2022_IR_159("ISO 2022 IR 159", IR159, null),
    ISO_2022_IR_149("ISO 2022 IR 149", null, IR149),
    ISO_2022_IR_58("ISO 2022 IR 58", null, IR58),
    ISO_IR_192("ISO_IR 192", StandardCharsets.UTF_8),
    GB18030("GB18030", Charset.forName("GB18030")),
    GBK("GBK", Charset.forName("GBK"));

    /** Real-world spellings beyond case, space, underscore and hyphen variants (see docs/character-sets.md). */
    private static final Map<String, DefinedTerm> BY_KEY = new HashMap<>();

    static {
        for (DefinedTerm t : values()) {
            BY_KEY.put(key(t.term), t);
        }
        BY_KEY.put(key("UTF-8"), ISO_IR_192);
        BY_KEY.put(key("GB2312"), ISO_2022_IR_58);
    }

    private final String term;
    private final CodeElement g0;
    private final CodeElement g1;
    private final Charset variableLength;

    DefinedTerm(String term, CodeElement g0, CodeElement g1) {
        this.term = term;
        this.g0 = g0;
        this.g1 = g1;
        this.variableLength = null;
    }

    DefinedTerm(String term, Charset variableLength) {
        this.term = term;
        this.g0 = null;
        this.g1 = null;
        this.variableLength = variableLength;
    }

    /** The term as the standard spells it. */
    String term() {
        return term;
    }

    /** The element designated to G0, or {@code null} when the term leaves G0 alone. */
    CodeElement g0() {
        return g0;
    }

    /** The element designated to G1, or {@code null}. */
    CodeElement g1() {
        return g1;
    }

    /** For ISO_IR 192, GB18030 and GBK (no code extensions, PS3.5 6.1.2.5.4): the charset of every byte. */
    Charset variableLength() {
        return variableLength;
    }

    /**
     * The term a value of (0008,0005) names, ignoring case, surrounding padding and the placement of spaces,
     * underscores and hyphens ("ISO-IR 100", "iso_ir_100", "GB 18030"); {@code null} when it names none.
     */
    static DefinedTerm lookup(String value) {
        String key = key(value);
        DefinedTerm t = BY_KEY.get(key);
        if (t == null && key.startsWith("ISOIR")) {
            // "ISO_IR 149", "ISO_IR 87": the multi-byte sets exist only as ISO 2022 terms.
            t = BY_KEY.get("ISO2022IR" + key.substring(5));
        } else if (t == null && key.startsWith("ISO2022IR")) {
            // "ISO 2022 IR 192": UTF-8 has no ISO 2022 form.
            t = BY_KEY.get("ISOIR" + key.substring(9));
        }
        return t;
    }

    /** Whether the term is one of the multi-byte ISO 2022 sets, which are usable only through code extensions. */
    boolean isMultiByteExtension() {
        return g0 != null && g0.width() == 2 || g1 != null && g1.width() == 2;
    }

    private static String key(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '_' && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}

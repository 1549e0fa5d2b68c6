package dev.iodine.charset;

import dev.iodine.data.VR;
import java.nio.charset.StandardCharsets;

/**
 * The character repertoires named by Specific Character Set (0008,0005), PS3.5 Section 6.1 and PS3.3 C.12.1.1.2.
 *
 * <pre>{@code
 * SpecificCharacterSet cs = SpecificCharacterSet.of("ISO_IR 192");
 * String name = cs.decode(bytes, 0, bytes.length, VR.PN);
 * }</pre>
 *
 * <p>(Placeholder handling the default repertoire, Latin-1 and UTF-8: the full implementation replaces it.)
 */
public final class SpecificCharacterSet {

    /** The default repertoire (ISO-IR 6); bytes above 0x7F are read as ISO-8859-1, as most toolkits do. */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(new String[0], false);

    private final String[] terms;
    private final boolean utf8;

    private SpecificCharacterSet(String[] terms, boolean utf8) {
        this.terms = terms;
        this.utf8 = utf8;
    }

    /** The character set for the values of (0008,0005); no value or an empty first value means the default. */
    public static SpecificCharacterSet of(String... terms) {
        if (terms == null || terms.length == 0) {
            return DEFAULT;
        }
        return new SpecificCharacterSet(terms.clone(), "ISO_IR 192".equals(terms[0]));
    }

    /** The defined terms this set was made from. */
    public String[] terms() {
        return terms.clone();
    }

    /** Decodes the bytes of a value of the given VR (the VR decides which delimiters reset ISO 2022 state). */
    public String decode(byte[] bytes, int offset, int length, VR vr) {
        return new String(bytes, offset, length, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /** Encodes a value of the given VR. */
    public byte[] encode(String value, VR vr) {
        return value.getBytes(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }
}

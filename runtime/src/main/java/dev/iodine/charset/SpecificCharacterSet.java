package dev.iodine.charset;

import dev.iodine.data.VR;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The character repertoires named by Specific Character Set (0008,0005), PS3.5 Section 6.1 and PS3.3 C.12.1.1.2:
 * the default repertoire, the single-byte sets, ISO_IR 192 (UTF-8), GB18030, GBK, and the ISO 2022 code
 * extensions (Japanese, Korean, Chinese) with their escape sequences. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * SpecificCharacterSet cs = SpecificCharacterSet.of("", "ISO 2022 IR 87");
 * String name = cs.decode(bytes, 0, bytes.length, VR.PN);   // "Yamada^Tarou=山田^太郎=やまだ^たろう"
 * byte[] again = cs.encode(name, VR.PN);                      // escape sequences chosen as needed
 * }</pre>
 *
 * <p>Only SH, LO, ST, LT, UT, PN and UC use the character set ({@link #appliesTo}); values of other VRs are the
 * default repertoire and are read (and written) as ISO-8859-1, like values without (0008,0005). Decode whole values
 * and split at backslashes afterwards: in GB18030, GBK and ISO 2022 multi-byte sets a byte 5C can be half of a
 * character, while a decoded backslash is always a real delimiter. Terms are matched leniently (case, padding,
 * spaces, underscores and hyphens; see docs/character-sets.md); unrecognized ones are listed by
 * {@link #unrecognizedTerms()} and treated as the default repertoire.
 */
public final class SpecificCharacterSet {

    /** The default repertoire (ISO-IR 6); bytes above 0x7F are read as ISO-8859-1, as most toolkits do. */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(new String[0]);

    /** Sets already made, by their terms; bounded because the terms come from files. */
    private static final Map<List<String>, SpecificCharacterSet> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 256;

    private static final SpecificCharacterSet LATIN_1 = of("ISO_IR 100");
    private static final SpecificCharacterSet UTF_8 = of("ISO_IR 192");

    private final String[] terms;
    private final List<String> unrecognized;
    /** UTF-8, GB18030 or GBK when a term names one: then every byte is in that charset. */
    private final Charset variableLength;
    /** No recognized term: ISO-8859-1 both ways, like values of VRs outside the character set's reach. */
    private final boolean defaultRepertoire;
    /** Value 1's G1 when Value 1 is ISO-IR 6 plus a single-byte G1: values without ESC are decoded by table. */
    private final CodeElement singleByte;
    private final Iso2022Decoder decoder;
    private final Iso2022Encoder encoder;

    private SpecificCharacterSet(String[] terms) {
        this.terms = terms;
        List<String> unknown = new ArrayList<>();
        List<DefinedTerm> known = new ArrayList<>();
        DefinedTerm value1 = null;
        for (int i = 0; i < terms.length; i++) {
            String t = terms[i].trim();
            DefinedTerm d = t.isEmpty() ? null : DefinedTerm.lookup(t);
            if (d != null) {
                known.add(d);
            } else if (!t.isEmpty()) {
                unknown.add(terms[i]);
            }
            if (i == 0) {
                value1 = d;
            }
        }
        this.unrecognized = List.copyOf(unknown);
        // PS3.5 6.1.2.5.4 forbids other values beside these; a file that has them anyway is read in the first.
        this.variableLength = known.stream().map(DefinedTerm::variableLength)
                .filter(c -> c != null).findFirst().orElse(null);
        this.defaultRepertoire = known.isEmpty();

        // Initial designation (PS3.5 6.1.2.5.3): Value 1, or ISO-IR 6 in G0 and nothing in G1 if it is empty.
        // A multi-byte set cannot be Value 1 (it has no ASCII for delimiters); it is taken as an extension.
        DefinedTerm initial = value1 != null && !value1.isMultiByteExtension() ? value1 : null;
        CodeElement g0 = initial != null && initial.g0() != null ? initial.g0() : CodeElement.IR6;
        CodeElement g1 = initial != null ? initial.g1() : null;
        List<CodeElement> candidates = new ArrayList<>();
        candidates.add(g0);
        if (g1 != null) {
            candidates.add(g1);
        }
        CodeElement fallbackG1 = g1;
        // A single value allows no code extension (PS3.5 6.1.2.5.3): only Value 1's own elements may be used when
        // encoding. A lone multi-byte ISO 2022 term (e.g. "ISO 2022 IR 87") is meaningless otherwise, so it counts
        // as the second value after an empty first.
        boolean extensions = terms.length > 1 || value1 != null && value1.isMultiByteExtension();
        for (DefinedTerm d : known) {
            for (CodeElement e : new CodeElement[] {d.g0(), d.g1()}) {
                if (e != null && extensions && !candidates.contains(e)) {
                    candidates.add(e);
                }
                if (e != null && !e.isG0() && fallbackG1 == null) {
                    fallbackG1 = e;
                }
            }
        }
        this.singleByte = g0 == CodeElement.IR6 && g1 != null && g1.width() == 1 ? g1 : null;
        this.decoder = new Iso2022Decoder(g0, g1, fallbackG1 != null ? fallbackG1 : CodeElement.IR100);
        this.encoder = new Iso2022Encoder(g0, g1, candidates.toArray(new CodeElement[0]));
    }

    /**
     * The character set for the values of (0008,0005) as read (padding may be left on); no value, or only empty
     * values, means the default repertoire.
     */
    public static SpecificCharacterSet of(String... terms) {
        if (terms == null || terms.length == 0) {
            return DEFAULT;
        }
        String[] copy = new String[terms.length];
        boolean allEmpty = true;
        for (int i = 0; i < terms.length; i++) {
            copy[i] = terms[i] == null ? "" : terms[i];
            allEmpty &= copy[i].isBlank();
        }
        if (allEmpty) {
            return DEFAULT;
        }
        List<String> key = List.of(copy);
        SpecificCharacterSet cs = CACHE.get(key);
        if (cs == null) {
            cs = new SpecificCharacterSet(copy);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.putIfAbsent(key, cs);
            }
        }
        return cs;
    }

    /**
     * The simplest common set that can hold every given text: the default repertoire for ASCII, ISO_IR 100 for
     * Latin-1, otherwise ISO_IR 192 (UTF-8), which holds everything.
     *
     * <pre>{@code
     * SpecificCharacterSet cs = SpecificCharacterSet.suitableFor("Müller^Hans"); // ISO_IR 100
     * }</pre>
     */
    public static SpecificCharacterSet suitableFor(CharSequence... texts) {
        int max = 0;
        for (CharSequence t : texts) {
            for (int i = 0; i < t.length(); i++) {
                max = Math.max(max, t.charAt(i));
            }
        }
        return max < 0x80 ? DEFAULT : max < 0x100 ? LATIN_1 : UTF_8;
    }

    /** Whether values of {@code vr} use the Specific Character Set: SH, LO, ST, LT, UT, PN, UC (PS3.5 6.1.2.3). */
    public static boolean appliesTo(VR vr) {
        return vr == VR.SH || vr == VR.LO || vr == VR.ST || vr == VR.LT || vr == VR.UT || vr == VR.PN
                || vr == VR.UC;
    }

    /** The values this set was made from, as given. */
    public String[] terms() {
        return terms.clone();
    }

    /** The given values that name no Defined Term even leniently; they are read as the default repertoire. */
    public List<String> unrecognizedTerms() {
        return unrecognized;
    }

    /**
     * Decodes the bytes of a value of the given VR (the VR decides which delimiters reset ISO 2022 state). Never
     * fails: bytes that no designated set maps become U+FFFD.
     */
    public String decode(byte[] bytes, int offset, int length, VR vr) {
        int content = defaultRepertoire || !appliesTo(vr) ? ASCII : scan(bytes, offset, length);
        if (content == ASCII) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (variableLength != null) {
            return new String(bytes, offset, length, variableLength);
        }
        if (content == EIGHT_BIT && singleByte != null) {
            return singleByte.decodeBytes(bytes, offset, length);
        }
        return decoder.decode(bytes, offset, length, vr);
    }

    /**
     * Encodes a value of the given VR so that {@link #decode} gives it back.
     *
     * @throws IllegalArgumentException naming the character, its index and the terms when the set cannot hold it
     */
    public byte[] encode(String value, VR vr) {
        int[] failure = new int[1];
        byte[] b = tryEncode(value, vr, failure);
        if (b == null) {
            throw unencodable(value, failure[0], vr);
        }
        return b;
    }

    /** Whether {@link #encode} can represent {@code value} in a value of {@code vr} (no exception made). */
    public boolean canEncode(String value, VR vr) {
        return tryEncode(value, vr, new int[1]) != null;
    }

    /** The encoded value, or {@code null} with the index of the first unencodable character in {@code failure[0]}. */
    private byte[] tryEncode(String value, VR vr, int[] failure) {
        if (isPlainAscii(value)) {
            return value.getBytes(StandardCharsets.ISO_8859_1);
        }
        if (defaultRepertoire || !appliesTo(vr)) {
            return encodeLatin1(value, failure);
        }
        if (variableLength != null) {
            return encodeWhole(value, failure);
        }
        return encoder.encode(value, vr, failure);
    }

    private static byte[] encodeLatin1(String value, int[] failure) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xFF) {
                failure[0] = i;
                return null;
            }
        }
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] encodeWhole(String value, int[] failure) {
        CharsetEncoder e = variableLength.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(value);
        ByteBuffer out = ByteBuffer.allocate((int) Math.ceil(value.length() * (double) e.maxBytesPerChar()));
        if (e.encode(in, out, true).isError() || e.flush(out).isError()) {
            failure[0] = in.position();
            return null;
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    private IllegalArgumentException unencodable(String value, int index, VR vr) {
        int cp = value.codePointAt(index);
        String where = defaultRepertoire ? "the default repertoire (no Specific Character Set)"
                : !appliesTo(vr) ? "the default repertoire (VR " + vr + " does not use Specific Character Set)"
                : "Specific Character Set " + String.join("\\", terms);
        return new IllegalArgumentException(String.format("cannot encode U+%04X '%s' at index %d of \"%s\": not in %s",
                cp, new String(Character.toChars(cp)), index, value, where));
    }

    /**
     * What {@link #scan} finds: bytes 00-7F without ESC, the same characters in every set (no state, no table);
     * also what values outside the set's reach are read as (ISO-8859-1, of which ASCII is the lower half).
     */
    private static final int ASCII = 0;
    /** Some bytes 80-FF, no ESC: a single-byte Value 1 decodes every byte on its own. */
    private static final int EIGHT_BIT = 1;
    /** An ESC: the designations may change. */
    private static final int ESCAPES = 2;

    private static int scan(byte[] bytes, int offset, int length) {
        int found = ASCII;
        for (int i = offset, end = offset + length; i < end; i++) {
            byte b = bytes[i];
            if (b == CodeElement.ESC) {
                return ESCAPES;
            }
            if (b < 0) {
                found = EIGHT_BIT;
            }
        }
        return found;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == CodeElement.ESC) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecificCharacterSet && Arrays.equals(terms, ((SpecificCharacterSet) o).terms);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms);
    }

    @Override
    public String toString() {
        return terms.length == 0 ? "default repertoire" : String.join("\\", terms);
    }
}

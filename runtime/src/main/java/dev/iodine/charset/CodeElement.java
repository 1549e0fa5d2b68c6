package dev.iodine.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One ISO/IEC 2022 code element (a graphic character set with its registration number) as DICOM uses it:
 * the escape sequence that designates it, whether it goes to G0 (invoked in GL) or G1 (invoked in GR), how many
 * bytes one character takes, and the JDK charset that maps its bytes. Facts from PS3.3 Tables C.12-3 and C.12-4
 * and PS3.5 Annexes H, I and K.
 *
 * <p>Multi-byte G1 sets (KS X 1001, GB 2312) arrive in GR, which is exactly their EUC form, so the EUC decoders
 * read them unchanged; the Japanese G0 sets arrive in GL, which the JDK's {@code x-JIS0208} and
 * {@code JIS_X0212-1990} charsets read directly.
 */
enum CodeElement {
    /** ISO-IR 6, ASCII: the default repertoire. ESC ( B. */
    IR6(0, 1, null, 0x28, 0x42),
    /**
     * ISO-IR 14, JIS X 0201 romaji. Read as ASCII: 05/12 stays the value delimiter whatever glyph (yen sign) a
     * display gives it (PS3.5 6.1.2.3 note), and the other toolkits decode it as ASCII too. ESC ( J.
     */
    IR14(0, 1, null, 0x28, 0x4A),
    /** ISO-IR 13, JIS X 0201 katakana, in GR. ESC ) I. */
    IR13(1, 1, "JIS_X0201", 0x29, 0x49),
    /** ISO-IR 100, Latin alphabet No. 1. ESC - A. */
    IR100(1, 1, "ISO-8859-1", 0x2D, 0x41),
    /** ISO-IR 101, Latin alphabet No. 2. ESC - B. */
    IR101(1, 1, "ISO-8859-2", 0x2D, 0x42),
    /** ISO-IR 109, Latin alphabet No. 3. ESC - C. */
    IR109(1, 1, "ISO-8859-3", 0x2D, 0x43),
    /** ISO-IR 110, Latin alphabet No. 4. ESC - D. */
    IR110(1, 1, "ISO-8859-4", 0x2D, 0x44),
    /** ISO-IR 144, Cyrillic. ESC - L. */
    IR144(1, 1, "ISO-8859-5", 0x2D, 0x4C),
    /** ISO-IR 127, Arabic. ESC - G. */
    IR127(1, 1, "ISO-8859-6", 0x2D, 0x47),
    /** ISO-IR 126, Greek. ESC - F. */
    IR126(1, 1, "ISO-8859-7", 0x2D, 0x46),
    /** ISO-IR 138, Hebrew. ESC - H. */
    IR138(1, 1, "ISO-8859-8", 0x2D, 0x48),
    /** ISO-IR 148, Latin alphabet No. 5. ESC - M. */
    IR148(1, 1, "ISO-8859-9", 0x2D, 0x4D),
    /** ISO-IR 203, Latin alphabet No. 9. ESC - b. */
    IR203(1, 1, "ISO-8859-15", 0x2D, 0x62),
    /** ISO-IR 166, Thai (TIS 620-2533). ISO-8859-11 rather than TIS-620 because only it maps A0 (NBSP). ESC - T. */
    IR166(1, 1, "x-iso-8859-11", 0x2D, 0x54),
    /** ISO-IR 87, JIS X 0208 kanji, hiragana, katakana, 2 bytes in GL. ESC $ B. */
    IR87(0, 2, "x-JIS0208", 0x24, 0x42),
    /** ISO-IR 159, JIS X 0212 supplementary kanji, 2 bytes in GL. ESC $ ( D. */
    IR159(0, 2, "JIS_X0212-1990", 0x24, 0x28, 0x44),
    /** ISO-IR 149, KS X 1001 Hangul and Hanja, 2 bytes in GR. ESC $ ) C. */
    IR149(1, 2, "EUC-KR", 0x24, 0x29, 0x43),
    /** ISO-IR 58, GB 2312, 2 bytes in GR. ESC $ ) A. */
    IR58(1, 2, "GB2312", 0x24, 0x29, 0x41);

    static final byte ESC = 0x1B;

    private static final CodeElement[] VALUES = values();

    private final int g;
    private final int width;
    private final Charset charset;
    /** The escape sequence without its leading ESC. */
    private final byte[] escape;
    /** For single-byte sets, the character of each byte value; GL (00-7F) is always ASCII. */
    private final char[] table;
    /** For 2-byte sets, made on first use (a race only builds the same table twice). */
    private volatile char[] pairs;

    CodeElement(int g, int width, String charsetName, int... escapeAfterEsc) {
        this.g = g;
        this.width = width;
        this.charset = charsetName == null ? StandardCharsets.US_ASCII : Charset.forName(charsetName);
        this.escape = new byte[escapeAfterEsc.length];
        for (int i = 0; i < escapeAfterEsc.length; i++) {
            escape[i] = (byte) escapeAfterEsc[i];
        }
        this.table = width == 1 ? singleByteTable(charsetName == null ? null : charset) : null;
    }

    private static char[] singleByteTable(Charset charset) {
        char[] t = new char[256];
        for (int b = 0; b < 256; b++) {
            if (b < 0x80 || charset == null) {
                t[b] = b < 0x80 ? (char) b : '\uFFFD';
            } else {
                String s = new String(new byte[] {(byte) b}, charset);
                t[b] = s.length() == 1 ? s.charAt(0) : '\uFFFD';
            }
        }
        return t;
    }

    /** Whether the element is designated to G0 (GL) rather than G1 (GR). */
    boolean isG0() {
        return g == 0;
    }

    /** Bytes per character: 1 or 2. */
    int width() {
        return width;
    }

    /** The character of one byte of a single-byte set. */
    char decodeByte(int b) {
        return table[b & 0xFF];
    }

    /** Decodes bytes of a single-byte set in which no escape sequence occurs. */
    String decodeBytes(byte[] bytes, int offset, int length) {
        if (this == IR100) {
            // Latin-1 is the identity on bytes: the JDK copies them straight into a compact String.
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = table[bytes[offset + i] & 0xFF];
        }
        return new String(chars);
    }

    /**
     * The character of a byte pair of a 94x94 set (both bytes in 21-7E, or A1-FE for G1), from a table built from
     * the JDK charset on first use; U+FFFD where the set has no character.
     */
    char decodePair(int b1, int b2) {
        char[] t = pairs;
        if (t == null) {
            t = pairTable();
            pairs = t;
        }
        return t[((b1 & 0x7F) - 0x21) * 94 + (b2 & 0x7F) - 0x21];
    }

    private char[] pairTable() {
        char[] t = new char[94 * 94];
        int high = isG0() ? 0 : 0x80;
        byte[] pair = new byte[2];
        for (int r = 0; r < 94; r++) {
            for (int c = 0; c < 94; c++) {
                pair[0] = (byte) (0x21 + r | high);
                pair[1] = (byte) (0x21 + c | high);
                String s = new String(pair, charset);
                t[r * 94 + c] = s.length() == 1 ? s.charAt(0) : '\uFFFD';
            }
        }
        return t;
    }

    /** Appends ESC and the designating sequence. */
    void writeEscape(ByteSink out) {
        out.write(ESC);
        out.write(escape, 0, escape.length);
    }

    /** The escape sequence's length including ESC. */
    int escapeLength() {
        return escape.length + 1;
    }

    /** The element whose escape sequence starts at {@code bytes[pos]} (an ESC), or {@code null} if none does. */
    static CodeElement atEscape(byte[] bytes, int pos, int end) {
        // No escape sequence of the table is a prefix of another, so the first match is the only one.
        for (CodeElement e : VALUES) {
            if (e.matches(bytes, pos, end)) {
                return e;
            }
        }
        return null;
    }

    private boolean matches(byte[] bytes, int pos, int end) {
        if (end - pos < escape.length + 1) {
            return false;
        }
        for (int i = 0; i < escape.length; i++) {
            if (bytes[pos + 1 + i] != escape[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A per-call encoder for this element: it answers whether a character belongs to the element and writes its
     * bytes. JDK encoders are stateful, so one is made per {@link SpecificCharacterSet#encode} call, never shared.
     */
    Encoder newEncoder() {
        return new Encoder(this);
    }

    /** Encodes single characters of one element; not thread-safe. */
    static final class Encoder {
        final CodeElement element;
        private final CharsetEncoder encoder;
        private final CharBuffer in = CharBuffer.allocate(1);
        private final ByteBuffer out = ByteBuffer.allocate(4);

        private Encoder(CodeElement element) {
            this.element = element;
            this.encoder = element.table == null || element.charset != StandardCharsets.US_ASCII
                    ? element.charset.newEncoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                    : null;
        }

        /** Writes {@code c} if {@link #accepts} it and answers whether it did. */
        boolean tryWrite(char c, ByteSink sink) {
            if (!accepts(c)) {
                return false;
            }
            writeAccepted(sink);
            return true;
        }

        /**
         * Whether {@code c} is a graphic character of this element (for G1 sets: one that lands in GR; for 2-byte
         * G0 sets: a pair of GL bytes); if so its bytes are kept for {@link #writeAccepted}.
         */
        boolean accepts(char c) {
            out.clear();
            if (encoder == null) {
                if (c >= 0x20 && c < 0x7F) {
                    out.put((byte) c).flip();
                    return true;
                }
                return false;
            }
            if (c < 0x80 || Character.isSurrogate(c)) {
                return false;
            }
            in.clear();
            in.put(c).flip();
            encoder.reset();
            if (encoder.encode(in, out, true).isError() || encoder.flush(out).isError()) {
                return false;
            }
            out.flip();
            if (out.remaining() != element.width) {
                return false;
            }
            for (int i = 0; i < out.remaining(); i++) {
                int b = out.get(i) & 0xFF;
                boolean inArea = element.isG0() ? b >= 0x21 && b <= 0x7E : b >= 0xA0;
                if (!inArea) {
                    return false;
                }
            }
            return true;
        }

        /** Writes the bytes of the character last {@link #accepts accepted}. */
        void writeAccepted(ByteSink sink) {
            sink.write(out.array(), 0, out.limit());
        }
    }
}

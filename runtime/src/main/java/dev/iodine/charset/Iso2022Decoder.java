package dev.iodine.charset;

import dev.iodine.data.VR;

/**
 * Decodes values of the single-byte sets and of the ISO 2022 code extensions (PS3.5 6.1.2.5): escape sequences
 * designate G0 and G1, and the designations of Value 1 come back at every delimiter. Immutable and thread-safe.
 */
final class Iso2022Decoder {

    private final CodeElement initialG0;
    private final CodeElement initialG1;
    /** For GR bytes while no G1 is designated: the first G1 set the terms name, else Latin-1 (see docs). */
    private final CodeElement fallbackG1;

    Iso2022Decoder(CodeElement initialG0, CodeElement initialG1, CodeElement fallbackG1) {
        this.initialG0 = initialG0;
        this.initialG1 = initialG1;
        this.fallbackG1 = fallbackG1;
    }

    String decode(byte[] bytes, int offset, int length, VR vr) {
        StringBuilder sb = new StringBuilder(length);
        CodeElement g0 = initialG0;
        CodeElement g1 = initialG1;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b == CodeElement.ESC) {
                CodeElement e = CodeElement.atEscape(bytes, i, end);
                if (e == null) {
                    // Not a sequence of PS3.3 C.12-3/C.12-4: kept as text so that nothing is silently lost.
                    sb.append((char) b);
                    i++;
                } else {
                    if (e.isG0()) {
                        g0 = e;
                    } else {
                        g1 = e;
                    }
                    i += e.escapeLength();
                }
            } else if (b <= 0x20 || b < 0x80 && g0.width() == 1) {
                // GL is ASCII in every single-byte G0 (ISO-IR 14 included, see CodeElement.IR14). In a 2-byte G0
                // run '^', '=' and backslash are halves of characters: only controls and SPACE reach this branch.
                if (Delimiters.resets(b, vr)) {
                    g0 = initialG0;
                    g1 = initialG1;
                }
                sb.append((char) b);
                i++;
            } else if (b < 0x80) {
                i = decodePairs(bytes, i, end, g0, 0x21, 0x7E, sb);
            } else {
                CodeElement set = g1 != null ? g1 : fallbackG1;
                if (set.width() == 1) {
                    sb.append(set.decodeByte(b));
                    i++;
                } else {
                    i = decodePairs(bytes, i, end, set, 0xA1, 0xFE, sb);
                }
            }
        }
        return sb.toString();
    }

    /** Decodes the run of whole byte pairs in [lo, hi] starting at {@code i}; a lone byte becomes U+FFFD. */
    private static int decodePairs(byte[] bytes, int i, int end, CodeElement set, int lo, int hi, StringBuilder sb) {
        int j = i;
        while (j + 1 < end && inRange(bytes[j], lo, hi) && inRange(bytes[j + 1], lo, hi)) {
            j += 2;
        }
        if (j == i) {
            sb.append('\uFFFD');
            return i + 1;
        }
        for (int k = i; k < j; k += 2) {
            sb.append(set.decodePair(bytes[k], bytes[k + 1]));
        }
        return j;
    }

    private static boolean inRange(byte b, int lo, int hi) {
        int v = b & 0xFF;
        return v >= lo && v <= hi;
    }
}

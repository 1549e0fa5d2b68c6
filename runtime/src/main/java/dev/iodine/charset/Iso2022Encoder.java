package dev.iodine.charset;

import dev.iodine.data.VR;

/**
 * Encodes values for the single-byte sets and the ISO 2022 code extensions (PS3.5 6.1.2.5.3). Each character goes
 * to the element already designated if it can take it, otherwise to the first element of the terms that can,
 * preceded by that element's escape sequence. Before every delimiter and at the end of the value the initial
 * designations are restored with an escape sequence where one was changed, so that a decoder may start afresh
 * at any line, value, name component or component group. Immutable and thread-safe.
 */
final class Iso2022Encoder {

    private final CodeElement initialG0;
    private final CodeElement initialG1;
    /** Every element the terms name, initial ones first: the choices for a character. */
    private final CodeElement[] candidates;

    Iso2022Encoder(CodeElement initialG0, CodeElement initialG1, CodeElement[] candidates) {
        this.initialG0 = initialG0;
        this.initialG1 = initialG1;
        this.candidates = candidates.clone();
    }

    /** Encodes {@code value}, or answers {@code null} with the index of a character no element holds in failure[0]. */
    byte[] encode(String value, VR vr, int[] failure) {
        ByteSink out = new ByteSink(value.length() + 16);
        CodeElement.Encoder[] encoders = new CodeElement.Encoder[candidates.length];
        int g0 = indexOf(initialG0);
        int g1 = indexOf(initialG1);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Delimiters.resets(c, vr)) {
                restoreInitial(g0, g1, out);
                g0 = indexOf(initialG0);
                g1 = indexOf(initialG1);
                out.write((byte) c);
                continue;
            }
            if (g0 >= 0 && encoder(encoders, g0).tryWrite(c, out)
                    || g1 >= 0 && encoder(encoders, g1).tryWrite(c, out)) {
                continue;
            }
            int k = designate(c, encoders, out);
            if (k < 0) {
                failure[0] = i;
                return null;
            }
            if (candidates[k].isG0()) {
                g0 = k;
            } else {
                g1 = k;
            }
        }
        restoreInitial(g0, g1, out);
        return out.toByteArray();
    }

    /** Finds an element for {@code c}, writes its escape sequence and the character; -1 when none holds it. */
    private int designate(char c, CodeElement.Encoder[] encoders, ByteSink out) {
        for (int k = 0; k < candidates.length; k++) {
            CodeElement.Encoder e = encoder(encoders, k);
            if (e.accepts(c)) {
                candidates[k].writeEscape(out);
                e.writeAccepted(out);
                return k;
            }
        }
        return -1;
    }

    private void restoreInitial(int g0, int g1, ByteSink out) {
        if (g0 != indexOf(initialG0)) {
            initialG0.writeEscape(out);
        }
        if (initialG1 != null && g1 != indexOf(initialG1)) {
            initialG1.writeEscape(out);
        }
    }

    private CodeElement.Encoder encoder(CodeElement.Encoder[] encoders, int k) {
        if (encoders[k] == null) {
            encoders[k] = candidates[k].newEncoder();
        }
        return encoders[k];
    }

    private int indexOf(CodeElement e) {
        for (int k = 0; k < candidates.length; k++) {
            if (candidates[k] == e) {
                return k;
            }
        }
        return -1;
    }
}

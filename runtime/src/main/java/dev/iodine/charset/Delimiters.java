package dev.iodine.charset;

import dev.iodine.data.VR;

/**
 * Where the character set of Value 1 becomes active again in an ISO 2022 encoded value (PS3.5 6.1.2.5.3): at
 * control characters (CR, LF, FF, TAB), at the backslash between values of multi-valued VRs, and at the '^' and
 * '=' between name components and component groups of PN. ST, LT and UT are single-valued, so a backslash in
 * them is text.
 */
final class Delimiters {

    private Delimiters() {
    }

    /** Whether character (or GL byte) {@code c} in a value of {@code vr} restores the initial designations. */
    static boolean resets(int c, VR vr) {
        if (c < 0x20) {
            return c != CodeElement.ESC;
        }
        if (c == '\\') {
            return vr.isMultiValuedString();
        }
        return (c == '^' || c == '=') && vr == VR.PN;
    }
}

package dev.iodine.data;

/** Digit scanning shared by the DA, TM and DT parsers. */
final class TemporalText {

    private TemporalText() {
    }

    /** The number in {@code s[from, from+n)}, or -1 when those characters are not all ASCII digits. */
    static int digits(String s, int from, int n) {
        if (from + n > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static IllegalArgumentException invalid(String vr, String text) {
        return new IllegalArgumentException("not a valid " + vr + " value (PS3.5 Table 6.2-1): \"" + text + "\"");
    }

    /** Zero-padded decimal of a fixed width. */
    static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}

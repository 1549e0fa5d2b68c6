package dev.iodine.data;

/**
 * Helpers for tags held as {@code int}s ({@code 0xGGGGEEEE}), PS3.5 Section 7.1.
 *
 * <pre>{@code
 * int tag = Tag.of(0x0010, 0x0010);       // 0x00100010, Patient's Name
 * String s = Tag.toString(tag);           // "(0010,0010)"
 * int same = Tag.parse("(0010,0010)");    // also "00100010" and "0010,0010"
 * boolean p = Tag.isPrivate(0x00091010);  // true: odd group
 * }</pre>
 */
public final class Tag {

    /** Item (FFFE,E000), PS3.5 7.5. */
    public static final int ITEM = 0xFFFEE000;
    /** Item Delimitation Item (FFFE,E00D). */
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    /** Sequence Delimitation Item (FFFE,E0DD). */
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;
    /** Pixel Data (7FE0,0010). */
    public static final int PIXEL_DATA = 0x7FE00010;
    /** Specific Character Set (0008,0005). */
    public static final int SPECIFIC_CHARACTER_SET = 0x00080005;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Tag() {
    }

    public static int of(int group, int element) {
        return (group << 16) | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** Whether the group is odd (PS3.5 7.8.1); groups 0001, 0003, 0005, 0007 and FFFF are not private but illegal. */
    public static boolean isPrivate(int tag) {
        int g = group(tag);
        return (g & 1) != 0 && g > 0x0007 && g != 0xFFFF;
    }

    /** Whether the tag is a Private Creator element (gggg,0010-00FF) of an odd group, PS3.5 7.8.1. */
    public static boolean isPrivateCreator(int tag) {
        int e = element(tag);
        return isPrivate(tag) && e >= 0x0010 && e <= 0x00FF;
    }

    /** Whether the tag is a Group Length element (gggg,0000). */
    public static boolean isGroupLength(int tag) {
        return element(tag) == 0;
    }

    /**
     * For a private data element (gggg,xxyy) with xx in 10-FF, the tag of its Private Creator (gggg,00xx);
     * -1 for anything else.
     */
    public static int creatorOf(int tag) {
        int block = element(tag) >>> 8;
        return isPrivate(tag) && block >= 0x10 ? of(group(tag), block) : -1;
    }

    /** The tag as {@code (GGGG,EEEE)} in upper-case hexadecimal. */
    public static String toString(int tag) {
        char[] c = new char[11];
        c[0] = '(';
        hex(tag >>> 16, c, 1);
        c[5] = ',';
        hex(tag, c, 6);
        c[10] = ')';
        return new String(c);
    }

    /** The tag as eight upper-case hexadecimal digits, as in the DICOM JSON model ({@code "00100010"}). */
    public static String toHex(int tag) {
        char[] c = new char[8];
        hex(tag >>> 16, c, 0);
        hex(tag, c, 4);
        return new String(c);
    }

    private static void hex(int v, char[] c, int at) {
        for (int i = 3; i >= 0; i--) {
            c[at + i] = HEX[v & 0xF];
            v >>>= 4;
        }
    }

    /**
     * Parses {@code (gggg,eeee)}, {@code gggg,eeee} or {@code ggggeeee} (hexadecimal, either case).
     *
     * @throws IllegalArgumentException when the text is not a tag
     */
    public static int parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.length() == 9 && s.charAt(4) == ',') {
            s = s.substring(0, 4) + s.substring(5);
        }
        if (s.length() != 8) {
            throw new IllegalArgumentException("not a tag: \"" + text + "\"");
        }
        try {
            return Integer.parseUnsignedInt(s, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tag: \"" + text + "\"", e);
        }
    }
}

package dev.iodine.dict;

/**
 * Arithmetic of private data elements (PS3.5 7.8.1): a private element {@code (gggg,xxyy)} in an odd group
 * belongs to the block reserved by its Private Creator element {@code (gggg,00xx)}.
 *
 * <pre>{@code
 * int tag = 0x00091012;
 * if (PrivateTags.isPrivate(tag)) {
 *     int creator = PrivateTags.creatorTagOf(tag);            // 0x00090010
 *     int again = PrivateTags.elementTagOf(creator, 0x12);     // 0x00091012
 * }
 * }</pre>
 */
public final class PrivateTags {

    private PrivateTags() {
    }

    /**
     * Whether the tag is in a private group: an odd group other than 0001, 0003, 0005, 0007 and FFFF, which
     * PS3.5 7.8 says shall not be used.
     */
    public static boolean isPrivate(int tag) {
        int group = tag >>> 16;
        return (group & 1) != 0 && group > 0x0007 && group != 0xFFFF;
    }

    /** Whether the tag is a Private Creator element {@code (gggg,0010)} to {@code (gggg,00FF)} of a private group. */
    public static boolean isPrivateCreator(int tag) {
        int element = tag & 0xFFFF;
        return isPrivate(tag) && element >= 0x0010 && element <= 0x00FF;
    }

    /**
     * The Private Creator tag {@code (gggg,00xx)} that reserves the block of a private element {@code (gggg,xxyy)};
     * {@code -1} when the tag is not a private element of a block (not private, a creator, or below
     * {@code (gggg,1000)}).
     */
    public static int creatorTagOf(int tag) {
        int element = tag & 0xFFFF;
        if (!isPrivate(tag) || element < 0x1000) {
            return -1;
        }
        return (tag & 0xFFFF0000) | (element >>> 8);
    }

    /**
     * The tag of the element at {@code offset} (0x00 to 0xFF) in the block of a Private Creator tag, e.g.
     * {@code (0009,0010)} and {@code 0x12} give {@code (0009,1012)}.
     *
     * @throws IllegalArgumentException when the creator tag is not a Private Creator tag or the offset is out of range
     */
    public static int elementTagOf(int creatorTag, int offset) {
        if (!isPrivateCreator(creatorTag) || offset < 0 || offset > 0xFF) {
            throw new IllegalArgumentException(String.format(
                    "no private element: creator (%04X,%04X) offset 0x%X", creatorTag >>> 16, creatorTag & 0xFFFF,
                    offset));
        }
        return (creatorTag & 0xFFFF0000) | (creatorTag & 0xFF) << 8 | offset;
    }

    /** The element's offset in its private block: the low byte {@code yy} of {@code (gggg,xxyy)}. */
    public static int offsetOf(int tag) {
        return tag & 0xFF;
    }
}

package dev.iodine.dict;

import dev.iodine.data.Tag;

/**
 * Block arithmetic of private data elements (PS3.5 7.8.1): a private element {@code (gggg,xxyy)} in an odd group
 * is element {@code yy} of the block reserved by the Private Creator element {@code (gggg,00xx)}. The tests
 * {@link Tag#isPrivate(int)}, {@link Tag#isPrivateCreator(int)} and {@link Tag#creatorOf(int)} are in {@link Tag}.
 *
 * <pre>{@code
 * int creator = Tag.creatorOf(0x00091012);                 // 0x00090010
 * int element = PrivateTags.elementTagOf(creator, 0x12);    // 0x00091012
 * int offset = PrivateTags.offsetOf(element);               // 0x12
 * }</pre>
 */
public final class PrivateTags {

    private PrivateTags() {
    }

    /**
     * The tag of the element at {@code offset} (0x00 to 0xFF) in the block of a Private Creator tag, e.g.
     * {@code (0009,0010)} and {@code 0x12} give {@code (0009,1012)}.
     *
     * @throws IllegalArgumentException when the creator tag is not a Private Creator tag or the offset is out of range
     */
    public static int elementTagOf(int creatorTag, int offset) {
        if (!Tag.isPrivateCreator(creatorTag) || offset < 0 || offset > 0xFF) {
            throw new IllegalArgumentException("no private element: creator " + Tag.toString(creatorTag)
                    + " offset 0x" + Integer.toHexString(offset));
        }
        return (creatorTag & 0xFFFF0000) | (creatorTag & 0xFF) << 8 | offset;
    }

    /** The element's offset in its private block: the low byte {@code yy} of {@code (gggg,xxyy)}. */
    public static int offsetOf(int tag) {
        return tag & 0xFF;
    }
}

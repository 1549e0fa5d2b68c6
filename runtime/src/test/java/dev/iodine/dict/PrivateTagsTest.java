package dev.iodine.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.iodine.data.Tag;
import org.junit.jupiter.api.Test;

class PrivateTagsTest {

    @Test
    void elementOfABlockAndBack() {
        assertEquals(0x00091012, PrivateTags.elementTagOf(0x00090010, 0x12));
        assertEquals(0x0029E1FF, PrivateTags.elementTagOf(0x002900E1, 0xFF));
        assertEquals(0x002900E1, Tag.creatorOf(PrivateTags.elementTagOf(0x002900E1, 0xFF)));
        assertEquals(0x12, PrivateTags.offsetOf(0x00091012));
    }

    @Test
    void refusesWhatIsNoBlock() {
        assertThrows(IllegalArgumentException.class, () -> PrivateTags.elementTagOf(0x00091010, 0));
        assertThrows(IllegalArgumentException.class, () -> PrivateTags.elementTagOf(0x00100010, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrivateTags.elementTagOf(0x00090010, 0x100));
        assertEquals("no private element: creator (0009,0010) offset 0x100", e.getMessage());
    }
}

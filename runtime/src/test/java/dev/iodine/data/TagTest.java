package dev.iodine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TagTest {

    @Test
    void formatsAndParsesEveryNotation() {
        assertEquals("(7FE0,0010)", Tag.toString(0x7FE00010));
        assertEquals("FFFEE000", Tag.toHex(Tag.ITEM));
        assertEquals(0x00100010, Tag.parse("(0010,0010)"));
        assertEquals(0x7FE00010, Tag.parse("7fe00010"));
        assertEquals(0x00091001, Tag.parse("0009,1001"));
        assertThrows(IllegalArgumentException.class, () -> Tag.parse("(0010,001G)"));
        assertThrows(IllegalArgumentException.class, () -> Tag.parse("0010"));
    }

    @Test
    void privateBlocksResolveToTheirCreator() {
        assertTrue(Tag.isPrivate(0x00291010));
        assertFalse(Tag.isPrivate(0x00280010));
        assertFalse(Tag.isPrivate(0xFFFEE000));
        assertTrue(Tag.isPrivateCreator(0x00290011));
        assertFalse(Tag.isPrivateCreator(0x00291011));
        assertEquals(0x00290011, Tag.creatorOf(0x002911AB));
        assertEquals(-1, Tag.creatorOf(0x00290011));
    }
}

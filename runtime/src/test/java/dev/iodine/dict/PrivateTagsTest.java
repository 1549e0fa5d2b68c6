package dev.iodine.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrivateTagsTest {

    @Test
    void privateGroupsAreOddExceptTheForbiddenOnes() {
        assertTrue(PrivateTags.isPrivate(0x00091010));
        assertTrue(PrivateTags.isPrivate(0x7FE10010));
        assertFalse(PrivateTags.isPrivate(0x00100010));
        assertFalse(PrivateTags.isPrivate(0x00010010));
        assertFalse(PrivateTags.isPrivate(0x00070010));
        assertFalse(PrivateTags.isPrivate(0xFFFFE000));
    }

    @Test
    void creators() {
        assertTrue(PrivateTags.isPrivateCreator(0x00090010));
        assertTrue(PrivateTags.isPrivateCreator(0x001900FF));
        assertFalse(PrivateTags.isPrivateCreator(0x0009000F));
        assertFalse(PrivateTags.isPrivateCreator(0x00091010));
        assertFalse(PrivateTags.isPrivateCreator(0x00100010));
    }

    @Test
    void creatorArithmetic() {
        assertEquals(0x00090010, PrivateTags.creatorTagOf(0x00091012));
        assertEquals(0x002900E1, PrivateTags.creatorTagOf(0x0029E1FF));
        assertEquals(-1, PrivateTags.creatorTagOf(0x00090010));
        assertEquals(-1, PrivateTags.creatorTagOf(0x00101012));
        assertEquals(0x00091012, PrivateTags.elementTagOf(0x00090010, 0x12));
        assertEquals(0x0029E1FF, PrivateTags.elementTagOf(0x002900E1, 0xFF));
        assertEquals(0x12, PrivateTags.offsetOf(0x00091012));
        assertThrows(IllegalArgumentException.class, () -> PrivateTags.elementTagOf(0x00091010, 0));
        assertThrows(IllegalArgumentException.class, () -> PrivateTags.elementTagOf(0x00090010, 0x100));
    }
}

package dev.iodine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.PersonName.Component;
import dev.iodine.data.PersonName.Group;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void threeGroupsOfFiveComponents() {
        PersonName pn = PersonName.parse("Yamada^Tarou=山田^太郎=やまだ^たろう");
        assertEquals("Yamada", pn.get(Group.ALPHABETIC, Component.FAMILY));
        assertEquals("太郎", pn.get(Group.IDEOGRAPHIC, Component.GIVEN));
        assertEquals("やまだ^たろう", pn.group(Group.PHONETIC));
        assertNull(pn.get(Group.ALPHABETIC, Component.MIDDLE));
        assertEquals("Yamada^Tarou=山田^太郎=やまだ^たろう", pn.toString());
    }

    @Test
    void emptyGroupsAreDistinctFromAbsentOnes() {
        PersonName pn = PersonName.parse("Wang^XiaoDong=");
        assertTrue(pn.hasGroup(Group.IDEOGRAPHIC));
        assertEquals("", pn.group(Group.IDEOGRAPHIC));
        assertFalse(pn.hasGroup(Group.PHONETIC));
    }

    @Test
    void composedNamesDropTrailingDelimiters() {
        PersonName pn = PersonName.of("Doe", "Jane").with(Group.ALPHABETIC, Component.PREFIX, "Dr");
        assertEquals("Doe^Jane^^Dr", pn.toString());
        assertEquals("Doe", PersonName.of("Doe", null).toString());
        assertEquals(PersonName.parse("Doe^Jane^^Dr"), pn);
    }
}

package dev.iodine.dict;

import dev.iodine.data.VR;

/**
 * The data dictionary of PS3.6 and the PS3.7 command group: tag ↔ keyword lookups.
 *
 * <pre>{@code
 * int tag = ElementDictionary.tagOf("PatientName");   // 0x00100010
 * VR vr = ElementDictionary.vrOf(tag);                 // VR.PN
 * }</pre>
 *
 * <p>(Placeholder with an empty table: the generated dictionary replaces it.)
 */
public final class ElementDictionary {

    private ElementDictionary() {
    }

    /** The entry for a tag (repeating groups and group lengths resolved), or {@code null} when unknown. */
    public static DictionaryEntry lookup(int tag) {
        return null;
    }

    /** The tag of a keyword, or {@code -1} when the keyword is unknown. */
    public static int tagOf(String keyword) {
        return -1;
    }

    /** The default VR of a tag; {@link VR#UN} when unknown. */
    public static VR vrOf(int tag) {
        DictionaryEntry e = lookup(tag);
        return e == null ? VR.UN : e.vr();
    }

    /** The keyword of a tag, or the empty string when unknown. */
    public static String keywordOf(int tag) {
        DictionaryEntry e = lookup(tag);
        return e == null ? "" : e.keyword();
    }
}

package dev.iodine.dict;

import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import java.util.List;

/**
 * The data dictionary of PS3.6 and the PS3.7 command group: tag ↔ keyword lookups in O(1).
 *
 * <pre>{@code
 * int tag = ElementDictionary.tagOf("PatientName");   // 0x00100010
 * VR vr = ElementDictionary.vrOf(tag);                 // VR.PN
 * ElementDictionary.keywordOf(0x60023000);             // "OverlayData" (repeating group 60xx)
 * }</pre>
 *
 * <p>Besides the rows of PS3.6, {@link #lookup(int)} resolves the rules of PS3.5: the group length
 * {@code (gggg,0000)} of any group (UL, PS3.5 7.2), the repeating groups {@code 50xx}/{@code 60xx} (even groups
 * 00 to 1E, PS3.5 7.6) and {@code 7Fxx}, and Private Creator elements {@code (gggg,0010-00FF)} (LO, PS3.5 7.8.1).
 * Other private elements are unknown here: their VR comes from the data (UN when implicit).
 *
 * <p>The table is generated from the standard (docs/generators.md) and loaded once, on first use.
 */
public final class ElementDictionary {

    /** The keyword given to group length elements {@code (gggg,0000)} that PS3.6 does not list by name. */
    public static final String GROUP_LENGTH = "GroupLength";
    /** The keyword given to Private Creator elements {@code (gggg,0010-00FF)}. */
    public static final String PRIVATE_CREATOR = "PrivateCreator";

    private static final List<VR> UL = List.of(VR.UL);
    private static final List<VR> LO = List.of(VR.LO);

    /** Loaded on first use, once (class initialisation is thread-safe). */
    private static final class Holder {
        static final ElementTable TABLE = ElementTable.load();
    }

    private ElementDictionary() {
    }

    /**
     * The entry for a tag, or {@code null} when unknown. Repeating groups resolve to the entry of their first
     * group (its {@link DictionaryEntry#tag()} is then that of the first group); group lengths and Private Creator
     * elements resolve to an entry with the asked tag and the keyword {@link #GROUP_LENGTH} or
     * {@link #PRIVATE_CREATOR}.
     */
    public static DictionaryEntry lookup(int tag) {
        ElementTable table = Holder.TABLE;
        DictionaryEntry e = table.exact.get(tag);
        if (e != null) {
            return e;
        }
        if (Tag.isGroupLength(tag)) {
            // PS3.5 7.2: group lengths other than (0000,0000) and (0002,0000) are retired but may still appear.
            return new DictionaryEntry(tag, GROUP_LENGTH, "Group Length", UL, "1", true);
        }
        if (Tag.isPrivate(tag)) {
            return Tag.isPrivateCreator(tag)
                    ? new DictionaryEntry(tag, PRIVATE_CREATOR, "Private Creator", LO, "1", false)
                    : null;
        }
        int group = tag >>> 16;
        if (!table.maskedGroups.get(group)) {
            return null;
        }
        if (((group & 0xFF00) == 0x5000 || (group & 0xFF00) == 0x6000) && (group & 0xFF) > 0x1E) {
            return null; // PS3.5 7.6: curves and overlays repeat only in groups 5000-501E and 6000-601E
        }
        for (int i = 0; i < table.masks.length; i++) {
            e = table.masked.get(i).get(tag & table.masks[i]);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The entry of a keyword, or {@code null} when the keyword is unknown. */
    public static DictionaryEntry lookup(String keyword) {
        return Holder.TABLE.byKeyword.get(keyword);
    }

    /** The tag of a keyword, or {@code -1} when the keyword is unknown. */
    public static int tagOf(String keyword) {
        DictionaryEntry e = lookup(keyword);
        return e == null ? -1 : e.tag();
    }

    /**
     * The default VR of a tag; {@link VR#UN} when unknown, and for the item and delimitation tags, which have
     * no VR.
     */
    public static VR vrOf(int tag) {
        DictionaryEntry e = lookup(tag);
        return e == null || e.vrs().isEmpty() ? VR.UN : e.vr();
    }

    /** The keyword of a tag, or the empty string when unknown. */
    public static String keywordOf(int tag) {
        DictionaryEntry e = lookup(tag);
        return e == null ? "" : e.keyword();
    }

    /** The PS3.6 name of a tag, e.g. {@code Patient's Name}, or the empty string when unknown or unnamed. */
    public static String nameOf(int tag) {
        DictionaryEntry e = lookup(tag);
        return e == null ? "" : e.name();
    }

    /** Every row of the dictionary in the standard's order (repeating groups once, by their first group). */
    public static List<DictionaryEntry> entries() {
        return Holder.TABLE.entries;
    }
}

package dev.iodine.dict;

import java.util.List;

/**
 * The UID registry of PS3.6 (Table A-1 and the well-known UIDs of Annex A): lookups by UID and by keyword.
 *
 * <pre>{@code
 * UidEntry e = UidRegistry.lookup("1.2.840.10008.5.1.4.1.1.481.5");  // RT Plan Storage, a SOP Class
 * String uid = UidRegistry.forKeyword("CTImageStorage").uid();        // "1.2.840.10008.5.1.4.1.1.2"
 * String label = UidRegistry.nameOf("1.2.3.4");                       // "1.2.3.4": unknown, shown as is
 * }</pre>
 *
 * <p>The registry is generated from the standard (docs/generators.md) and loaded once, on first use. Transfer
 * syntaxes with their encoding properties are in {@link TransferSyntax}.
 */
public final class UidRegistry {

    private UidRegistry() {
    }

    /** The entry of a UID, or {@code null} when the UID is not in the registry (e.g. an instance UID). */
    public static UidEntry lookup(String uid) {
        return UidTable.INSTANCE.byUid.get(uid);
    }

    /** The entry of a keyword such as {@code CTImageStorage}, or {@code null} when unknown. */
    public static UidEntry forKeyword(String keyword) {
        return UidTable.INSTANCE.byKeyword.get(keyword);
    }

    /** The registry name of a UID, or the UID itself when it is unknown or unnamed (for listings). */
    public static String nameOf(String uid) {
        UidEntry e = lookup(uid);
        return e == null || e.name().isEmpty() ? uid : e.name();
    }

    /** Every UID of the registry in the standard's order. */
    public static List<UidEntry> entries() {
        return UidTable.INSTANCE.entries;
    }

    /** The UIDs of one type, e.g. {@link UidEntry#SOP_CLASS}, in the standard's order. */
    public static List<UidEntry> entriesOfType(String type) {
        return entries().stream().filter(e -> e.type().equals(type)).toList();
    }
}

package dev.iodine.dict;

/**
 * One UID of the PS3.6 registry (Table A-1 and the well-known UIDs of Annex A).
 *
 * <pre>{@code
 * UidEntry e = UidRegistry.lookup("1.2.840.10008.5.1.4.1.1.2");
 * e.keyword();   // "CTImageStorage"
 * e.type();      // "SOP Class"
 * }</pre>
 *
 * @param uid the UID
 * @param keyword the PS3.6 keyword; empty for the two retired SOP classes PS3.6 leaves unnamed
 * @param name the name, e.g. {@code CT Image Storage}; empty where PS3.6 gives none
 * @param type the type as PS3.6 writes it, e.g. {@link #TRANSFER_SYNTAX}, {@link #SOP_CLASS},
 *     {@code Well-known SOP Instance}, {@code Well-known frame of reference}, {@code Coding Scheme}
 * @param info the remark of the registry, e.g. {@code Default Transfer Syntax for DICOM}; often empty
 * @param retired whether PS3.6 marks the UID retired
 */
public record UidEntry(String uid, String keyword, String name, String type, String info, boolean retired) {

    /** The type of transfer syntax UIDs. */
    public static final String TRANSFER_SYNTAX = "Transfer Syntax";
    /** The type of SOP Class UIDs. */
    public static final String SOP_CLASS = "SOP Class";
    /** The type of Meta SOP Class UIDs. */
    public static final String META_SOP_CLASS = "Meta SOP Class";

    /** Whether the UID names a transfer syntax; {@link TransferSyntax#forUid(String)} then gives its encoding. */
    public boolean isTransferSyntax() {
        return type.equals(TRANSFER_SYNTAX);
    }

    /** Whether the UID names a SOP class (not a Meta SOP Class). */
    public boolean isSopClass() {
        return type.equals(SOP_CLASS);
    }
}

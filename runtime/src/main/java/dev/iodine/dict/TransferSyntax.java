package dev.iodine.dict;

/**
 * A transfer syntax and the encoding properties a reader and writer need (PS3.5 Section 10 and Annex A).
 *
 * <pre>{@code
 * TransferSyntax ts = TransferSyntax.forUid("1.2.840.10008.1.2.1");
 * if (ts.explicitVR() && !ts.bigEndian()) { ... }
 * }</pre>
 *
 * <p>(Placeholder with the four uncompressed syntaxes: the generated registry replaces it.)
 */
public final class TransferSyntax {

    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2", "ImplicitVRLittleEndian", "Implicit VR Little Endian", false, false, false, false, false, true);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1", "ExplicitVRLittleEndian", "Explicit VR Little Endian", true, false, false, false, false, true);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1.99", "DeflatedExplicitVRLittleEndian", "Deflated Explicit VR Little Endian", true, false, true, false, false, true);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.2", "ExplicitVRBigEndian", "Explicit VR Big Endian", true, true, false, false, true, true);

    private final String uid;
    private final String keyword;
    private final String name;
    private final boolean explicitVR;
    private final boolean bigEndian;
    private final boolean deflated;
    private final boolean encapsulated;
    private final boolean retired;
    private final boolean known;

    private TransferSyntax(String uid, String keyword, String name, boolean explicitVR, boolean bigEndian,
            boolean deflated, boolean encapsulated, boolean retired, boolean known) {
        this.uid = uid;
        this.keyword = keyword;
        this.name = name;
        this.explicitVR = explicitVR;
        this.bigEndian = bigEndian;
        this.deflated = deflated;
        this.encapsulated = encapsulated;
        this.retired = retired;
        this.known = known;
    }

    /**
     * The transfer syntax of a UID; never null. A UID not in the registry is taken as an encapsulated explicit VR
     * little endian syntax (every syntax defined since 1993 is), with {@link #known()} false.
     */
    public static TransferSyntax forUid(String uid) {
        for (TransferSyntax ts : new TransferSyntax[] {IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN,
                DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN}) {
            if (ts.uid.equals(uid)) {
                return ts;
            }
        }
        return new TransferSyntax(uid, "", uid, true, false, false, true, false, false);
    }

    public String uid() { return uid; }
    public String keyword() { return keyword; }
    public String name() { return name; }
    public boolean explicitVR() { return explicitVR; }
    public boolean bigEndian() { return bigEndian; }
    public boolean deflated() { return deflated; }
    /** Whether Pixel Data is encapsulated (PS3.5 A.4): fragments in items, with a basic offset table. */
    public boolean encapsulated() { return encapsulated; }
    public boolean retired() { return retired; }
    /** Whether the UID is in the registry. */
    public boolean known() { return known; }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}

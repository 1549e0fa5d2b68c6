package dev.iodine.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A transfer syntax and the encoding properties a reader and writer need (PS3.5 Section 10 and Annex A). Every
 * transfer syntax of the PS3.6 registry is known, with properties generated from the standard's data
 * (docs/generators.md).
 *
 * <pre>{@code
 * TransferSyntax ts = TransferSyntax.forUid("1.2.840.10008.1.2.1");
 * if (ts.explicitVR() && !ts.bigEndian()) { ... }
 * TransferSyntax target = TransferSyntax.of("DeflatedExplicitVRLittleEndian");   // UID or keyword
 * for (TransferSyntax each : TransferSyntax.uncompressed()) { ... }
 * }</pre>
 */
public final class TransferSyntax {

    /** Implicit VR Little Endian, the DICOM default (PS3.5 A.1). */
    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN = Registry.require(UIDs.ImplicitVRLittleEndian);
    /** Explicit VR Little Endian (PS3.5 A.2). */
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN = Registry.require(UIDs.ExplicitVRLittleEndian);
    /** Deflated Explicit VR Little Endian (PS3.5 A.5). */
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN =
            Registry.require(UIDs.DeflatedExplicitVRLittleEndian);
    /** Explicit VR Big Endian (PS3.5 A.3), retired. */
    @SuppressWarnings("deprecation")
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN = Registry.require(UIDs.ExplicitVRBigEndian);

    private static final String NATIVE = "native";
    private static final String ENCAPSULATED = "encapsulated";

    /** The syntaxes of the registry, built from {@link UidTable} on first use of this class. */
    private static final class Registry {
        static final List<TransferSyntax> ALL;
        static final Map<String, TransferSyntax> BY_UID;
        static final Map<String, TransferSyntax> BY_KEYWORD;

        static {
            UidTable table = UidTable.INSTANCE;
            Map<String, TransferSyntax> byUid = new HashMap<>();
            Map<String, TransferSyntax> byKeyword = new HashMap<>();
            List<TransferSyntax> all = new ArrayList<>();
            table.encodings.forEach((uid, e) -> {
                UidEntry entry = table.byUid.get(uid);
                TransferSyntax ts = new TransferSyntax(uid, entry.keyword(), entry.name(), e[0].equals("Y"),
                        e[1].equals("Y"), e[2].equals("Y"), e[3], entry.retired(), true);
                all.add(ts);
                byUid.put(uid, ts);
                byKeyword.put(ts.keyword, ts);
            });
            ALL = Collections.unmodifiableList(all);
            BY_UID = byUid;
            BY_KEYWORD = byKeyword;
        }

        static TransferSyntax require(String uid) {
            TransferSyntax ts = BY_UID.get(uid);
            if (ts == null) {
                throw new IllegalStateException("transfer syntax " + uid + " missing from the generated registry");
            }
            return ts;
        }
    }

    private final String uid;
    private final String keyword;
    private final String name;
    private final boolean explicitVR;
    private final boolean bigEndian;
    private final boolean deflated;
    private final String pixels;
    private final boolean retired;
    private final boolean known;

    private TransferSyntax(String uid, String keyword, String name, boolean explicitVR, boolean bigEndian,
            boolean deflated, String pixels, boolean retired, boolean known) {
        this.uid = uid;
        this.keyword = keyword;
        this.name = name;
        this.explicitVR = explicitVR;
        this.bigEndian = bigEndian;
        this.deflated = deflated;
        this.pixels = pixels;
        this.retired = retired;
        this.known = known;
    }

    /**
     * The transfer syntax of a UID; never null. A UID not in the registry is taken as an encapsulated explicit VR
     * little endian syntax (every syntax defined since 1993 is), with {@link #known()} false.
     */
    public static TransferSyntax forUid(String uid) {
        TransferSyntax ts = Registry.BY_UID.get(uid);
        return ts != null ? ts : new TransferSyntax(uid, "", uid, true, false, false, ENCAPSULATED, false, false);
    }

    /** The transfer syntax of a PS3.6 keyword such as {@code ExplicitVRLittleEndian}, or {@code null} when unknown. */
    public static TransferSyntax forKeyword(String keyword) {
        return Registry.BY_KEYWORD.get(keyword);
    }

    /**
     * The transfer syntax named by a UID or a keyword, as a user would type it (e.g. on the command line).
     *
     * @throws IllegalArgumentException when the text is neither a transfer syntax UID of the registry nor a keyword
     */
    public static TransferSyntax of(String uidOrKeyword) {
        TransferSyntax ts = Registry.BY_UID.get(uidOrKeyword);
        if (ts == null) {
            ts = forKeyword(uidOrKeyword);
        }
        if (ts == null) {
            throw new IllegalArgumentException("unknown transfer syntax \"" + uidOrKeyword
                    + "\": expected a UID or keyword of PS3.6, e.g. " + EXPLICIT_VR_LITTLE_ENDIAN.uid + " or "
                    + EXPLICIT_VR_LITTLE_ENDIAN.keyword);
        }
        return ts;
    }

    /** Every transfer syntax of the registry, in the standard's order. */
    public static List<TransferSyntax> all() {
        return Registry.ALL;
    }

    /**
     * The syntaxes a data set with native Pixel Data can be written in without compressing it: those with
     * {@link #nativePixelData()} (implicit and explicit VR little endian, deflated, explicit VR big endian, and the
     * retired Papyrus 3 implicit VR little endian).
     */
    public static List<TransferSyntax> uncompressed() {
        return Registry.ALL.stream().filter(TransferSyntax::nativePixelData).collect(Collectors.toUnmodifiableList());
    }

    public String uid() { return uid; }
    /** The PS3.6 keyword, e.g. {@code ExplicitVRLittleEndian}; empty when unknown. */
    public String keyword() { return keyword; }
    /** The PS3.6 name; the UID itself when unknown. */
    public String name() { return name; }
    /** Whether data elements carry their VR (PS3.5 7.1.2); false only for implicit VR syntaxes. */
    public boolean explicitVR() { return explicitVR; }
    /** Whether binary values and tags are big endian (PS3.5 7.3, A.3). */
    public boolean bigEndian() { return bigEndian; }
    /** Whether the data set after the File Meta Information is deflated (PS3.5 A.5, A.7, A.12). */
    public boolean deflated() { return deflated; }
    /** Whether Pixel Data is encapsulated (PS3.5 A.4): fragments in items, with a basic offset table. */
    public boolean encapsulated() { return pixels.equals(ENCAPSULATED); }
    /**
     * Whether Pixel Data, when present, is native (PS3.5 8.1.1); false for encapsulated syntaxes and for those
     * whose pixels are outside the data set (JPIP referenced, PS3.5 A.6; SMPTE ST 2110 for DICOM-RTV, PS3.5 A.8).
     */
    public boolean nativePixelData() { return pixels.equals(NATIVE); }
    /** Whether PS3.6 lists the syntax as retired. */
    public boolean retired() { return retired; }
    /** Whether the UID is in the registry. */
    public boolean known() { return known; }

    /** Two transfer syntaxes are equal when their UIDs are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TransferSyntax ts && ts.uid.equals(uid);
    }

    @Override
    public int hashCode() {
        return uid.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}

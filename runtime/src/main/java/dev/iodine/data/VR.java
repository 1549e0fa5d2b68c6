package dev.iodine.data;

/**
 * The 34 value representations of PS3.5 Table 6.2-1, with the encoding facts a reader and writer need.
 *
 * <pre>{@code
 * VR vr = VR.of('D', 'S');           // VR.DS
 * boolean longHeader = vr.longHeader(); // false: 2-byte length in explicit VR
 * }</pre>
 */
public enum VR {
    AE(Kind.STRING, false, ' ', 16),
    AS(Kind.STRING, false, ' ', 4),
    AT(Kind.BINARY, false, 0, 4),
    CS(Kind.STRING, false, ' ', 16),
    DA(Kind.STRING, false, ' ', 8),
    DS(Kind.STRING, false, ' ', 16),
    DT(Kind.STRING, false, ' ', 26),
    FD(Kind.BINARY, false, 0, 8),
    FL(Kind.BINARY, false, 0, 4),
    IS(Kind.STRING, false, ' ', 12),
    LO(Kind.TEXT_MULTI, false, ' ', 64),
    LT(Kind.TEXT, false, ' ', 10240),
    OB(Kind.BINARY, true, 0, 0),
    OD(Kind.BINARY, true, 0, 0),
    OF(Kind.BINARY, true, 0, 0),
    OL(Kind.BINARY, true, 0, 0),
    OV(Kind.BINARY, true, 0, 0),
    OW(Kind.BINARY, true, 0, 0),
    PN(Kind.TEXT_MULTI, false, ' ', 64),
    SH(Kind.TEXT_MULTI, false, ' ', 16),
    SL(Kind.BINARY, false, 0, 4),
    SQ(Kind.SEQUENCE, true, 0, 0),
    SS(Kind.BINARY, false, 0, 2),
    ST(Kind.TEXT, false, ' ', 1024),
    SV(Kind.BINARY, true, 0, 8),
    TM(Kind.STRING, false, ' ', 14),
    UC(Kind.TEXT_MULTI, true, ' ', 0),
    UI(Kind.STRING, false, 0, 64),
    UL(Kind.BINARY, false, 0, 4),
    UN(Kind.BINARY, true, 0, 0),
    UR(Kind.TEXT, true, ' ', 0),
    US(Kind.BINARY, false, 0, 2),
    UT(Kind.TEXT, true, ' ', 0),
    UV(Kind.BINARY, true, 0, 8);

    /** How the bytes of a value are interpreted. */
    public enum Kind {
        /** Default-repertoire strings (never affected by Specific Character Set), backslash-separated values. */
        STRING,
        /** Strings in the Specific Character Set, backslash-separated values. */
        TEXT_MULTI,
        /** Strings in the Specific Character Set, a single value in which backslash is an ordinary character. */
        TEXT,
        /** Fixed-size binary numbers or opaque bytes in the transfer syntax's byte order. */
        BINARY,
        /** A sequence of items. */
        SEQUENCE
    }

    private static final VR[] BY_CODE = new VR[26 * 26];

    static {
        for (VR vr : values()) {
            BY_CODE[index(vr.name().charAt(0), vr.name().charAt(1))] = vr;
        }
    }

    private final Kind kind;
    private final boolean longHeader;
    private final byte padding;
    private final int limit;
    private final int code;

    VR(Kind kind, boolean longHeader, int padding, int limit) {
        this.kind = kind;
        this.longHeader = longHeader;
        this.padding = (byte) padding;
        this.limit = limit;
        this.code = (name().charAt(0) << 8) | name().charAt(1);
    }

    private static int index(int c1, int c2) {
        return (c1 - 'A') * 26 + (c2 - 'A');
    }

    /**
     * The VR named by two ASCII characters as they appear in an explicit VR header, or {@code null} when the two
     * bytes name no VR of PS3.5 (the caller decides whether that is an error).
     */
    public static VR of(int c1, int c2) {
        if (c1 < 'A' || c1 > 'Z' || c2 < 'A' || c2 > 'Z') {
            return null;
        }
        return BY_CODE[index(c1, c2)];
    }

    /** The VR for a two-letter code such as {@code "DS"}; throws for anything else. */
    public static VR of(String code) {
        VR vr = code.length() == 2 ? of(code.charAt(0), code.charAt(1)) : null;
        if (vr == null) {
            throw new IllegalArgumentException("not a DICOM VR: \"" + code + "\"");
        }
        return vr;
    }

    /** The two ASCII characters of the VR as a big-endian 16-bit number, as written in explicit VR headers. */
    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether explicit VR encoding uses the 12-byte header (2 reserved bytes and a 32-bit length), PS3.5 7.1.2.
     */
    public boolean longHeader() {
        return longHeader;
    }

    /** The byte that pads a value to even length: space for character VRs, NUL for UI and binary VRs (PS3.5 6.2). */
    public byte padding() {
        return padding;
    }

    /** Whether the value is text (any of the three string kinds). */
    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.TEXT_MULTI || kind == Kind.TEXT;
    }

    /** Whether backslash separates values (false for LT, ST, UT, UR, whose single value may contain it). */
    public boolean isMultiValuedString() {
        return kind == Kind.STRING || kind == Kind.TEXT_MULTI;
    }

    /** Whether the Specific Character Set (0008,0005) applies to the value (PS3.5 6.1.2.3). */
    public boolean usesSpecificCharacterSet() {
        return kind == Kind.TEXT_MULTI || kind == Kind.TEXT;
    }

    /**
     * For string VRs, the maximum length of one value in characters (bytes for the default repertoire);
     * for fixed-size binary VRs, the size of one value in bytes; 0 where the standard sets no limit.
     */
    public int limit() {
        return limit;
    }

    /** For fixed-size binary VRs (AT, FL, FD, SL, SS, SV, UL, US, UV), the size of one value; 0 otherwise. */
    public int binaryValueSize() {
        return kind == Kind.BINARY && !longHeader ? limit : switch (this) {
            case SV, UV, OD, OV -> 8;
            case OF, OL -> 4;
            case OW -> 2;
            case OB, UN -> 1;
            default -> 0;
        };
    }
}

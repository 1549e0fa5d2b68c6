package dev.iodine.bind;

import java.math.BigInteger;
import java.util.UUID;

/**
 * UIDs derived from UUIDs under the root {@code 2.25} (PS3.5 B.2): unique without a registered organisation root,
 * at most 44 characters, so always within the 64 of a UI value.
 *
 * <pre>{@code
 * dataset.setString(Tags.SOPInstanceUID, VR.UI, UuidUid.random());
 * }</pre>
 */
public final class UuidUid {

    private UuidUid() {
    }

    /** A new UID from a random (version 4) UUID. */
    public static String random() {
        return of(UUID.randomUUID());
    }

    /** The UID of a UUID: {@code 2.25.} followed by the UUID's 128 bits as an unsigned decimal integer. */
    public static String of(UUID uuid) {
        byte[] bits = new byte[17];    // a leading zero byte keeps the value unsigned
        long hi = uuid.getMostSignificantBits();
        long lo = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bits[1 + i] = (byte) (hi >>> (56 - 8 * i));
            bits[9 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return "2.25." + new BigInteger(bits);
    }
}

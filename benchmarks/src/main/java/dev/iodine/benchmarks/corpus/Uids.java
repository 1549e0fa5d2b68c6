package dev.iodine.benchmarks.corpus;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic UIDs for the generated corpus: {@code 2.25.} followed by a name-based UUID as a decimal number
 * (PS3.5 B.2), so that the same name gives the same UID on every run and different names never collide.
 */
final class Uids {

    private Uids() {
    }

    /** The UID for a name such as {@code "ct/study"} or {@code "ct/sop/17"}. */
    static String of(String name) {
        UUID u = UUID.nameUUIDFromBytes(("iodine-bench/" + name).getBytes(StandardCharsets.UTF_8));
        BigInteger hi = BigInteger.valueOf(u.getMostSignificantBits()).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        BigInteger lo = BigInteger.valueOf(u.getLeastSignificantBits()).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        return "2.25." + hi.shiftLeft(64).or(lo);
    }
}

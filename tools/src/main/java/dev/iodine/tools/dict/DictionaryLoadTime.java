package dev.iodine.tools.dict;

import dev.iodine.dict.ElementDictionary;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.dict.UidRegistry;

/**
 * Measures, in a fresh JVM, how long the first use of the generated dictionary takes (class loading and parsing
 * of the resources), then the speed of warm lookups. Start it several times and take the minimum: the first use
 * is a one-off cost that a busy machine inflates.
 *
 * <pre>{@code
 * java -cp runtime/target/classes:tools/target/classes dev.iodine.tools.dict.DictionaryLoadTime
 * }</pre>
 */
public final class DictionaryLoadTime {

    private static final int WARM_LOOKUPS = 10_000_000;

    private DictionaryLoadTime() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        int tag = ElementDictionary.tagOf("PatientName");
        long t1 = System.nanoTime();
        String uid = UidRegistry.forKeyword("CTImageStorage").uid();
        long t2 = System.nanoTime();
        boolean explicit = TransferSyntax.forUid("1.2.840.10008.1.2.1").explicitVR();
        long t3 = System.nanoTime();
        System.out.printf("first use: ElementDictionary %.1f ms (%d entries), UidRegistry %.1f ms (%d UIDs), "
                + "TransferSyntax %.1f ms (%d syntaxes)%n", (t1 - t0) / 1e6, ElementDictionary.entries().size(),
                (t2 - t1) / 1e6, UidRegistry.entries().size(), (t3 - t2) / 1e6, TransferSyntax.all().size());
        int hits = 0;
        long t4 = System.nanoTime();
        for (int i = 0; i < WARM_LOOKUPS; i++) {
            // Cycles through the first elements of groups 0008-0028 and an overlay group.
            int probe = i % 3 == 0 ? 0x60023000 : 0x00080000 | (i & 0x1F) << 16 | (i & 0xFF);
            if (ElementDictionary.lookup(probe) != null) {
                hits++;
            }
        }
        long t5 = System.nanoTime();
        System.out.printf("warm: %.1f ns per tag lookup (%d of %d found); checks: %08X %s %s%n",
                (double) (t5 - t4) / WARM_LOOKUPS, hits, WARM_LOOKUPS, tag, uid, explicit);
    }
}

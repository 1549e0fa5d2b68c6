package dev.iodine.tools.dict;

import dev.iodine.dict.ElementDictionary;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.dict.UidRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

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
        // CPU time of this thread: on a shared machine, wall time mostly measures the other processes.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int tag = ElementDictionary.tagOf("PatientName");
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        String uid = UidRegistry.forKeyword("CTImageStorage").uid();
        boolean explicit = TransferSyntax.forUid("1.2.840.10008.1.2.1").explicitVR();
        long c2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("first use: ElementDictionary %.1f ms CPU, %.1f ms wall (%d entries); UidRegistry + "
                + "TransferSyntax %.1f ms CPU (%d UIDs, %d syntaxes)%n", (c1 - c0) / 1e6, (t1 - t0) / 1e6,
                ElementDictionary.entries().size(), (c2 - c1) / 1e6, UidRegistry.entries().size(),
                TransferSyntax.all().size());
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

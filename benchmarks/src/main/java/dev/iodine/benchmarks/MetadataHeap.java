package dev.iodine.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The heap cost of a header-only read of the multi-frame file, which JMH's {@code -prof gc} gives only as an
 * allocation rate: bytes allocated by one read (thread allocation counter, median of many reads after warm-up)
 * and bytes the result keeps reachable (used heap after a full GC with and without the result held).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.iodine.benchmarks.MetadataHeap [FILE]}
 */
public final class MetadataHeap {

    private static final int RUNS = 200;

    private MetadataHeap() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : BenchCorpus.files("multiframe").get(0);
        report("stop before pixel data", file, ReadOptions.DEFAULT.withStopBeforePixelData(true));
        report("defer pixel data (64 KB)", file, ReadOptions.DEFAULT.withDeferSize(64 * 1024));
    }

    private static void report(String label, Path file, ReadOptions options) throws IOException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long[] allocated = new long[RUNS];
        long[] nanos = new long[RUNS];
        for (int warm = 0; warm < RUNS; warm++) {
            DicomReader.read(file, options);
        }
        for (int r = 0; r < RUNS; r++) {
            long a = threads.getThreadAllocatedBytes(id);
            long t = System.nanoTime();
            DicomReader.read(file, options);
            nanos[r] = System.nanoTime() - t;
            allocated[r] = threads.getThreadAllocatedBytes(id) - a;
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        DicomFile held = DicomReader.read(file, options);
        long retained = usedAfterGc(memory) - before;
        System.out.printf("%s: %s%n  time median %.2f ms (min %.2f), allocated median %.2f MB, retained %.2f MB (%d elements at top level)%n",
                label, file, median(nanos) / 1e6, Arrays.stream(nanos).min().getAsLong() / 1e6,
                median(allocated) / 1e6, retained / 1e6, held.dataset().size());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}

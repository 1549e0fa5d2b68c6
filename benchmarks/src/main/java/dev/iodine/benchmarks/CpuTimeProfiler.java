package dev.iodine.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark JVM (all its threads: the benchmark, GC, JIT) per operation, for a shared machine
 * where wall-clock throughput mostly measures how much CPU the other tenants left: {@code cpu.us/op} and its
 * inverse {@code cpu.ops/s} (operations per CPU second, what an idle core would give).
 *
 * <p>Usage: {@code java -jar benchmarks.jar RtPlanBenchmark -prof dev.iodine.benchmarks.CpuTimeProfiler}
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation (benchmark, GC and JIT threads)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        double cpuNanos = os.getProcessCpuTime() - start;
        long ops = result.getMetadata().getMeasuredOps();
        return List.of(new ScalarResult("cpu.us/op", cpuNanos / 1e3 / ops, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.ops/s", ops / (cpuNanos / 1e9), "ops/cpu-s", AggregationPolicy.AVG));
    }
}

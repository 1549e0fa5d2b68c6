package dev.iodine.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmarks whose operation is one file of a corpus part, so that ops/s is files/s (JMH applies these
 * annotations to the subclasses). The defaults are short but stable enough on a shared 2-core machine; override
 * them on the command line ({@code -wi -i -w -r -f}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class PerFileBenchmark {

    FileCycle files;

    /** The corpus part read: {@code ct-explicit}, {@code ct-implicit}, {@code rtplan}. */
    protected abstract String part();

    @Setup
    public void setUpFiles() {
        files = new FileCycle(part());
    }
}

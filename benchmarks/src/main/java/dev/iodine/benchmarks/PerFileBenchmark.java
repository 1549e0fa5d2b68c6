package dev.iodine.benchmarks;

import org.openjdk.jmh.annotations.Setup;

/**
 * Benchmarks whose operation is one file of a corpus part, so that ops/s is files/s.
 */
public abstract class PerFileBenchmark extends BenchmarkDefaults {

    FileCycle files;

    /** The corpus part read: {@code ct-explicit}, {@code ct-implicit}, {@code rtplan}. */
    protected abstract String part();

    @Setup
    public void setUpFiles() {
        files = new FileCycle(part());
    }
}

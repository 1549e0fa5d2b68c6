package dev.iodine.benchmarks;

/**
 * RT plans of 10 beams x 100 control points (about 16,500 elements, mostly DS), one file per operation
 * (ops/s = files/s): the raw read ceiling, the read with nothing decoded, and the full parse.
 */
public class RtPlanBenchmark extends ReadBenchmark {

    @Override
    protected String part() {
        return "rtplan";
    }
}

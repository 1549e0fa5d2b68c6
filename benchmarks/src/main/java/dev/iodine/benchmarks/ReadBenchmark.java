package dev.iodine.benchmarks;

import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What every read benchmark measures on its files: the raw read ceiling, the read with nothing decoded, and the
 * full parse ({@link FullParse}).
 */
public abstract class ReadBenchmark extends PerFileBenchmark {

    @Benchmark
    public byte[] ceiling() throws IOException {
        return RawRead.read(files.next());
    }

    @Benchmark
    public DicomFile readNothingDecoded() throws IOException {
        return DicomReader.read(files.next());
    }

    @Benchmark
    public int fullParse(Blackhole bh) throws IOException {
        return FullParse.walk(DicomReader.read(files.next()), bh::consume);
    }
}

package dev.iodine.benchmarks;

import dev.iodine.data.Tag;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The metadata of the 500 MB Enhanced CT (1000 frames, one per-frame functional groups item each): time per read
 * (run with {@code -prof gc} for the bytes allocated per read). Stop before pixel data, or defer the pixel data
 * (left in the file as {@link dev.iodine.data.BulkData}, so the elements after it would be read too); the header
 * fully decoded; the raw read of the header's bytes (everything before Pixel Data) and of the whole file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MultiFrameBenchmark extends BenchmarkDefaults {

    private static final ReadOptions STOP = ReadOptions.DEFAULT.withStopBeforePixelData(true);
    private static final ReadOptions DEFER = ReadOptions.DEFAULT.withDeferSize(64 * 1024);

    private Path file;
    private long headerBytes;

    @Setup
    public void setUp() throws IOException {
        file = BenchCorpus.files("multiframe").get(0);
        DicomFile f = DicomReader.read(file, DEFER);
        headerBytes = f.dataset().getBulkData(Tag.PIXEL_DATA).offset();
        System.out.printf("%n%s: Pixel Data value at offset %d (header %d KB)%n", file, headerBytes, headerBytes / 1024);
    }

    @Benchmark
    public DicomFile stopBeforePixelData() throws IOException {
        return DicomReader.read(file, STOP);
    }

    @Benchmark
    public DicomFile deferPixelData() throws IOException {
        return DicomReader.read(file, DEFER);
    }

    @Benchmark
    public int stopBeforePixelDataDecoded(Blackhole bh) throws IOException {
        return FullParse.walk(DicomReader.read(file, STOP), bh::consume);
    }

    @Benchmark
    public byte[] ceilingHeaderBytes() throws IOException {
        return RawRead.read(file, headerBytes);
    }

    @Benchmark
    public byte[] ceilingWholeFile() throws IOException {
        return RawRead.read(file);
    }
}

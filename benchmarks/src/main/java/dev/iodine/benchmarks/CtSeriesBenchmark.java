package dev.iodine.benchmarks;

import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The 400-slice 512 x 512 CT series in both little endian syntaxes, one file per operation (ops/s = files/s;
 * times the mean file size printed at setup gives MB/s): besides the {@link ReadBenchmark} trio, the full parse
 * with the pixel data copied into a {@code byte[]}, a header-only read (stop before pixel data) and the header
 * fully decoded.
 */
public class CtSeriesBenchmark extends ReadBenchmark {

    private static final ReadOptions HEADER = ReadOptions.DEFAULT.withStopBeforePixelData(true);

    @Param({"ct-explicit", "ct-implicit"})
    public String series;

    @Override
    protected String part() {
        return series;
    }

    @Benchmark
    public DicomFile headerOnly() throws IOException {
        return DicomReader.read(files.next(), HEADER);
    }

    @Benchmark
    public int fullParseCopyingPixels(Blackhole bh) throws IOException {
        return FullParse.walkCopyingPixels(DicomReader.read(files.next()), bh::consume);
    }

    @Benchmark
    public int headerOnlyDecoded(Blackhole bh) throws IOException {
        return FullParse.walk(DicomReader.read(files.next(), HEADER), bh::consume);
    }
}

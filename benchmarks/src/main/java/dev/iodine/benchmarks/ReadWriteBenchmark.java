package dev.iodine.benchmarks;

import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.DicomWriter;
import dev.iodine.io.WriteOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Read a file and write it to a new file, one file per operation (ops/s = files/s): as read (an untouched file
 * copied as its bytes; with one value changed), and re-encoded into Implicit VR Little Endian (every element header rewritten). The
 * ceiling reads the same bytes through a {@link java.nio.channels.FileChannel} and writes them unparsed.
 */
public class ReadWriteBenchmark extends PerFileBenchmark {

    private static final WriteOptions TO_IMPLICIT = WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);

    @Param({"ct-explicit", "rtplan"})
    public String part;

    private Path dir;
    private Path out;

    @Override
    protected String part() {
        return part;
    }

    @Setup
    public void setUpOutput() throws IOException {
        dir = Files.createTempDirectory("iodine-bench-write");
        out = dir.resolve("out.dcm");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The bytes written unparsed the way {@link DicomWriter} writes a file: a new file, then renamed over the target. */
    @Benchmark
    public Path ceiling() throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(RawRead.read(files.next()));
        Path tmp = Files.createTempFile(dir, ".out.dcm", ".part");
        // One channel write of the whole array (Files.write would write it in 8 KB pieces).
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
        }
        return Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Benchmark
    public Path asRead() throws IOException {
        DicomFile f = DicomReader.read(files.next());
        DicomWriter.write(out, f);
        return out;
    }

    /**
     * As read after one top-level change: the top-level data set is encoded element by element, its untouched
     * sequence items are copied as their verbatim bytes (an untouched file is copied whole by {@link #asRead}).
     */
    @Benchmark
    public Path asReadOneValueChanged() throws IOException {
        DicomFile f = DicomReader.read(files.next());
        f.dataset().setString(Tags.PatientName, VR.PN, "Changed^Name");
        DicomWriter.write(out, f);
        return out;
    }

    /** Every element header rewritten: the encoder's cost, element by element. */
    @Benchmark
    public Path toImplicitVR() throws IOException {
        DicomFile f = DicomReader.read(files.next());
        DicomWriter.write(out, f, TO_IMPLICIT);
        return out;
    }
}

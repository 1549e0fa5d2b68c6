package dev.iodine.benchmarks.corpus;

import dev.iodine.data.Dataset;
import dev.iodine.data.Tag;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.io.DicomWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a generated file: {@link DicomWriter} writes the preamble, File Meta Information and the data set, then
 * the native Pixel Data (OW) is appended as the last element, streamed frame by frame, because a 500 MB value
 * should not have to be built in memory first. Only little endian syntaxes are used.
 */
final class Part10Output {

    private Part10Output() {
    }

    static void write(Path file, Dataset dataset, TransferSyntax ts, CtFrames pixels) throws IOException {
        // Written beside, then renamed: an interrupted run never leaves a truncated file under the final name.
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 20)) {
            DicomWriter.write(out, DicomWriter.newFile(dataset, ts));
            if (pixels != null) {
                pixelDataHeader(out, (int) pixels.length(), ts.explicitVR());
                pixels.writeTo(out);
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** (7FE0,0010), then {@code OW} and two reserved bytes in explicit VR, then the 32-bit length (PS3.5 7.1). */
    private static void pixelDataHeader(OutputStream out, int length, boolean explicit) throws IOException {
        int2(out, Tag.PIXEL_DATA >>> 16);
        int2(out, Tag.PIXEL_DATA);
        if (explicit) {
            out.write('O');
            out.write('W');
            int2(out, 0);
        }
        int2(out, length);
        int2(out, length >>> 16);
    }

    private static void int2(OutputStream out, int v) throws IOException {
        out.write(v);
        out.write(v >>> 8);
    }
}

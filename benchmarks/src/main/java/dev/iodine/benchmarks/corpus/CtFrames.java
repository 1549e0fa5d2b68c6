package dev.iodine.benchmarks.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;

/**
 * Native 16-bit CT pixel data, little endian, generated frame by frame so that a 500 MB file never has to be held
 * in memory: an elliptic water phantom with a bone ring in air, with noise from a fixed seed. The values only need
 * to look like CT (stored value = HU + 1024, rescale intercept -1024); nobody decodes them in the benchmarks.
 *
 * @param rows rows per frame
 * @param columns columns per frame
 * @param frames number of frames
 * @param seed seed of the noise
 */
record CtFrames(int rows, int columns, int frames, long seed) {

    /** Length of the Pixel Data value in bytes. */
    long length() {
        return (long) rows * columns * 2 * frames;
    }

    /** Writes every frame, in order, to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        Random noise = new Random(seed);
        byte[] row = new byte[columns * 2];
        for (int f = 0; f < frames; f++) {
            // The phantom narrows slowly along the series so that frames differ.
            double a = columns * (0.42 - 0.1 * f / Math.max(1, frames));
            double b = rows * 0.30;
            for (int y = 0; y < rows; y++) {
                double dy = (y - rows / 2.0) / b;
                for (int x = 0; x < columns; x++) {
                    double dx = (x - columns / 2.0) / a;
                    double r = dx * dx + dy * dy;
                    int hu = r > 1 ? -1000 : r > 0.85 ? 700 : 40;
                    int stored = Math.max(0, hu + 1024 + noise.nextInt(41) - 20);
                    row[2 * x] = (byte) stored;
                    row[2 * x + 1] = (byte) (stored >>> 8);
                }
                out.write(row);
            }
        }
    }
}

package dev.iodine.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The ceiling every read is compared with: the file's bytes read through a {@link FileChannel} into a new heap
 * array, with no parsing at all (a parser has to get the bytes into memory at least once).
 */
public final class RawRead {

    private RawRead() {
    }

    /** The first {@code limit} bytes of the file (all of it when shorter). */
    public static byte[] read(Path file, long limit) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = new byte[(int) Math.min(ch.size(), limit)];
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read may return fewer bytes than asked: loop until full
            }
            return bytes;
        }
    }

    public static byte[] read(Path file) throws IOException {
        return read(file, Integer.MAX_VALUE - 8);
    }
}

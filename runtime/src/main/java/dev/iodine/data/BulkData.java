package dev.iodine.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A value left in its file: a reader with a defer size records where a large value is instead of reading it, and
 * {@link #load()} reads it when asked. The bytes are in the byte order of the file's transfer syntax.
 *
 * <pre>{@code
 * BulkData pixels = (BulkData) dataset.getValue(Tag.PIXEL_DATA);
 * byte[] bytes = pixels.load();     // reads pixels.length() bytes at pixels.offset() of pixels.path()
 * }</pre>
 *
 * @param path the file holding the value
 * @param offset where the value starts in the file
 * @param length the value's length in bytes
 */
public record BulkData(Path path, long offset, long length) {

    /** Reads the value from the file; fails when the file has changed so that it is no longer there. */
    public byte[] load() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("value of " + length + " bytes at offset " + offset + " of " + path
                    + " is too large for one byte array");
        }
        byte[] b = new byte[(int) length];
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.wrap(b);
            long pos = offset;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new IOException("file ends at offset " + pos + " inside a value of " + length
                            + " bytes at offset " + offset);
                }
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load deferred value from " + path, e);
        }
        return b;
    }
}

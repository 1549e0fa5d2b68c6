package dev.iodine.io;

import dev.iodine.data.SourceBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The reader's view of its input: a byte array filled from a file on demand. When the whole input is wanted it
 * is read in one go; otherwise (stop before pixel data, defer size, selected tags) it is read in chunks and values
 * that are not wanted are skipped in the file without being read, so that a header-only read of a huge file
 * touches only its first bytes.
 */
final class ByteInput {

    /** Readahead when reading in chunks. */
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_READ = 256 * 1024;
    /** The largest Java array. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    final SourceBuffer source;
    byte[] b;
    int pos;
    private int limit;
    private final FileChannel channel;
    private final long size;
    // File offset of buffer position p (for p at or after the last skip) is p + delta.
    private long delta;

    private ByteInput(SourceBuffer source, FileChannel channel, long size, int limit) {
        this.source = source;
        this.b = source.bytes();
        this.channel = channel;
        this.size = size;
        this.limit = limit;
    }

    /** Over bytes already in memory (a file read whole, a stream, inflated data). */
    static ByteInput of(byte[] bytes, int length, Path path) {
        return new ByteInput(new SourceBuffer(bytes, path), null, length, length);
    }

    /** Over a file: read whole now, or in chunks as parsing goes. */
    static ByteInput of(FileChannel channel, Path path, boolean whole) throws IOException {
        long size = channel.size();
        if (whole && size <= MAX_ARRAY) {
            byte[] bytes = new byte[(int) size];
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining() && channel.read(buf, buf.position()) >= 0) {
                // read(ByteBuffer, long) may return fewer bytes than asked: loop until full or end of file.
            }
            return of(bytes, buf.position(), path);
        }
        return new ByteInput(new SourceBuffer(new byte[(int) Math.min(CHUNK, size)], path), channel, size, 0);
    }

    /** Whether values can be left in the file (they can when reading a file in chunks). */
    boolean canDefer() {
        return channel != null && source.path() != null;
    }

    /** The offset in the input of the current position. */
    long offset() {
        return pos + delta;
    }

    /** Bytes between the current position and the end of the input. */
    long remaining() {
        return size - offset();
    }

    /** Makes {@code n} bytes from the current position available in {@link #b}; false when the input ends first. */
    boolean ensure(int n) throws IOException {
        return limit - pos >= n || fill(n);
    }

    private boolean fill(int n) throws IOException {
        if (channel == null || remaining() < n) {
            return false;
        }
        int need = pos + n;
        if (need > b.length) {
            long wanted = Math.max(need, (long) b.length * 2);
            b = Arrays.copyOf(b, (int) Math.min(Math.min(wanted, limit + (size - limit - delta)), MAX_ARRAY));
            source.setBytes(b);
        }
        while (limit < need) {
            int room = (int) Math.min(b.length - limit, size - limit - delta);
            // At least one chunk of readahead; at most MAX_READ per call, which keeps the JDK's temporary direct
            // buffer for channel reads small enough to stay cached instead of being allocated for each read.
            int want = Math.min(room, Math.min(Math.max(need - limit, CHUNK), MAX_READ));
            int r = channel.read(ByteBuffer.wrap(b, limit, want), limit + delta);
            if (r < 0) {
                return false;
            }
            limit += r;
        }
        return true;
    }

    /** Moves past {@code n} bytes (at most {@link #remaining()}), reading none of them that are not yet in memory. */
    void skip(long n) {
        if (channel == null || pos + n <= limit) {
            pos += (int) n;
            return;
        }
        long target = offset() + n;
        limit = pos;
        delta = target - pos;
        source.mapFrom(pos, target);
    }

    /** The rest of the input as one array (for inflating). */
    byte[] rest() throws IOException {
        long n = remaining();
        if (n > MAX_ARRAY || !ensure((int) n)) {
            throw new DicomParseException(offset(), -1, "cannot read the " + n + " remaining bytes into memory");
        }
        return Arrays.copyOfRange(b, pos, pos + (int) n);
    }
}

package dev.iodine.io;

import dev.iodine.data.SourceBuffer;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The reader's view of its input: a byte array filled on demand from a file or a stream. A file whose whole
 * content is wanted is read in one go; otherwise (stop before pixel data, defer size, selected tags) it is read in
 * chunks and values that are not wanted are skipped in the file without being read, so that a header-only read of a
 * huge file touches only its first bytes. A stream is read in chunks as parsing goes; its length is unknown until it
 * ends, so the buffer only grows with bytes that actually arrived, whatever length an element declares.
 */
final class ByteInput {

    /** Readahead when reading in chunks. */
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_READ = 256 * 1024;
    /** The largest Java array. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** The length of a stream that has not ended yet: larger than anything, small enough not to overflow sums. */
    private static final long UNKNOWN = Long.MAX_VALUE / 4;

    final SourceBuffer source;
    byte[] b;
    int pos;
    private int limit;
    private final FileChannel channel;
    private final InputStream stream;
    private long size;
    // Input offset of buffer position p (for p at or after the last skip) is p + delta.
    private long delta;

    private ByteInput(SourceBuffer source, FileChannel channel, InputStream stream, long size, int limit) {
        this.source = source;
        this.b = source.bytes();
        this.channel = channel;
        this.stream = stream;
        this.size = size;
        this.limit = limit;
    }

    /** Over bytes already in memory (a file read whole, inflated data). */
    static ByteInput of(byte[] bytes, int length, Path path) {
        return new ByteInput(new SourceBuffer(bytes, path), null, null, length, length);
    }

    /** Over a stream, read as parsing goes. */
    static ByteInput of(InputStream stream) {
        return new ByteInput(new SourceBuffer(new byte[CHUNK], null), null, stream, UNKNOWN, 0);
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
        return new ByteInput(new SourceBuffer(new byte[(int) Math.min(CHUNK, size)], path), channel, null, size, 0);
    }

    /** Whether values can be left in the file (they can when reading a file in chunks). */
    boolean canDefer() {
        return channel != null && source.path() != null;
    }

    /** Whether every byte read stays in {@link #b} where it was read (bytes in memory, a file read whole, a stream). */
    boolean wholeInMemory() {
        return channel == null;
    }

    /** Whether the input's length is known (a file, bytes in memory, or a stream that has ended). */
    boolean lengthKnown() {
        return size != UNKNOWN;
    }

    /** The offset in the input of the current position. */
    long offset() {
        return pos + delta;
    }

    /** Bytes between the current position and the end of the input (very large for a stream not yet ended). */
    long remaining() {
        return size - offset();
    }

    /** Makes {@code n} bytes from the current position available in {@link #b}; false when the input ends first. */
    boolean ensure(int n) throws IOException {
        return limit - pos >= n || (stream != null ? fillFromStream(n) : fill(n));
    }

    private boolean fill(int n) throws IOException {
        if (channel == null || remaining() < n) {
            return false;
        }
        int need = pos + n;
        if (need > b.length) {
            long wanted = Math.max(need, (long) b.length * 2);
            grow((int) Math.min(Math.min(wanted, size - delta), MAX_ARRAY));
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

    private boolean fillFromStream(int n) throws IOException {
        long need = (long) pos + n;
        while (limit < need) {
            if (limit == b.length) {
                // Double only a buffer full of bytes that arrived: a declared length alone never allocates.
                if (b.length == MAX_ARRAY) {
                    return false;
                }
                grow((int) Math.min((long) b.length * 2, MAX_ARRAY));
            }
            int r = stream.read(b, limit, b.length - limit);
            if (r < 0) {
                size = limit + delta;
                return false;
            }
            limit += r;
        }
        return true;
    }

    private void grow(int length) {
        b = Arrays.copyOf(b, length);
        source.setBytes(b);
    }

    /** Moves past {@code n} bytes (at most {@link #remaining()}), reading none of them that are not yet in memory. */
    void skip(long n) throws IOException {
        if (channel == null && stream == null || pos + n <= limit) {
            pos += (int) n;
            return;
        }
        long target = offset() + n;
        if (stream != null) {
            try {
                stream.skipNBytes(n - (limit - pos));
            } catch (EOFException e) {
                size = limit + delta;
                throw new DicomParseException(offset(), -1, "stream ends inside a value of " + n + " bytes");
            }
        }
        limit = pos;
        delta = target - pos;
        source.mapFrom(pos, target);
    }

    /** The rest of the input as one array (for inflating). */
    byte[] rest() throws IOException {
        if (stream != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(b, pos, limit - pos);
            stream.transferTo(out);
            pos = limit;
            return out.toByteArray();
        }
        long n = remaining();
        if (n > MAX_ARRAY || !ensure((int) n)) {
            throw new DicomParseException(offset(), -1, "cannot read the " + n + " remaining bytes into memory");
        }
        return Arrays.copyOfRange(b, pos, pos + (int) n);
    }
}

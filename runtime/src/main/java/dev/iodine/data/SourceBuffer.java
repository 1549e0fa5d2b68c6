package dev.iodine.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes a reader took from a file, shared by every {@link Dataset} parsed from it: a raw element is only an
 * offset and a length into {@link #bytes()}. The array may be replaced while a reader grows it, which is why
 * datasets hold this object and not the array.
 *
 * <p>A reader that skips a deferred value does not store its bytes, so positions in the buffer and offsets in
 * the file can differ; {@link #fileOffset(int)} maps one to the other. Used by readers; applications rarely need it.
 *
 * <pre>{@code
 * SourceBuffer src = new SourceBuffer(bytes, path);
 * long inFile = src.fileOffset(positionInBuffer);
 * }</pre>
 */
public final class SourceBuffer {

    private byte[] bytes;
    private final Path path;
    // Breakpoints of the buffer-position -> file-offset map: from starts[i] on, file offset = position + deltas[i].
    private int[] starts = {0};
    private long[] deltas = {0};
    private int breaks = 1;
    private Dataset encodedDataset;
    private byte[] encoded;

    /**
     * @param bytes the first bytes read (position 0 is file offset 0 unless {@link #mapFrom} says otherwise)
     * @param path the file, or {@code null} when the bytes did not come from a file
     */
    public SourceBuffer(byte[] bytes, Path path) {
        this.bytes = bytes;
        this.path = path;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** Replaces the array, for a reader that grew it; positions already handed out must stay valid. */
    public void setBytes(byte[] grown) {
        this.bytes = grown;
    }

    /** The file these bytes came from, or {@code null}. */
    public Path path() {
        return path;
    }

    /** Records that the byte at buffer position {@code position} (and those after it) came from {@code fileOffset}. */
    public void mapFrom(int position, long fileOffset) {
        long delta = fileOffset - position;
        if (starts[breaks - 1] == position) {
            deltas[breaks - 1] = delta;
            return;
        }
        if (breaks == starts.length) {
            starts = Arrays.copyOf(starts, breaks * 2);
            deltas = Arrays.copyOf(deltas, breaks * 2);
        }
        starts[breaks] = position;
        deltas[breaks++] = delta;
    }

    /** The file offset of a buffer position (equal to it unless values were skipped). */
    public long fileOffset(int position) {
        int i = Arrays.binarySearch(starts, 0, breaks, position);
        if (i < 0) {
            i = -i - 2;
        }
        return position + deltas[Math.max(i, 0)];
    }

    /**
     * Keeps the bytes {@code dataset} was decoded from (a deflated data set's bytes as they are in the file). Used
     * by readers, for a dataset they also gave its verbatim bytes ({@link Dataset#setVerbatim}).
     */
    public void keepEncoded(Dataset dataset, byte[] bytes) {
        encodedDataset = dataset;
        encoded = bytes;
    }

    /**
     * Writes the bytes kept by {@link #keepEncoded} when {@code dataset} is the dataset they encode and nothing in
     * it has changed since it was read, so that a writer writing as read copies them instead of encoding again.
     *
     * @return whether they were written (else nothing was)
     */
    public boolean writeEncodedIfUnchanged(Dataset dataset, OutputStream out) throws IOException {
        if (dataset != encodedDataset || dataset.verbatimLength() < 0) {
            return false;
        }
        out.write(encoded);
        return true;
    }
}

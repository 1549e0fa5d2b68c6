package dev.iodine.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The writer's buffer in front of its destination: unlike {@link java.io.BufferedOutputStream}, not synchronized
 * (one lock per call cost more than encoding a short element), and element headers are encoded straight into
 * its array ({@link #room}). Values at least half a buffer long go to the destination without a copy.
 */
final class WriteBuffer extends OutputStream {

    private static final int SIZE = 64 * 1024;

    private final OutputStream out;
    final byte[] b = new byte[SIZE];
    /** The next free position in {@link #b}. */
    int pos;

    WriteBuffer(OutputStream out) {
        this.out = out;
    }

    /** Makes room for {@code n} bytes (at most the buffer's size) at {@link #pos}; the caller advances pos. */
    void room(int n) throws IOException {
        if (SIZE - pos < n) {
            drain();
        }
    }

    @Override
    public void write(int v) throws IOException {
        room(1);
        b[pos++] = (byte) v;
    }

    @Override
    public void write(byte[] src, int off, int len) throws IOException {
        if (len >= SIZE / 2) {
            drain();
            out.write(src, off, len);
            return;
        }
        room(len);
        System.arraycopy(src, off, b, pos, len);
        pos += len;
    }

    private void drain() throws IOException {
        if (pos > 0) {
            out.write(b, 0, pos);
            pos = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }
}

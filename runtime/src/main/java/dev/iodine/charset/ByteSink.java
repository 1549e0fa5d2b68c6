package dev.iodine.charset;

import java.util.Arrays;

/** A growable byte array for building one encoded value (a {@code ByteArrayOutputStream} without locking). */
final class ByteSink {
    private byte[] buf;
    private int size;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    void write(byte b) {
        ensure(1);
        buf[size++] = b;
    }

    void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}

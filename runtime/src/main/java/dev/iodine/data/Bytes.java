package dev.iodine.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads and writes fixed-size numbers in byte arrays in either byte order (the transfer syntax decides which).
 * Backed by byte-array view handles, which the JIT turns into single loads and stores.
 *
 * <pre>{@code
 * int group = Bytes.getUShort(buf, off, false);   // little endian
 * Bytes.putInt(buf, off, 0x7FE00010, true);        // big endian
 * }</pre>
 */
public final class Bytes {

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private Bytes() {
    }

    public static short getShort(byte[] b, int off, boolean bigEndian) {
        return bigEndian ? (short) SHORT_BE.get(b, off) : (short) SHORT_LE.get(b, off);
    }

    public static int getUShort(byte[] b, int off, boolean bigEndian) {
        return getShort(b, off, bigEndian) & 0xFFFF;
    }

    public static int getInt(byte[] b, int off, boolean bigEndian) {
        return bigEndian ? (int) INT_BE.get(b, off) : (int) INT_LE.get(b, off);
    }

    public static long getLong(byte[] b, int off, boolean bigEndian) {
        return bigEndian ? (long) LONG_BE.get(b, off) : (long) LONG_LE.get(b, off);
    }

    /** A tag: two 16-bit numbers (group, element), each in the given byte order (PS3.5 7.1). */
    public static int getTag(byte[] b, int off, boolean bigEndian) {
        return (getUShort(b, off, bigEndian) << 16) | getUShort(b, off + 2, bigEndian);
    }

    public static void putShort(byte[] b, int off, int v, boolean bigEndian) {
        if (bigEndian) {
            SHORT_BE.set(b, off, (short) v);
        } else {
            SHORT_LE.set(b, off, (short) v);
        }
    }

    public static void putInt(byte[] b, int off, int v, boolean bigEndian) {
        if (bigEndian) {
            INT_BE.set(b, off, v);
        } else {
            INT_LE.set(b, off, v);
        }
    }

    public static void putLong(byte[] b, int off, long v, boolean bigEndian) {
        if (bigEndian) {
            LONG_BE.set(b, off, v);
        } else {
            LONG_LE.set(b, off, v);
        }
    }

    public static void putTag(byte[] b, int off, int tag, boolean bigEndian) {
        putShort(b, off, tag >>> 16, bigEndian);
        putShort(b, off + 2, tag, bigEndian);
    }

    /**
     * Reverses, in place, the byte order of each {@code size}-byte unit of {@code b[off, off+len)}; a trailing
     * partial unit (an odd-length value) is left alone. Size 1 is a no-op.
     */
    public static void swap(byte[] b, int off, int len, int size) {
        if (size <= 1) {
            return;
        }
        int end = off + len - len % size;
        for (int i = off; i < end; i += size) {
            for (int lo = i, hi = i + size - 1; lo < hi; lo++, hi--) {
                byte t = b[lo];
                b[lo] = b[hi];
                b[hi] = t;
            }
        }
    }
}

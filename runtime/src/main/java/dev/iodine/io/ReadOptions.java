package dev.iodine.io;

import java.util.Arrays;

/**
 * How {@link DicomReader} reads (immutable; each {@code with...} returns a copy).
 *
 * <pre>{@code
 * ReadOptions header = ReadOptions.DEFAULT.withStopBeforePixelData(true);
 * ReadOptions lazy = ReadOptions.DEFAULT.withDeferSize(64 * 1024);      // large values stay in the file
 * ReadOptions some = ReadOptions.DEFAULT.withTags(Tags.PatientID, Tags.StudyInstanceUID);
 * ReadOptions any = ReadOptions.DEFAULT.withForce(true).withLenient(true);
 * }</pre>
 */
public final class ReadOptions {

    /** Everything read, no force, strict, nesting capped at {@link #DEFAULT_MAX_DEPTH}. */
    public static final ReadOptions DEFAULT = new ReadOptions(false, null, Long.MAX_VALUE, false, false, 64);

    /** Sequence nesting deeper than this is taken as malformed input (real files nest a handful of levels). */
    public static final int DEFAULT_MAX_DEPTH = 64;

    private final boolean stopBeforePixelData;
    private final int[] tags;
    private final long deferSize;
    private final boolean force;
    private final boolean lenient;
    private final int maxDepth;

    private ReadOptions(boolean stopBeforePixelData, int[] tags, long deferSize, boolean force, boolean lenient, int maxDepth) {
        this.stopBeforePixelData = stopBeforePixelData;
        this.tags = tags;
        this.deferSize = deferSize;
        this.force = force;
        this.lenient = lenient;
        this.maxDepth = maxDepth;
    }

    /** Stop at the first top-level (7FE0,0008), (7FE0,0009) or (7FE0,0010); the rest of the file is not read. */
    public ReadOptions withStopBeforePixelData(boolean stop) {
        return new ReadOptions(stop, tags, deferSize, force, lenient, maxDepth);
    }

    /**
     * Keep only these top-level elements (plus Specific Character Set, which decoding needs); the others are
     * skipped. No argument means every element.
     */
    public ReadOptions withTags(int... only) {
        int[] sorted = only.length == 0 ? null : only.clone();
        if (sorted != null) {
            Arrays.sort(sorted);
        }
        return new ReadOptions(stopBeforePixelData, sorted, deferSize, force, lenient, maxDepth);
    }

    /**
     * Values longer than {@code bytes} are not read into memory but recorded as {@link dev.iodine.data.BulkData}
     * (file, offset, length) and loaded when asked. Applies to files (not streams or deflated data).
     */
    public ReadOptions withDeferSize(long bytes) {
        return new ReadOptions(stopBeforePixelData, tags, bytes, force, lenient, maxDepth);
    }

    /** Read input without preamble and {@code DICM} and without File Meta Information, detecting the encoding. */
    public ReadOptions withForce(boolean force) {
        return new ReadOptions(stopBeforePixelData, tags, deferSize, force, lenient, maxDepth);
    }

    /**
     * On malformed input, return what was read intact instead of throwing; {@link DicomFile#stoppedAt()} says
     * where and why reading stopped.
     */
    public ReadOptions withLenient(boolean lenient) {
        return new ReadOptions(stopBeforePixelData, tags, deferSize, force, lenient, maxDepth);
    }

    public ReadOptions withMaxDepth(int depth) {
        return new ReadOptions(stopBeforePixelData, tags, deferSize, force, lenient, depth);
    }

    public boolean stopBeforePixelData() {
        return stopBeforePixelData;
    }

    /** Whether a top-level tag is to be kept. */
    public boolean keeps(int tag) {
        return tags == null || Arrays.binarySearch(tags, tag) >= 0 || tag == 0x00080005;
    }

    /** Whether only some tags are kept. */
    public boolean selective() {
        return tags != null;
    }

    public long deferSize() {
        return deferSize;
    }

    public boolean force() {
        return force;
    }

    public boolean lenient() {
        return lenient;
    }

    public int maxDepth() {
        return maxDepth;
    }
}

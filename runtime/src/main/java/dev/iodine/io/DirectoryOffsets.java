package dev.iodine.io;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.dict.Tags;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Keeps the offsets of a DICOMDIR right when it is written (PS3.3 F.3.2.2): Offset of the First/Last Directory
 * Record of the Root Directory Entity (0004,1200)/(0004,1202), Offset of the Next Directory Record (0004,1400) and
 * Offset of Referenced Lower-Level Directory Entity (0004,1420) count bytes from the start of the file (the File
 * Meta Information includes the preamble, PS3.10 7.1) to the Item tag of a Directory Record Sequence item.
 *
 * <p>Where the records were: in the file they were read from, or, for a data set read from a stream, where writing
 * it as read puts them (the same place, unless it was edited); a directory built in memory must already name the
 * places its records are written to. Where the records stay, nothing changes. Where they move (re-encoded into
 * another transfer syntax, a value edited, a record removed), each offset that named a record is written as that
 * record's new place; an offset that names no record is refused, since it cannot be resolved. The data set itself
 * is not changed.
 *
 * <pre>{@code
 * Map<Dataset, Map<Integer, Long>> values = DirectoryOffsets.recompute(file, written, asRead, newFile);
 * }</pre>
 */
final class DirectoryOffsets {

    private static final int[] ROOT_OFFSETS = {Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity,
            Tags.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity};
    private static final int[] RECORD_OFFSETS = {Tags.OffsetOfTheNextDirectoryRecord,
            Tags.OffsetOfReferencedLowerLevelDirectoryEntity};

    /** Where a data set's elements start in a file and how they are encoded there. */
    record Layout(long datasetStart, DatasetEncoder encoder) {

        /** The file position of each record's Item tag. */
        long[] records(Dataset ds, int index) {
            long[] positions = encoder.itemPositions(ds, index);
            for (int k = 0; k < positions.length; k++) {
                positions[k] += datasetStart;
            }
            return positions;
        }
    }

    private DirectoryOffsets() {
    }

    /**
     * The offset values to write instead of the data set's, by the dataset (root or record) that holds them.
     *
     * @param written  how the file is being written
     * @param asRead   how the file would be written as read (where a data set read from a stream had its records)
     * @param newFile  whether the data set was built in memory (never read)
     * @throws IllegalArgumentException when a record moves and an offset names no record
     */
    static Map<Dataset, Map<Integer, Long>> recompute(Dataset ds, Layout written, Layout asRead, boolean newFile) {
        int index = ds.indexOf(Tags.DirectoryRecordSequence);
        if (index < 0 || !(ds.valueAt(index) instanceof Sequence records)) {
            return Map.of();
        }
        long[] now = written.records(ds, index);
        long[] fromFile = DirectoryRecords.positionsAsRead(records);
        long[] before = fromFile != null ? fromFile : newFile ? now : asRead.records(ds, index);
        if (Arrays.equals(before, now) && !newFile) {
            return Map.of();
        }
        String why = newFile ? "the directory was built in memory" : "the directory records move when written";
        Map<Dataset, Map<Integer, Long>> values = new IdentityHashMap<>();
        recompute(ds, "the root directory entity", ROOT_OFFSETS, before, now, why, values);
        for (int k = 0; k < records.size(); k++) {
            recompute(records.get(k), "directory record " + k, RECORD_OFFSETS, before, now, why, values);
        }
        return values;
    }

    private static void recompute(Dataset holder, String what, int[] tags, long[] before, long[] now, String why,
                                  Map<Dataset, Map<Integer, Long>> values) {
        for (int tag : tags) {
            Long offset = holder.getLong(tag);
            if (offset == null || offset == 0) {
                continue;   // 0: no next record, no lower-level entity
            }
            int record = DirectoryRecords.indexOf(before, offset);
            if (record < 0 || holder.lengthAt(holder.indexOf(tag)) != 4) {
                throw new IllegalArgumentException("cannot write the DICOMDIR: " + Tag.toString(tag) + " of " + what
                        + " is " + offset + ", which is not the offset of any directory record (expected the file"
                        + " offset of an item of the Directory Record Sequence (0004,1220), PS3.3 F.3.2.2), and "
                        + why + ", so it cannot be recomputed");
            }
            if (now[record] != offset) {
                values.computeIfAbsent(holder, h -> new HashMap<>()).put(tag, now[record]);
            }
        }
    }
}

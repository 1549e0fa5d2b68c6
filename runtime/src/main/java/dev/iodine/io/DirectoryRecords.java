package dev.iodine.io;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.dict.Tags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The record tree of a DICOMDIR read from a file (PS3.3 F.3.2.2): its records link to each other by file offsets,
 * which this class resolves to the items of the Directory Record Sequence (0004,1220).
 *
 * <pre>{@code
 * DirectoryRecords tree = DirectoryRecords.of(DicomReader.read(path).dataset());
 * for (Dataset patient : tree.roots()) {
 *     for (Dataset study : tree.lowerLevel(patient)) { ... }
 * }
 * }</pre>
 */
public final class DirectoryRecords {

    private final Dataset directory;
    private final Sequence records;
    private final long[] positions;

    private DirectoryRecords(Dataset directory, Sequence records, long[] positions) {
        this.directory = directory;
        this.records = records;
        this.positions = positions;
    }

    /**
     * The tree of a DICOMDIR data set read from a file (not a stream: the offsets are positions in the file).
     *
     * @throws IllegalArgumentException when the data set has no Directory Record Sequence, or a record was not read
     *                                  from a file
     */
    public static DirectoryRecords of(Dataset directory) {
        Sequence records = directory.getSequence(Tags.DirectoryRecordSequence);
        if (records == null) {
            throw new IllegalArgumentException("not a DICOMDIR: the data set has no Directory Record Sequence"
                    + " (0004,1220)");
        }
        long[] positions = positionsAsRead(records);
        if (positions == null) {
            throw new IllegalArgumentException("the directory records were not all read from a file, so their file"
                    + " offsets, which the DICOMDIR's offsets name, are unknown");
        }
        return new DirectoryRecords(directory, records, positions);
    }

    /** The records of the root directory entity: from (0004,1200) along Offset of the Next Directory Record. */
    public List<Dataset> roots() {
        return chain(directory, Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity, "the root entity");
    }

    /** The records of the lower-level entity a record references (0004,1420); empty when it references none. */
    public List<Dataset> lowerLevel(Dataset record) {
        return chain(record, Tags.OffsetOfReferencedLowerLevelDirectoryEntity, "record " + indexOf(record));
    }

    /** The record after this one in its entity (0004,1400), or null when it is the last. */
    public Dataset next(Dataset record) {
        return resolve(record, Tags.OffsetOfTheNextDirectoryRecord, "record " + indexOf(record));
    }

    private List<Dataset> chain(Dataset from, int firstTag, String what) {
        List<Dataset> chain = new ArrayList<>();
        Set<Dataset> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Dataset r = resolve(from, firstTag, what); r != null;
                r = resolve(r, Tags.OffsetOfTheNextDirectoryRecord, "record " + indexOf(r))) {
            if (!seen.add(r)) {
                throw new IllegalArgumentException("the records of " + what + " form a loop at directory record "
                        + indexOf(r) + " (Offset of the Next Directory Record (0004,1400) points back)");
            }
            chain.add(r);
        }
        return chain;
    }

    /** The record an offset of {@code holder} points at; null for 0 or absent. */
    private Dataset resolve(Dataset holder, int tag, String what) {
        Long offset = holder.getLong(tag);
        if (offset == null || offset == 0) {
            return null;
        }
        int k = indexOf(positions, offset);
        if (k < 0) {
            throw new IllegalArgumentException(Tag.toString(tag) + " of " + what + " is " + offset
                    + ", which is not the file offset of any item of the Directory Record Sequence (0004,1220)");
        }
        return records.get(k);
    }

    private int indexOf(Dataset record) {
        for (int k = 0; k < records.size(); k++) {
            if (records.get(k) == record) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a record of this directory");
    }

    /**
     * Where each record's Item tag was in the file read: before its first element's header (an item header is 8
     * bytes in every encoding), or null when a record was not read from a file.
     */
    static long[] positionsAsRead(Sequence records) {
        long[] positions = new long[records.size()];
        for (int k = 0; k < records.size(); k++) {
            Dataset item = records.get(k);
            long value = item.isEmpty() ? -1 : item.fileOffsetAt(0);
            if (value < 0) {
                return null;
            }
            boolean longHeader = item.explicitVR() && item.vrAt(0).longHeader();
            positions[k] = value - (longHeader ? 12 : 8) - 8;
        }
        return positions;
    }

    static int indexOf(long[] positions, long offset) {
        for (int k = 0; k < positions.length; k++) {
            if (positions[k] == offset) {
                return k;
            }
        }
        return -1;
    }
}

package dev.iodine.io;

import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Compares two datasets by decoded value (not by encoding): what a transfer syntax conversion must keep. */
final class DatasetComparison {

    private DatasetComparison() {
    }

    /**
     * The DICOMDIR offsets (PS3.3 F.3.2.2): file positions, which a conversion to another transfer syntax moves
     * (DirectoryOffsetsTest and BasicDirectoryTest check that they follow their records).
     */
    static final Set<Integer> DIRECTORY_OFFSETS = Set.of(Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity,
            Tags.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, Tags.OffsetOfTheNextDirectoryRecord,
            Tags.OffsetOfReferencedLowerLevelDirectoryEntity);

    /** Adds a line to {@code diffs} for each element whose value differs; group lengths are ignored. */
    static void compare(String path, Dataset a, Dataset b, List<String> diffs) {
        compare(path, a, b, diffs, Set.of());
    }

    /** {@link #compare(String, Dataset, Dataset, List)}, not comparing the values of the {@code ignored} tags. */
    static void compare(String path, Dataset a, Dataset b, List<String> diffs, Set<Integer> ignored) {
        int i = 0;
        int k = 0;
        while (i < a.size() || k < b.size()) {
            if (i < a.size() && Tag.isGroupLength(a.tagAt(i))) {
                i++;
                continue;
            }
            if (k < b.size() && Tag.isGroupLength(b.tagAt(k))) {
                k++;
                continue;
            }
            if (i >= a.size() || k >= b.size() || a.tagAt(i) != b.tagAt(k)) {
                diffs.add(path + ": element lists differ at " + (i < a.size() ? Tag.toString(a.tagAt(i)) : "end")
                        + " / " + (k < b.size() ? Tag.toString(b.tagAt(k)) : "end"));
                return;
            }
            if (!ignored.contains(a.tagAt(i))) {
                compareElement(path + Tag.toString(a.tagAt(i)), a, i, b, k, diffs, ignored);
            }
            i++;
            k++;
        }
    }

    /** Adds a line to {@code diffs} unless the first {@code n} elements of both datasets are the same, values equal. */
    static void comparePrefix(String path, Dataset whole, Dataset prefix, int n, List<String> diffs) {
        if (n > whole.size()) {
            diffs.add(path + ": " + n + " elements kept, the whole has " + whole.size());
            return;
        }
        for (int k = 0; k < n; k++) {
            if (whole.tagAt(k) != prefix.tagAt(k)) {
                diffs.add(path + ": element " + k + " is " + Tag.toString(prefix.tagAt(k)) + ", not " + Tag.toString(whole.tagAt(k)));
                return;
            }
            compareElement(path + Tag.toString(whole.tagAt(k)), whole, k, prefix, k, diffs, Set.of());
        }
    }

    private static void compareElement(String path, Dataset a, int i, Dataset b, int k, List<String> diffs,
                                       Set<Integer> ignored) {
        Object va = a.valueAt(i);
        Object vb = b.valueAt(k);
        if (va instanceof Sequence sa) {
            if (!(vb instanceof Sequence sb) || sa.size() != sb.size()) {
                diffs.add(path + ": sequence differs");
                return;
            }
            for (int n = 0; n < sa.size(); n++) {
                compare(path + "[" + n + "]", sa.get(n), sb.get(n), diffs, ignored);
            }
            return;
        }
        if (va instanceof Fragments fa) {
            if (!(vb instanceof Fragments fb) || fa.size() != fb.size()) {
                diffs.add(path + ": fragments differ");
                return;
            }
            for (int n = 0; n < fa.size(); n++) {
                if (!Arrays.equals(fa.item(n), fb.item(n))) {
                    diffs.add(path + ": fragment item " + n + " differs");
                }
            }
            return;
        }
        VR vra = a.vrAt(i);
        VR vrb = b.vrAt(k);
        int tag = a.tagAt(i);
        boolean same;
        if (vra == vrb && vra.kind() != VR.Kind.BINARY || vra == vrb && !vra.longHeader() || vra == VR.AT) {
            same = Arrays.equals(a.getStrings(tag), b.getStrings(tag));
        } else {
            VR known = vra == VR.UN ? vrb : vra;
            same = Arrays.equals(littleEndian(a, i, known), littleEndian(b, k, known));
        }
        if (!same) {
            diffs.add(path + " " + vra + "/" + vrb + ": values differ");
        }
    }

    private static byte[] littleEndian(Dataset ds, int i, VR vr) {
        byte[] bytes = ds.bytesAt(i);
        int unit = vr.isString() ? 1 : Math.max(vr.binaryValueSize(), vr == VR.AT ? 2 : 1);
        if (ds.bigEndian() && ds.vrAt(i) != VR.UN) {
            Bytes.swap(bytes, 0, bytes.length, vr == VR.AT ? 2 : unit);
        }
        // Padding may have been added to an odd value.
        return bytes.length > 0 && (bytes.length & 1) == 0 && ds.lengthAt(i) % 2 == 0 ? bytes : Arrays.copyOf(bytes, bytes.length + (bytes.length & 1));
    }
}

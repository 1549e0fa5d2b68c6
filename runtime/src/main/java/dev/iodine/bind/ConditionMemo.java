package dev.iodine.bind;

import dev.iodine.data.Dataset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The answers of {@code varies(...)} conditions during one validation of one object, shared by the
 * {@link DatasetConditions} of all its datasets. {@code varies(parent.ControlPointSequence.GantryAngle)} gives the
 * same answer from every control point of a beam, so a beam is read once per condition instead of once per control
 * point (O(n) instead of O(n²) in its control points).
 *
 * <p>The answers are only right for the data as it was when they were computed: a memo belongs to one validation
 * run, which does not change the data, and is dropped with it (the generated {@code checkConstraints()} creates a
 * new one per call). Never keep one across a change of the data set. Not thread-safe: one run, one thread.
 *
 * <pre>{@code
 * ConditionMemo memo = new ConditionMemo();
 * for (Dataset point : controlPoints) {
 *     boolean changes = new DatasetConditions(point, memo).varies(1, path, indices);  // the beam is read once
 * }
 * }</pre>
 */
public final class ConditionMemo {

    private final Map<VariesKey, Boolean> varies = new HashMap<>();

    /** An empty memo, for one validation run. */
    public ConditionMemo() {
    }

    /** The memoized answer of a {@code varies} whose holders are found from {@code anchor}, or {@code compute}'s. */
    boolean varies(Dataset anchor, int scope, int[] tags, int[] indices, int keyScope, int[] keyTags,
            int[] keyIndices, BooleanSupplier compute) {
        VariesKey key = new VariesKey(anchor, scope, tags, indices, keyScope, keyTags, keyIndices);
        Boolean known = varies.get(key);
        if (known != null) {
            return known;
        }
        boolean answer = compute.getAsBoolean();
        varies.put(key, answer);
        return answer;
    }

    /**
     * A {@code varies} call as far as its answer depends on it: the dataset its scope starts from (by identity: equal
     * beams elsewhere are other beams), the scope's kind, the path and the key path (by content: generated code
     * passes new arrays on every call).
     */
    private record VariesKey(Dataset anchor, int scope, int[] tags, int[] indices, int keyScope, int[] keyTags,
            int[] keyIndices) {

        @Override
        public boolean equals(Object o) {
            return o instanceof VariesKey k && anchor == k.anchor && scope == k.scope && keyScope == k.keyScope
                    && Arrays.equals(tags, k.tags) && Arrays.equals(indices, k.indices)
                    && Arrays.equals(keyTags, k.keyTags) && Arrays.equals(keyIndices, k.keyIndices);
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(anchor);
            h = 31 * h + scope;
            h = 31 * h + keyScope;
            h = 31 * h + Arrays.hashCode(tags);
            h = 31 * h + Arrays.hashCode(indices);
            h = 31 * h + Arrays.hashCode(keyTags);
            return 31 * h + Arrays.hashCode(keyIndices);
        }
    }
}

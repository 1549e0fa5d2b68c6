package dev.iodine.bind;

import dev.iodine.data.Dataset;
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
     * A {@code varies} call as far as its answer depends on it: the dataset its scope starts from (equal beams
     * elsewhere are other beams), the scope's kind, the path and the key path, all by identity. Generated code passes
     * the same constant arrays from every item (one per distinct path and generated class), so identity finds the
     * answer without hashing the arrays; a caller that builds new arrays per call only misses the memo (the answer is
     * computed again, still right). The arrays are never changed after the call (ConditionContext), so an identity
     * cannot come to mean another path.
     */
    private record VariesKey(Dataset anchor, int scope, int[] tags, int[] indices, int keyScope, int[] keyTags,
            int[] keyIndices) {

        @Override
        public boolean equals(Object o) {
            return o instanceof VariesKey k && anchor == k.anchor && scope == k.scope && keyScope == k.keyScope
                    && tags == k.tags && indices == k.indices && keyTags == k.keyTags && keyIndices == k.keyIndices;
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(anchor);
            h = 31 * h + scope;
            h = 31 * h + keyScope;
            h = 31 * h + System.identityHashCode(tags);
            h = 31 * h + System.identityHashCode(indices);
            h = 31 * h + System.identityHashCode(keyTags);
            return 31 * h + System.identityHashCode(keyIndices);
        }
    }
}

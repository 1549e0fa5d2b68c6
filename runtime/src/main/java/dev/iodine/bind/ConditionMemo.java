package dev.iodine.bind;

import dev.iodine.data.Dataset;
import java.util.HashMap;
import java.util.Map;

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
    /** The key of each look-up, refilled every time, so that a look-up allocates nothing; a new answer gets its own. */
    private final VariesKey probe = new VariesKey();

    /** An empty memo, for one validation run. */
    public ConditionMemo() {
    }

    /** The answer remembered for a {@code varies} whose holders are found from {@code anchor}, or null. */
    Boolean varies(Dataset anchor, int scope, int[] tags, int[] indices, int keyScope, int[] keyTags,
            int[] keyIndices) {
        return varies.get(probe.set(anchor, scope, tags, indices, keyScope, keyTags, keyIndices));
    }

    /** Remembers the answer of a {@code varies} for the rest of the run. */
    void remember(Dataset anchor, int scope, int[] tags, int[] indices, int keyScope, int[] keyTags,
            int[] keyIndices, boolean answer) {
        varies.put(new VariesKey().set(anchor, scope, tags, indices, keyScope, keyTags, keyIndices), answer);
    }

    /**
     * A {@code varies} call as far as its answer depends on it: the dataset its scope starts from (equal beams
     * elsewhere are other beams), the scope's kind, the path and the key path, all by identity. Generated code passes
     * the same constant arrays from every item (one per distinct path and generated class), so identity finds the
     * answer without hashing the arrays; a caller that builds new arrays per call only misses the memo (the answer is
     * computed again, still right). The arrays are never changed after the call (ConditionContext), so an identity
     * cannot come to mean another path. Only the probe is ever refilled; a key in the map never changes.
     */
    private static final class VariesKey {

        private Dataset anchor;
        private int scope;
        private int[] tags;
        private int[] indices;
        private int keyScope;
        private int[] keyTags;
        private int[] keyIndices;

        VariesKey set(Dataset anchor, int scope, int[] tags, int[] indices, int keyScope, int[] keyTags,
                int[] keyIndices) {
            this.anchor = anchor;
            this.scope = scope;
            this.tags = tags;
            this.indices = indices;
            this.keyScope = keyScope;
            this.keyTags = keyTags;
            this.keyIndices = keyIndices;
            return this;
        }

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

package dev.iodine.bind;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The {@link ConditionContext} of a {@link Dataset}: generated conditions evaluate against the dataset that holds
 * the attribute and its enclosing items ({@link Dataset#parent()}). A context is for data that does not change
 * while it is in use (it keeps the numbers of the last element a numeric test read): after a change, make a new one.
 *
 * <pre>{@code
 * ConditionContext c = new DatasetConditions(item);
 * // CONTRAST_BOLUS_AGENT = {Tags.ContrastBolusAgent} and ANY = {-1}: static final int[] constants
 * boolean required = c.present(ConditionContext.ROOT, CONTRAST_BOLUS_AGENT, ANY);
 * }</pre>
 */
public final class DatasetConditions implements ConditionContext {

    /** The VRs whose values Specific Character Set applies to (PS3.5 6.1.2.3). */
    private static final Set<VR> TEXT = EnumSet.of(VR.SH, VR.LO, VR.ST, VR.LT, VR.PN, VR.UC, VR.UT);

    private final Dataset dataset;
    private final ConditionMemo memo;

    /*
     * The numeric test in progress (numbers(...)): what it compares with, passed to its element test as this
     * object so that the lambda captures nothing (no allocation per evaluation). An order of null is equality
     * with numberConstant, or with any of numberConstants when that is not null.
     */
    private Order numberOrder;
    private double numberConstant;
    private double[] numberConstants;
    /*
     * The values of the last element a numeric test read (null: absent or not a number), in numbersOf at
     * numbersTag: the rows of an item test the same element again and again ("ControlPointIndex == 0 or ..."), and
     * parsing its text at each test was a tenth of a plan's validation.
     */
    private Dataset numbersOf;
    private int numbersTag;
    private double[] numberValues;

    /** The conditions of a dataset, with a memo of their own (nothing shared with other datasets' conditions). */
    public DatasetConditions(Dataset dataset) {
        this(dataset, new ConditionMemo());
    }

    /**
     * The conditions of a dataset during a validation run that shares {@code memo} among the contexts of all the
     * datasets it validates; the data must not change while the memo is in use.
     */
    public DatasetConditions(Dataset dataset, ConditionMemo memo) {
        this.dataset = dataset;
        this.memo = memo;
    }

    /** The dataset conditions are evaluated on (for predicates). */
    public Dataset dataset() {
        return dataset;
    }

    /** The top-level dataset. */
    public Dataset root() {
        return anchor(dataset, ROOT);
    }

    @Override
    public boolean present(int scope, int[] tags, int[] indices) {
        return any(scope, tags, indices, null, (d, tag, index, none) -> d.contains(tag));
    }

    @Override
    public boolean hasValue(int scope, int[] tags, int[] indices) {
        return any(scope, tags, indices, null, (d, tag, index, none) -> index < 0 ? d.hasValue(tag)
                : d.valueCount(tag) > index && (!d.getVR(tag).isString() || !d.getString(tag, index).isEmpty()));
    }

    @Override
    public boolean equalsString(int scope, int[] tags, int[] indices, String... constants) {
        return any(scope, tags, indices, constants, (d, tag, index, strings) -> {
            for (String c : strings) {
                if (someStringIs(d, tag, index, c)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public boolean equalsString(int scope, int[] tags, int[] indices, String constant) {
        return any(scope, tags, indices, constant, DatasetConditions::someStringIs);
    }

    /** Whether some value of the element (or the indexed one), padding removed, is the constant. */
    private static boolean someStringIs(Dataset d, int tag, int index, String constant) {
        String[] values = d.getStrings(tag);
        for (int i = 0; values != null && i < values.length; i++) {
            if ((index < 0 || index == i) && constant.equals(values[i].strip())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equalsNumber(int scope, int[] tags, int[] indices, double... constants) {
        return numbers(scope, tags, indices, null, 0, constants);
    }

    @Override
    public boolean equalsNumber(int scope, int[] tags, int[] indices, double constant) {
        return numbers(scope, tags, indices, null, constant, null);
    }

    @Override
    public boolean equalsTag(int scope, int[] tags, int[] indices, int... constants) {
        return any(scope, tags, indices, constants, (d, tag, index, wanted) -> {
            int[] values = d.getTags(tag);
            for (int i = 0; values != null && i < values.length; i++) {
                for (int c : wanted) {
                    if ((index < 0 || index == i) && values[i] == c) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    @Override
    public boolean privateTag(int scope, int[] tags, int[] indices) {
        return tagValues(scope, tags, indices, value -> (value & 0x00010000) != 0);
    }

    @Override
    public boolean sequenceTag(int scope, int[] tags, int[] indices) {
        return tagValues(scope, tags, indices, value -> (value & 0x00010000) == 0
                && ElementDictionary.vrOf(value) == VR.SQ);
    }

    /** Whether some value (or the indexed one) of an AT element passes the test. */
    private boolean tagValues(int scope, int[] tags, int[] indices, IntPredicate test) {
        return any(scope, tags, indices, test, (d, tag, index, passes) -> {
            int[] values = d.getTags(tag);
            for (int i = 0; values != null && i < values.length; i++) {
                if ((index < 0 || index == i) && passes.test(values[i])) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public boolean sameValue(int scope, int[] tags, int[] indices, int otherScope, int[] otherTags,
            int[] otherIndices) {
        Set<Object> others = valueSet(otherScope, otherTags, otherIndices);
        return !others.isEmpty()
                && any(scope, tags, indices, others, (d, tag, index, wanted) -> values(d, tag, index).stream()
                        .anyMatch(wanted::contains));
    }

    @Override
    public boolean referenced(int scope, int[] tags, int[] indices, int keyScope, int[] keyTags, int[] keyIndices,
            Predicate<ConditionContext> condition) {
        Set<Object> wanted = valueSet(scope, tags, indices);
        if (wanted.isEmpty()) {
            return false;
        }
        int last = keyTags.length - 1;
        for (Dataset item : holders(keyScope, keyTags, keyIndices)) {
            if (values(item, keyTags[last], keyIndices[last]).stream().anyMatch(wanted::contains)
                    && condition.test(new DatasetConditions(item, memo))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean varies(int scope, int[] tags, int[] indices) {
        return varies(scope, tags, indices, 0, null, null);
    }

    @Override
    public boolean varies(int scope, int[] tags, int[] indices, int keyScope, int[] keyTags, int[] keyIndices) {
        // Every item of the sequence gives the same answer: computed once per run for the dataset the path starts at.
        Dataset anchor = anchor(dataset, scope);
        if (anchor == null) {
            return false;
        }
        int kind = scope < 0 ? scope : 0;
        Boolean known = memo.varies(anchor, kind, tags, indices, keyScope, keyTags, keyIndices);
        if (known != null) {
            return known;
        }
        boolean answer = varies(holders(anchor, scope, tags, indices), tags, indices, keyScope, keyTags, keyIndices);
        memo.remember(anchor, kind, tags, indices, keyScope, keyTags, keyIndices, answer);
        return answer;
    }

    /** Whether the holders give the path's last element different values (per key when there is a key path). */
    private static boolean varies(List<Dataset> holders, int[] tags, int[] indices, int keyScope, int[] keyTags,
            int[] keyIndices) {
        // The first value seen (per key); the first different one ends the search (most varying beams differ early).
        FirstValue unkeyed = null;
        Map<List<Object>, FirstValue> first = keyTags == null ? null : new HashMap<>();
        int last = tags.length - 1;
        int tag = tags[last];
        int index = indices[last];
        for (Dataset holder : holders) {
            if (!holder.contains(tag)) {
                continue;
            }
            List<Object> key = keyTags == null ? null : allValues(holder, keyScope, keyTags, keyIndices);
            // The same text is the same value: a static beam repeats its values, and parsing every DS of every
            // control point again for every control point would cost n * n parses.
            String[] text = index < 0 && holder.getVR(tag).isString() ? holder.getStrings(tag) : null;
            FirstValue seen = key == null ? unkeyed : first.get(key);
            if (seen != null && text != null && Arrays.equals(text, seen.text())) {
                continue;
            }
            List<Object> value = values(holder, tag, index);
            if (value.isEmpty()) {
                continue;
            }
            if (seen == null && key == null) {
                unkeyed = new FirstValue(text, value);
            } else if (seen == null) {
                first.put(key, new FirstValue(text, value));
            } else if (!seen.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The first value {@link #varies} saw for a key, and its text when the VR is a string VR. */
    private record FirstValue(String[] text, List<Object> value) { }

    /** Every value (or the indexed one) at the path from {@code from}, in order, as {@link #values} gives them. */
    private static List<Object> allValues(Dataset from, int scope, int[] tags, int[] indices) {
        List<Object> out = new ArrayList<>();
        int last = tags.length - 1;
        for (Dataset d : holders(anchor(from, scope), scope, tags, indices)) {
            out.addAll(values(d, tags[last], indices[last]));
        }
        return out;
    }

    /** Every value (or the indexed one) at the path, as {@link #values} gives them. */
    private Set<Object> valueSet(int scope, int[] tags, int[] indices) {
        return new HashSet<>(allValues(dataset, scope, tags, indices));
    }

    /** The values of an element (or the indexed one) as Double, Integer (a tag) or String without padding. */
    private static List<Object> values(Dataset d, int tag, int index) {
        List<Object> out = List.of();   // absent; else each list sized once (varies reads lists of 100 leaf positions)
        VR vr = d.contains(tag) ? d.getVR(tag) : null;
        if (vr == VR.AT) {
            int[] v = d.getTags(tag);
            out = new ArrayList<>(v == null ? 0 : v.length);
            for (int i = 0; v != null && i < v.length; i++) {
                out.add(v[i]);
            }
        } else if (vr != null && vr.isString() && vr != VR.IS && vr != VR.DS) {
            String[] v = d.getStrings(tag);
            out = new ArrayList<>(v == null ? 0 : v.length);
            for (int i = 0; v != null && i < v.length; i++) {
                out.add(v[i].strip());
            }
        } else if (vr != null) {
            try {
                double[] v = d.getDoubles(tag);
                out = new ArrayList<>(v == null ? 0 : v.length);
                for (int i = 0; v != null && i < v.length; i++) {
                    out.add(v[i] + 0.0); // -0.0 becomes 0.0: "-0" and "0" are the same number (Double.equals differs)
                }
            } catch (RuntimeException notANumber) {
                // A malformed IS/DS value equals nothing; validation reports the value itself.
                return List.of();
            }
        }
        return index < 0 ? out : index < out.size() ? List.of(out.get(index)) : List.of();
    }

    @Override
    public boolean compare(int scope, int[] tags, int[] indices, Order order, double constant) {
        return numbers(scope, tags, indices, order, constant, null);
    }

    @Override
    public int count(int scope, int[] tags, int[] indices) {
        int n = 0;
        for (Dataset d : holders(scope, tags, indices)) {
            Sequence s = d.getSequence(tags[tags.length - 1]);
            n += s == null ? 0 : s.size();
        }
        return n;
    }

    @Override
    public boolean extendedCharacters() {
        return anyWithItems(root(), DatasetConditions::hasExtendedCharacters);
    }

    /** Whether a text element of the dataset (not of its items) has a character beyond the default repertoire. */
    private static boolean hasExtendedCharacters(Dataset d) {
        for (int i = 0; i < d.size(); i++) {
            if (TEXT.contains(d.vrAt(i)) && outsideDefaultRepertoire(d.getStrings(d.tagAt(i)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value has ESC (a code extension, PS3.5 6.1.2.5) or a character beyond ISO-IR 6. */
    private static boolean outsideDefaultRepertoire(String[] values) {
        for (int v = 0; values != null && v < values.length; v++) {
            for (int i = 0; i < values[v].length(); i++) {
                char c = values[v].charAt(i);
                if (c == 0x1B || c > 0x7F) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean firstItem() {
        Sequence s = enclosingSequence();
        return s != null && s.get(0) == dataset;
    }

    @Override
    public boolean lastItem() {
        Sequence s = enclosingSequence();
        return s != null && s.get(s.size() - 1) == dataset;
    }

    /** The sequence of the parent that holds this dataset as an item, or null at the top level. */
    private Sequence enclosingSequence() {
        Dataset parent = dataset.parent();
        for (int i = 0; parent != null && i < parent.size(); i++) {
            Sequence s = parent.vrAt(i) == VR.SQ ? parent.getSequence(parent.tagAt(i)) : null;
            for (int j = 0; s != null && j < s.size(); j++) {
                if (s.get(j) == dataset) {
                    return s;
                }
            }
        }
        return null;
    }

    @Override
    public boolean modulePresent(int... moduleTags) {
        Dataset root = root();
        for (int tag : moduleTags) {
            if (root.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A test of the element at a path's last step in one of its holders; {@code against} is what the call compares
     * with, passed rather than captured so that the tests are constant lambdas (nothing allocated per evaluation).
     */
    private interface ElementTest<A> {
        boolean test(Dataset holder, int tag, int index, A against);
    }

    /** Whether a value of the path compares as {@code order} (null: equals) with the constant(s). */
    private boolean numbers(int scope, int[] tags, int[] indices, Order order, double constant, double[] constants) {
        numberOrder = order;
        numberConstant = constant;
        numberConstants = constants;
        return any(scope, tags, indices, this, (d, tag, index, self) -> self.anyNumber(d, tag, index));
    }

    /** The element test of {@link #numbers}: a value of the element (the one at {@code index} if not -1) passes. */
    private boolean anyNumber(Dataset d, int tag, int index) {
        if (d != numbersOf || tag != numbersTag) {
            numbersOf = d;
            numbersTag = tag;
            try {
                numberValues = d.getDoubles(tag);
            } catch (RuntimeException notANumber) {
                // A malformed IS/DS value satisfies no numeric comparison; validation reports the value itself.
                numberValues = null;
            }
        }
        for (int i = 0; numberValues != null && i < numberValues.length; i++) {
            if ((index < 0 || index == i) && passes(numberValues[i])) {
                return true;
            }
        }
        return false;
    }

    private boolean passes(double v) {
        if (numberOrder != null) {
            return switch (numberOrder) {
                case LT -> v < numberConstant;
                case LE -> v <= numberConstant;
                case GT -> v > numberConstant;
                case GE -> v >= numberConstant;
            };
        }
        if (numberConstants == null) {
            return v == numberConstant;
        }
        for (double c : numberConstants) {
            if (v == c) {
                return true;
            }
        }
        return false;
    }

    private <A> boolean any(int scope, int[] tags, int[] indices, A against, ElementTest<A> test) {
        int last = tags.length - 1;
        if (last == 0 && scope != ANYWHERE && scope != ABOVE) {
            // One dataset and no sequence step, as in most conditions: the holder without a list (holders' result).
            Dataset d = anchor(dataset, scope);
            return d != null && test.test(d, tags[0], indices[0], against);
        }
        if (last == 0 && scope == ANYWHERE) {
            // Walked, not listed: the list of every dataset of a plan is thousands of entries long.
            return anyWithItems(root(), d -> test.test(d, tags[0], indices[0], against));
        }
        List<Dataset> holders = holders(scope, tags, indices);
        for (int i = 0; i < holders.size(); i++) {
            if (test.test(holders.get(i), tags[last], indices[last], against)) {
                return true;
            }
        }
        return false;
    }

    /** The datasets that hold the path's last element: its scope's datasets, then down the sequence steps. */
    private List<Dataset> holders(int scope, int[] tags, int[] indices) {
        return holders(anchor(dataset, scope), scope, tags, indices);
    }

    /** {@link #holders(int, int[], int[])} from the scope's {@link #anchor} (none when it is null). */
    private static List<Dataset> holders(Dataset anchor, int scope, int[] tags, int[] indices) {
        List<Dataset> current;
        int step = 0;
        if (anchor != null && scope != ANYWHERE && scope != ABOVE && tags.length > 1 && indices[0] < 0) {
            // From one dataset into every item of a sequence, as most paths with a sequence step go: no list of one.
            current = items(anchor, tags[0]);
            step = 1;
        } else {
            current = start(anchor, scope);
        }
        for (; step < tags.length - 1; step++) {
            if (current.size() == 1 && indices[step] < 0) {
                current = items(current.get(0), tags[step]);
                continue;
            }
            List<Dataset> next = new ArrayList<>();
            for (Dataset d : current) {
                Sequence s = d.getSequence(tags[step]);
                if (s == null) {
                    continue;
                }
                if (indices[step] < 0) {
                    // By index: addAll would copy the items into an array first.
                    for (int i = 0; i < s.size(); i++) {
                        next.add(s.get(i));
                    }
                } else if (indices[step] < s.size()) {
                    next.add(s.get(indices[step]));
                }
            }
            current = next;
        }
        return current;
    }

    /** Every item of a sequence of {@code d}: the sequence itself (read only here), not a copy grown item by item. */
    private static List<Dataset> items(Dataset d, int sequenceTag) {
        Sequence s = d.getSequence(sequenceTag);
        return s == null ? List.of() : s;
    }

    /**
     * The dataset a scope starts from, seen from {@code d}: the root for {@link #ROOT} and {@link #ANYWHERE}, the
     * parent for {@link #ABOVE} (the first of the enclosing datasets), else the ancestor that many levels out; null
     * when there is none.
     */
    private static Dataset anchor(Dataset d, int scope) {
        if (scope == ROOT || scope == ANYWHERE) {
            while (d.parent() != null) {
                d = d.parent();
            }
            return d;
        }
        if (scope == ABOVE) {
            return d.parent();
        }
        for (int i = 0; i < scope && d != null; i++) {
            d = d.parent();
        }
        return d;
    }

    /** The datasets a scope covers, from its {@link #anchor}. */
    private static List<Dataset> start(Dataset anchor, int scope) {
        if (anchor == null) {
            return List.of();
        }
        if (scope != ANYWHERE && scope != ABOVE) {
            return List.of(anchor);
        }
        List<Dataset> out = new ArrayList<>();
        if (scope == ANYWHERE) {
            anyWithItems(anchor, d -> !out.add(d));   // every dataset, depth first
            return out;
        }
        for (Dataset d = anchor; d != null; d = d.parent()) {
            out.add(d);
        }
        return out;
    }

    /** Whether the dataset or one of its items, at any depth, passes; tried depth first, each before its items. */
    private static boolean anyWithItems(Dataset d, Predicate<Dataset> test) {
        if (test.test(d)) {
            return true;
        }
        for (int i = 0; i < d.size(); i++) {
            if (d.valueAt(i) instanceof Sequence s) {
                for (int k = 0; k < s.size(); k++) {
                    if (anyWithItems(s.get(k), test)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

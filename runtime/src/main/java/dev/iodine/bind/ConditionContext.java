package dev.iodine.bind;

/**
 * What compiled conditions (docs/conditions.md) and {@code predicate(...)} methods evaluate against: the dataset
 * that holds the attribute, with its enclosing datasets up to the root. Generated code calls these methods; a path
 * is a scope ({@code 0} the current dataset, {@code n > 0} that many levels out, {@link #ROOT}, {@link #ABOVE},
 * {@link #ANYWHERE}), the
 * tags of its steps and their indices ({@code -1}: any item or value). Generated code passes constants (one array
 * per distinct path and generated class), so that an evaluation allocates nothing; an array must not be changed
 * once passed, since a validation run may remember answers by the arrays' identity ({@link ConditionMemo}).
 *
 * <pre>{@code
 * private static final int[] CONTRAST_BOLUS_AGENT = {0x00180010};
 * private static final int[] ANY = {-1};
 *
 * static boolean contrastUsed(ConditionContext c) {
 *     return c.present(ConditionContext.ROOT, CONTRAST_BOLUS_AGENT, ANY);
 * }
 * }</pre>
 */
public interface ConditionContext {

    /** Scope: the top-level dataset. */
    int ROOT = -1;
    /** Scope: each enclosing dataset in turn, nearest first. */
    int ABOVE = -2;
    /** Scope: the top-level dataset and every item nested in it, at any depth. */
    int ANYWHERE = -3;

    /** An ordering comparison. */
    enum Order { LT, LE, GT, GE }

    /** Whether the element is present (possibly empty). */
    boolean present(int scope, int[] tags, int[] indices);

    /** Whether the element has a value (at the index, when the last index is not -1). */
    boolean hasValue(int scope, int[] tags, int[] indices);

    /** Whether some value (or the indexed one), padding removed, equals one of the constants. */
    boolean equalsString(int scope, int[] tags, int[] indices, String... constants);

    /**
     * {@link #equalsString(int, int[], int[], String...)} with one constant, the usual case: generated code calls it
     * without allocating an array per evaluation. The default delegates; an implementation may do without the array.
     */
    default boolean equalsString(int scope, int[] tags, int[] indices, String constant) {
        return equalsString(scope, tags, indices, new String[] {constant});
    }

    /** Whether some value (or the indexed one) equals one of the numbers. */
    boolean equalsNumber(int scope, int[] tags, int[] indices, double... constants);

    /**
     * {@link #equalsNumber(int, int[], int[], double...)} with one number, for the same reason as
     * {@link #equalsString(int, int[], int[], String)}.
     */
    default boolean equalsNumber(int scope, int[] tags, int[] indices, double constant) {
        return equalsNumber(scope, tags, indices, new double[] {constant});
    }

    /** Whether some value (or the indexed one) of an AT element is one of the tags. */
    boolean equalsTag(int scope, int[] tags, int[] indices, int... constants);

    /**
     * Whether some value (or the indexed one) of an AT element is the tag of a private data element (odd group,
     * PS3.5 7.8.1).
     */
    boolean privateTag(int scope, int[] tags, int[] indices);

    /**
     * Whether some value (or the indexed one) of an AT element is the tag of a Sequence attribute: VR SQ in the
     * PS3.6 dictionary (false for a private or unknown tag, whose VR the dictionary does not hold).
     */
    boolean sequenceTag(int scope, int[] tags, int[] indices);

    /**
     * Whether some value (or the indexed one) at the first path equals some value (or the indexed one) at the other:
     * numbers numerically (IS and DS too), text without its padding, tags exactly.
     */
    boolean sameValue(int scope, int[] tags, int[] indices, int otherScope, int[] otherTags, int[] otherIndices);

    /**
     * A join on an index or reference number ({@code referenced(...)} in docs/conditions.md): whether some dataset
     * that holds the key path's last element (an item of the sequence the key path goes through) has a key value
     * equal to some value (or the indexed one) at the first path, compared as {@link #sameValue} does, and satisfies
     * the condition, which is evaluated with that item as its current dataset. False when the first path has no
     * value or no item's key matches.
     */
    boolean referenced(int scope, int[] tags, int[] indices, int keyScope, int[] keyTags, int[] keyIndices,
            java.util.function.Predicate<ConditionContext> condition);

    /**
     * {@code varies(Sequence.A)} in docs/conditions.md: whether the datasets that hold the path's last element and
     * give it a value (or a value at the index) do not all give the same one. A value is the whole list of values,
     * in order, compared as {@link #sameValue} compares single values (numbers numerically, text without padding, tags
     * exactly); absent and empty elements are left out.
     */
    boolean varies(int scope, int[] tags, int[] indices);

    /**
     * {@code varies(Sequence.A, Key)}: as {@link #varies(int, int[], int[])}, but only datasets whose key (the path
     * {@code keyScope}/{@code keyTags} from each dataset that holds A; no value is a key of its own) has the same
     * values are compared with each other: per device, per wedge.
     */
    boolean varies(int scope, int[] tags, int[] indices, int keyScope, int[] keyTags, int[] keyIndices);

    /** Whether some value (or the indexed one) compares with the constant as the order says. */
    boolean compare(int scope, int[] tags, int[] indices, Order order, double constant);

    /** The number of items of the sequence the path ends at, summed over every item the path goes through. */
    int count(int scope, int[] tags, int[] indices);

    /**
     * Whether some text value of the instance (VR SH, LO, ST, LT, PN, UC or UT, at any depth) has a character
     * outside the default repertoire (PS3.5 6.1.2.1: ISO-IR 6 and the control characters the VR allows), i.e. needs
     * an extended or replacement character set.
     */
    boolean extendedCharacters();

    /** Whether the dataset is the first item of its sequence (false for the top-level dataset). */
    boolean firstItem();

    /** Whether the dataset is the last item of its sequence (false for the top-level dataset). */
    boolean lastItem();

    /** Whether any of the module's top-level tags is present in the top-level dataset. */
    boolean modulePresent(int... moduleTags);
}

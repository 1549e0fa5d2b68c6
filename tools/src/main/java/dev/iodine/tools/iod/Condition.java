package dev.iodine.tools.iod;

import java.util.List;

/**
 * A condition as an abstract tree, independent of both dciodvfy's clause lists and Iodine's condition language:
 * what {@link ConditionTranslator} produces and what the emitter renders.
 *
 * <pre>{@code
 * Condition c = new Condition.Compare(Condition.Ref.here("NumberOfBeams"), -1, ">", "0");
 * }</pre>
 */
public sealed interface Condition {

    /** Where a referenced attribute is looked up, relative to the dataset or item holding the conditional row. */
    enum Scope {
        /** the same dataset or item */
        HERE,
        /** the item or dataset that encloses this item */
        PARENT,
        /** the top-level dataset */
        ROOT
    }

    /**
     * A reference to an attribute, optionally inside the items of sequences on the way ({@code through}): e.g. the
     * root's SharedFunctionalGroupsSequence, any item, then DerivationImageSequence.
     *
     * @param scope     where the path starts
     * @param through   sequences to descend through, in order (empty for a direct reference)
     * @param firstItem true when only the first item of each sequence on the way counts (else any item)
     * @param keyword   the attribute's PS3.6 keyword
     */
    record Ref(Scope scope, List<String> through, boolean firstItem, String keyword) {
        /** @return a reference to an attribute of the same dataset or item */
        public static Ref here(String keyword) {
            return new Ref(Scope.HERE, List.of(), false, keyword);
        }
    }

    /** The attribute is present (possibly empty). */
    record Present(Ref ref) implements Condition {
    }

    /** The attribute has a value (at {@code index}, or any when -1). */
    record HasValue(Ref ref, int index) implements Condition {
    }

    /**
     * A value compared with a constant: {@code =} against strings (equal to one of {@code constants}), or
     * {@code < <= > >= = !=} against one number.
     *
     * @param ref       the attribute
     * @param index     the 0-based value index, or -1 for "any value"
     * @param operator  {@code "="} for string equality, or a numeric comparison
     * @param constants the constants; numbers are written as decimal text, tags as (GGGG,EEEE)
     */
    record Compare(Ref ref, int index, String operator, List<String> constants) implements Condition {
        /** Shorthand for one constant. */
        public Compare(Ref ref, int index, String operator, String constant) {
            this(ref, index, operator, List.of(constant));
        }
    }

    /** The number of items of a sequence compared with a number. */
    record ItemCount(Ref ref, String operator, int count) implements Condition {
    }

    /** All of the parts. */
    record And(List<Condition> parts) implements Condition {
    }

    /** Any of the parts. */
    record Or(List<Condition> parts) implements Condition {
    }

    /** The negation. */
    record Not(Condition part) implements Condition {
    }

    /** A constant (dciodvfy's built-in Always/Never). */
    record Constant(boolean value) implements Condition {
    }
}

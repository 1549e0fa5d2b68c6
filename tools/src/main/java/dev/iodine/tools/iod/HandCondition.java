package dev.iodine.tools.iod;

/**
 * A condition written by hand after reading the standard's text, for a row or module the sources leave unencoded
 * (resource {@code hand-conditions.tsv}).
 *
 * @param condition the condition, in the language of docs/conditions.md; {@code unchecked("...")} when the
 *                  standard's condition depends on facts the data cannot show; {@code -} when no source read gives
 *                  the condition's text (the note then says which sources were read)
 * @param section   the PS3.3 section (and table) that was read
 * @param note      what the condition does not cover, or empty
 */
record HandCondition(String condition, String section, String note) {

    /** @return true when the standard's condition cannot be decided from the data */
    boolean undecidable() {
        return condition.startsWith("unchecked(");
    }

    /** @return true when no source read gives the condition's text */
    boolean textNotFound() {
        return condition.equals("-");
    }
}

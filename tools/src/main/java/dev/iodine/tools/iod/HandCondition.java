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
 * @param otherwise whether the attribute may be present when the condition is false
 */
record HandCondition(String condition, String section, String note, Otherwise otherwise) {

    /** Whether a 1C/2C attribute may be present while its condition is false (PS3.5 7.4.4/7.4.5). */
    enum Otherwise {
        /** As dicom3tools reads the row's text: forbidden when it encodes a condition without its flag. */
        INHERITED,
        /** The text read says "may be present otherwise" (or lets a value be given again). */
        ALLOWED,
        /** The text read says only "Required if ...". */
        FORBIDDEN;

        /** @return the value of the optional fifth column ({@code allowed}, {@code forbidden} or empty) */
        static Otherwise of(String column) {
            return switch (column) {
                case "" -> INHERITED;
                case "allowed" -> ALLOWED;
                case "forbidden" -> FORBIDDEN;
                default -> throw new IllegalArgumentException(
                        "expected allowed, forbidden or nothing in the fifth column, found: " + column);
            };
        }
    }

    /** @return true when the standard's condition cannot be decided from the data */
    boolean undecidable() {
        return condition.startsWith("unchecked(");
    }

    /** @return true when no source read gives the condition's text */
    boolean textNotFound() {
        return condition.equals("-");
    }

    /**
     * @param sourceForbids true when dicom3tools encodes the row's condition and does not flag it "may be present
     *                      otherwise"
     * @return true when the attribute is forbidden while the condition is false; never for an unchecked condition,
     *         whose falsity cannot be known
     */
    boolean forbidsOtherwise(boolean sourceForbids) {
        if (undecidable() || textNotFound()) {
            return false;
        }
        return switch (otherwise) {
            case INHERITED -> sourceForbids;
            case ALLOWED -> false;
            case FORBIDDEN -> true;
        };
    }
}

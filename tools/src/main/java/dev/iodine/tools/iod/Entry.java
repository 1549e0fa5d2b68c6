package dev.iodine.tools.iod;

import java.util.List;

/**
 * One row of a module, macro or sequence-item table: an attribute (possibly a sequence with its own rows) or an
 * "Include Table ... Macro" line.
 */
public sealed interface Entry permits Entry.Attribute, Entry.MacroInclude {

    /**
     * An attribute row (PS3.3 "Attribute Name / Tag / Type").
     *
     * @param tag           the tag as {@code 0xGGGGEEEE}
     * @param keyword       the PS3.6 keyword (from the dictionary, joined on the tag)
     * @param type          1, 1C, 2, 2C or 3
     * @param conditionName the dicom3tools condition that decides a 1C/2C row, or null
     * @param unencoded     true when the row is 1C/2C but the sources do not encode its condition
     * @param mayBePresentOtherwise true when the standard allows the attribute when the condition is false
     * @param values        enumerated values or defined terms, or empty
     * @param items         the rows of each item when this is a sequence, else null
     */
    record Attribute(int tag, String keyword, String type, String conditionName, boolean unencoded,
                     boolean mayBePresentOtherwise, List<ValueSet> values, List<Entry> items) implements Entry {

        /** @return true for a sequence (SQ) attribute */
        public boolean isSequence() {
            return items != null;
        }

        /** @return true for Type 1C or 2C */
        public boolean isConditional() {
            return type.endsWith("C");
        }
    }

    /**
     * An include of a macro, optionally only when a condition holds (functional group macros).
     *
     * @param macro         the macro's dicom3tools name
     * @param conditionName the dicom3tools condition, or null
     */
    record MacroInclude(String macro, String conditionName) implements Entry {
    }
}

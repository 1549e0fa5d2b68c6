package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.List;

/**
 * Every place the emitter wrote a condition, with its outcome: what {@link ConditionReport} summarises in
 * iod-models/CONDITIONS.md.
 */
final class ConditionLog {

    /** What kind of place holds the condition. */
    enum Kind {
        /** a Type 1C or 2C attribute row */
        ATTRIBUTE,
        /** a conditional "Include Table ... Macro" line */
        INCLUDE,
        /** a usage-C module of an IOD */
        MODULE_USAGE
    }

    /** How the condition was obtained. */
    enum Outcome {
        /** translated from the sources' encoded expression into a check */
        TRANSLATED,
        /** written by hand from the standard's text */
        HAND_WRITTEN,
        /** read by hand: the standard's condition depends on facts outside the data; written as unchecked(...) */
        UNDECIDABLE,
        /** encoded in the sources but not expressible; written as unchecked(...) */
        NOT_TRANSLATED,
        /** not encoded in the sources; written as unchecked(...) */
        NOT_ENCODED
    }

    /**
     * One condition.
     *
     * @param kind      attribute, include or module usage
     * @param where     "RTBeams > BeamSequence > HighDoseTechniqueType" or "rt-plan / RTBeams"
     * @param type      the row's type (1C, 2C) or usage (C), or "include"
     * @param name      the dicom3tools condition name, or null
     * @param outcome   how it was obtained
     * @param text      the condition as written into the source
     * @param reason    why it is not a check, or null
     */
    record Line(Kind kind, String where, String type, String name, Outcome outcome, String text, String reason) {
    }

    private final List<Line> lines = new ArrayList<>();

    void add(Line line) {
        lines.add(line);
    }

    List<Line> lines() {
        return lines;
    }
}

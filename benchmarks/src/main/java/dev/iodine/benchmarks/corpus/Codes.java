package dev.iodine.benchmarks.corpus;

import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;

/** Code Sequence Macro items (PS3.3 Table 8.8-1), which every realistic header carries a few of. */
final class Codes {

    private Codes() {
    }

    /** Puts a one-item code sequence at {@code tag} of {@code ds}. */
    static void put(Dataset ds, int tag, String value, String scheme, String meaning) {
        ds.newSequence(tag).addItem()
                .setString(Tags.CodeValue, VR.SH, value)
                .setString(Tags.CodingSchemeDesignator, VR.SH, scheme)
                .setString(Tags.CodeMeaning, VR.LO, meaning);
    }
}

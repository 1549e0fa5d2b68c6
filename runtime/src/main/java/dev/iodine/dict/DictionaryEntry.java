package dev.iodine.dict;

import dev.iodine.data.VR;
import java.util.List;

/**
 * One data element of the PS3.6 registry (or the PS3.7 command group).
 *
 * <pre>{@code
 * DictionaryEntry e = ElementDictionary.lookup(Tags.PixelData);
 * e.vrs();      // [OB, OW]
 * e.vm();       // "1"
 * }</pre>
 *
 * @param tag the tag; for repeating groups ({@code 50xx}, {@code 60xx}, {@code 7Fxx}) the tag of the first group
 * @param keyword the PS3.6 keyword, e.g. {@code PatientName}; empty for the few unnamed retired elements
 * @param name the human-readable name, e.g. {@code Patient's Name}; empty where the source has none
 * @param vrs the VR, or several for entries such as {@code US or SS}; the first is the default; empty for the item
 *     and delimitation tags {@code (FFFE,E000)}, {@code (FFFE,E00D)}, {@code (FFFE,E0DD)}, which have no VR
 * @param vm the value multiplicity as in PS3.6, e.g. {@code 1}, {@code 1-n}, {@code 2-2n}
 * @param retired whether PS3.6 lists the element as retired
 */
public record DictionaryEntry(int tag, String keyword, String name, List<VR> vrs, String vm, boolean retired) {

    /** The default VR: the first of {@link #vrs()}; {@code null} for the item and delimitation tags (no VR). */
    public VR vr() {
        return vrs.isEmpty() ? null : vrs.get(0);
    }

    /** Whether PS3.6 gives a choice of VRs, e.g. {@code US or SS}, {@code OB or OW}. */
    public boolean multipleVRs() {
        return vrs.size() > 1;
    }
}

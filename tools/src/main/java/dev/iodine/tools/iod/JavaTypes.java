package dev.iodine.tools.iod;

import java.util.Map;
import java.util.Set;

/**
 * The Java type a definition declares for an attribute, from its VR and VM (docs/annotations.md, "Java types for
 * VRs"): the runtime's value types for a single person name, date, time or date-time, which keep partial values.
 */
final class JavaTypes {

    private static final Set<String> TEXT = Set.of("AE", "AS", "CS", "LO", "SH", "UC", "UI", "LT", "ST", "UT", "UR",
            "PN", "DA", "TM", "DT");
    /** The VRs whose single value has a runtime value type, and that type's simple name. */
    private static final Map<String, String> VALUE_TYPES =
            Map.of("PN", "PersonName", "DA", "DicomDate", "TM", "DicomTime", "DT", "DicomDateTime");
    /**
     * VRs that hold one value whatever the dictionary's VM (PS3.5 6.2: LT, ST, UT take backslash as text, UR is
     * never multi-valued), so the processor accepts only String; Sex Parameters for Clinical Use Category Reference
     * is UR with VM 1-n.
     */
    private static final Set<String> ONE_VALUE = Set.of("LT", "ST", "UT", "UR");
    private static final String DATA_PACKAGE = "dev.iodine.data.";
    private static final Set<String> INTEGER = Set.of("US", "SS", "SL", "AT");
    private static final Set<String> LONG = Set.of("UL", "SV", "UV");

    private JavaTypes() {
    }

    /**
     * @param vr the dictionary's VR; an ambiguous one ("US or SS", "US or OW") maps to the type of its first
     *           alternative, the one the processor checks against
     * @param vm the dictionary's VM
     */
    static String of(String vr, String vm) {
        String v = vr.split(" or ")[0];
        if (v.startsWith("O") || "UN".equals(v)) {
            return bulk(v);
        }
        boolean single = "1".equals(vm) || ONE_VALUE.contains(v);
        if (single && VALUE_TYPES.containsKey(v)) {
            return VALUE_TYPES.get(v);
        }
        if (TEXT.contains(v)) {
            return single ? "String" : "String[]";
        }
        if (INTEGER.contains(v) || "IS".equals(v)) {
            return single ? "Integer" : "int[]";
        }
        if (LONG.contains(v)) {
            return single ? "Long" : "long[]";
        }
        return switch (v) {
            case "DS", "FD" -> single ? "Double" : "double[]";
            case "FL" -> single ? "Float" : "float[]";
            default -> throw new IllegalArgumentException("no Java type for VR '" + vr + "'");
        };
    }

    /** @return the import a declared type needs, or null for java.lang types and arrays of them */
    static String importOf(String javaType) {
        return VALUE_TYPES.containsValue(javaType) ? DATA_PACKAGE + javaType : null;
    }

    private static String bulk(String vr) {
        return switch (vr) {
            case "OF" -> "float[]";
            case "OD" -> "double[]";
            default -> "byte[]";
        };
    }
}

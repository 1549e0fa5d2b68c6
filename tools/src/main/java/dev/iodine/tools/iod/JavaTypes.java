package dev.iodine.tools.iod;

import java.util.Set;

/**
 * The Java type a definition declares for an attribute, from its VR and VM (docs/annotations.md, "Java types for
 * VRs"). Person names, dates and times are declared as {@code String} until the runtime's value types
 * ({@code PersonName}, {@code DicomDate}...) land; switching is one change here and a regeneration.
 */
final class JavaTypes {

    private static final Set<String> TEXT = Set.of("AE", "AS", "CS", "LO", "SH", "UC", "UI", "LT", "ST", "UT", "UR",
            "PN", "DA", "TM", "DT");
    private static final Set<String> INTEGER = Set.of("US", "SS", "SL", "AT");
    private static final Set<String> LONG = Set.of("UL", "SV", "UV");

    private JavaTypes() {
    }

    /** @return true when the VR's values are text, to which enumerated values and defined terms apply */
    static boolean isText(String vr) {
        return TEXT.contains(vr);
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
        boolean single = "1".equals(vm);
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

    private static String bulk(String vr) {
        return switch (vr) {
            case "OF" -> "float[]";
            case "OD" -> "double[]";
            default -> "byte[]";
        };
    }
}

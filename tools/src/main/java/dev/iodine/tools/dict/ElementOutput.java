package dev.iodine.tools.dict;

import java.util.ArrayList;
import java.util.List;

/** Renders the element dictionary: the runtime resource {@code elements.tsv} and the {@code Tags} constants. */
final class ElementOutput {

    private ElementOutput() {
    }

    /**
     * The resource read by {@code ElementDictionary}: one row per element, in the source's order, columns
     * tag pattern, keyword, name, VRs joined by {@code /}, VM, retired ({@code Y}/{@code N}).
     */
    static String resource(List<ElementRow> rows) {
        List<String> out = GenerateDictionary.header(
                "PS3.6 data dictionary and PS3.7 command group; generated from derived/data-elements.tsv by",
                "dev.iodine.tools.dict.GenerateDictionary (docs/generators.md). Do not edit.",
                "tag(x = any hex digit)\tkeyword\tname\tVRs(/-separated; empty = none)\tVM\tretired");
        for (ElementRow r : rows) {
            out.add(String.join("\t", r.pattern(), r.keyword(), r.name(), r.vrs(), r.vm(), r.retired() ? "Y" : "N"));
        }
        return GenerateDictionary.lines(out);
    }

    /** {@code Tags.java}: one {@code int} constant per keyword. */
    static String tagsClass(List<ElementRow> rows) {
        List<JavaConstants.Constant> constants = new ArrayList<>(rows.size());
        for (ElementRow r : rows) {
            if (r.keyword().isEmpty()) {
                continue; // the unnamed retired elements have no keyword to name a constant
            }
            String doc = r.display() + " " + r.vrDisplay() + " VM " + r.vm()
                    + (r.name().isEmpty() ? "" : " " + r.name())
                    + (r.repeating() ? "; a repeating tag, the value is its first group or element" : "");
            constants.add(new JavaConstants.Constant(r.keyword(), "int",
                    String.format("0x%08X", r.tag()), doc, r.retired()));
        }
        return JavaConstants.render("Tags", List.of(
                "The tag of every keyword of the PS3.6 data dictionary and the PS3.7 command group, as an "
                        + "{@code int} {@code 0xGGGGEEEE}.",
                "<pre>{@code\n * int tag = Tags.PatientName;                     // 0x00100010\n"
                        + " * VR vr = ElementDictionary.vrOf(Tags.PatientName); // VR.PN\n * }</pre>",
                "Retired elements are {@code @Deprecated}. For a repeating group such as {@code (60xx,3000)} the "
                        + "constant is the tag in the first group ({@code 0x60003000}); add "
                        + "{@code 0x00020000} per further overlay."), constants);
    }
}

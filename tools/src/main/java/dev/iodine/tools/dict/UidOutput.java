package dev.iodine.tools.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the UID registry: the runtime resource {@code uids.tsv} and the {@code UIDs} constants. */
final class UidOutput {

    private UidOutput() {
    }

    /**
     * The resource read by {@code UidRegistry} and {@code TransferSyntax}: one row per UID in the source's order,
     * columns UID, keyword, name, type, info, retired; transfer syntaxes add explicit VR, big endian, deflated
     * ({@code Y}/{@code N}) and pixels ({@code native}, {@code encapsulated}, {@code external}).
     */
    static String resource(List<UidRow> rows, Map<String, TransferSyntaxEncoding> encodings) {
        List<String> out = GenerateDictionary.header(
                "PS3.6 UID registry; generated from derived/uids.tsv and dicom3tools transyn.tpl by",
                "dev.iodine.tools.dict.GenerateDictionary (docs/generators.md). Do not edit.",
                "uid\tkeyword\tname\ttype\tinfo\tretired\texplicitVR\tbigEndian\tdeflated\tpixels");
        for (UidRow r : rows) {
            TransferSyntaxEncoding e = encodings.get(r.uid());
            String encoding = e == null ? "\t\t\t"
                    : String.join("\t", yn(e.explicitVR()), yn(e.bigEndian()), yn(e.deflated()), e.pixels());
            out.add(String.join("\t", r.uid(), r.keyword(), r.name(), r.type(), r.info(), yn(r.retired()), encoding));
        }
        return GenerateDictionary.lines(out);
    }

    private static String yn(boolean value) {
        return value ? "Y" : "N";
    }

    /** {@code UIDs.java}: one {@code String} constant per keyword. */
    static String uidsClass(List<UidRow> rows) {
        List<JavaConstants.Constant> constants = new ArrayList<>(rows.size());
        for (UidRow r : rows) {
            if (r.keyword().isEmpty()) {
                continue; // two retired SOP classes without a keyword
            }
            constants.add(new JavaConstants.Constant(r.keyword(), "String", JavaConstants.stringLiteral(r.uid()),
                    r.uid() + " " + r.name() + " (" + r.type() + ")", r.retired()));
        }
        return JavaConstants.render("UIDs", List.of(
                "The UID of every keyword of the PS3.6 UID registry (transfer syntaxes, SOP classes, well-known "
                        + "UIDs...).",
                "<pre>{@code\n * String ts = UIDs.ExplicitVRLittleEndian;          // \"1.2.840.10008.1.2.1\"\n"
                        + " * UidEntry e = UidRegistry.lookup(UIDs.CTImageStorage); // type \"SOP Class\"\n * }</pre>",
                "Retired UIDs are {@code @Deprecated}."), constants);
    }
}

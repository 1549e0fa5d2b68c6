package dev.iodine.tools.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding properties of a transfer syntax, derived from data: dicom3tools {@code transyn.tpl} (VR, Endian,
 * Encap per UID) first, then the generator's {@code transfer-syntax-supplement.tsv} (read from PS3.5) for the UIDs
 * transyn.tpl lacks. Deflate of the whole data set is named by the syntax (PS3.5 A.5, A.7, A.12): a syntax whose
 * name says "Deflate" and whose pixels are not encapsulated (Deflated Image Frame Compression deflates frames
 * inside encapsulated Pixel Data, not the data set).
 *
 * @param explicitVR explicit VR (PS3.5 7.1.2) rather than implicit
 * @param bigEndian big endian byte order (PS3.5 7.3)
 * @param deflated the data set after the File Meta Information is deflated (PS3.5 A.5)
 * @param pixels {@code native}, {@code encapsulated} or {@code external}
 */
record TransferSyntaxEncoding(boolean explicitVR, boolean bigEndian, boolean deflated, String pixels) {

    private static final Pattern PAIR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** The encodings of every transfer syntax row, keyed by UID; a syntax found in no source stops the generator. */
    static Map<String, TransferSyntaxEncoding> derive(List<UidRow> rows, Path transynTpl) {
        Map<String, String[]> known = readTemplate(transynTpl);
        for (String[] r : Tsv.readResource("transfer-syntax-supplement.tsv", "uid", "vr", "endian", "pixels", "clause")) {
            if (known.put(r[0], new String[] {r[1], r[2], r[3]}) != null) {
                throw new IllegalArgumentException("supplement repeats a syntax of transyn.tpl: " + r[0]);
            }
        }
        Map<String, TransferSyntaxEncoding> result = new HashMap<>();
        for (UidRow row : rows) {
            if (!row.transferSyntax()) {
                continue;
            }
            String[] e = known.get(row.uid());
            if (e == null) {
                throw new IllegalArgumentException("no encoding known for transfer syntax " + row.uid() + " "
                        + row.name() + ": add it to transfer-syntax-supplement.tsv from PS3.5");
            }
            boolean explicit = choose(e[0], "explicit", "implicit", row);
            boolean big = choose(e[1], "big", "little", row);
            if (!List.of("native", "encapsulated", "external").contains(e[2])) {
                throw new IllegalArgumentException("bad pixels " + e[2] + " for " + row.uid());
            }
            boolean deflated = row.name().contains("Deflate") && !e[2].equals("encapsulated");
            result.put(row.uid(), new TransferSyntaxEncoding(explicit, big, deflated, e[2]));
        }
        return result;
    }

    private static boolean choose(String value, String yes, String no, UidRow row) {
        if (value.equals(yes) || value.equals(no)) {
            return value.equals(yes);
        }
        throw new IllegalArgumentException("expected " + yes + " or " + no + " for " + row.uid() + ", got " + value);
    }

    /**
     * UID to {VR, Endian, pixels} from transyn.tpl lines such as {@code Name="..." Uid="1.2.840.10008.1.2"
     * Endian="little" VR="implicit" Encap="no"}; several names may share a UID, with the same encoding.
     */
    private static Map<String, String[]> readTemplate(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String[]> result = new HashMap<>();
        for (String line : lines) {
            Map<String, String> pairs = new HashMap<>();
            Matcher m = PAIR.matcher(line);
            while (m.find()) {
                pairs.put(m.group(1), m.group(2));
            }
            if (!pairs.containsKey("Uid")) {
                continue;
            }
            String[] encoding = {pairs.get("VR"), pairs.get("Endian"),
                    "yes".equals(pairs.get("Encap")) ? "encapsulated" : "native"};
            String[] previous = result.putIfAbsent(pairs.get("Uid"), encoding);
            if (previous != null && !java.util.Arrays.equals(previous, encoding)) {
                throw new IllegalArgumentException(file + ": two encodings for " + pairs.get("Uid"));
            }
        }
        return result;
    }
}

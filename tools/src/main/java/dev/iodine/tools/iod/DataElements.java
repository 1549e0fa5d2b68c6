package dev.iodine.tools.iod;

import dev.iodine.tools.dict.NewerRetirements;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PS3.6 dictionary as the importer needs it: keyword, name and VR by tag ({@code derived/data-elements.tsv},
 * with the retirements of newer PS3.6 editions of {@link NewerRetirements} applied),
 * and the tags of dicom3tools' own keywords ({@code elmdict/dicom3.tpl}), which conditions use and which differ
 * from PS3.6 for a few elements.
 *
 * <pre>{@code
 * DataElements dict = DataElements.load(sources);
 * String keyword = dict.entry(0x00100010).keyword();   // "PatientName"
 * }</pre>
 */
public final class DataElements {

    /**
     * One dictionary row.
     *
     * @param tag     {@code 0xGGGGEEEE}
     * @param keyword PS3.6 keyword
     * @param name    PS3.6 name
     * @param vr      VR as PS3.6 writes it ("US or SS" for ambiguous ones)
     * @param vm      VM ("1", "1-n")
     * @param retired true when retired
     */
    public record Element(int tag, String keyword, String name, String vr, String vm, boolean retired) {
    }

    private static final Pattern TEMPLATE_ROW =
            Pattern.compile("^\\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\\).*?Keyword=\"([^\"]+)\"");

    private final Map<Integer, Element> byTag = new HashMap<>();
    private final Map<String, Integer> tagByKeyword = new HashMap<>();

    private DataElements() {
    }

    /** Reads both dictionaries from {@code sources}. */
    public static DataElements load(StandardSources sources) {
        DataElements dict = new DataElements();
        NewerRetirements newer = NewerRetirements.load();
        boolean header = true;
        for (String line : sources.lines("derived/data-elements.tsv")) {
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                continue;
            }
            int tag = parseTag(f[0]);
            boolean retired = newer.retired(tag, f[1], "Y".equals(f[5]));
            dict.byTag.put(tag, new Element(tag, f[1], f[2], f[3], f[4], retired));
            dict.tagByKeyword.put(f[1], tag);
        }
        newer.requireAllUsed();
        for (String line : sources.lines(StandardSources.DICOM3TOOLS + "elmdict/dicom3.tpl")) {
            Matcher m = TEMPLATE_ROW.matcher(line);
            if (m.find()) {
                int tag = Integer.parseUnsignedInt(m.group(1) + m.group(2), 16);
                dict.tagByKeyword.putIfAbsent(m.group(3), tag);
            }
        }
        return dict;
    }

    /**
     * @return the tag of {@code "(GGGG,EEEE)"}; a repeating-group mask such as {@code (60xx,3000)} gives the first
     *         group of the range (0x60003000), the tag the dictionary and the modules use for the whole range
     */
    public static int parseTag(String text) {
        String t = text.trim().replace('x', '0');
        if (t.length() != 11 || t.charAt(0) != '(' || t.charAt(5) != ',' || t.charAt(10) != ')') {
            throw new IllegalArgumentException("expected a tag written (GGGG,EEEE), found '" + text + "'");
        }
        return Integer.parseUnsignedInt(t.substring(1, 5) + t.substring(6, 10), 16);
    }

    /** @return the row of {@code tag}, or null when the dictionary does not have it */
    public Element entry(int tag) {
        return byTag.get(tag);
    }

    /** @return the tag of a PS3.6 or dicom3tools keyword, or null when neither knows it */
    public Integer tagOf(String keyword) {
        return tagByKeyword.get(keyword);
    }
}

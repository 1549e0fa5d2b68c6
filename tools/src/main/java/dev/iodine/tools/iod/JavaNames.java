package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Java names a user would guess for the standard's names: "RT Plan" → {@code RtPlan}, "Contrast/Bolus" →
 * {@code ContrastBolus}, "12-Lead ECG" → {@code TwelveLeadEcg}; dicom3tools' camel-case names
 * ("MultienergyCTImage") are split the same way. Acronyms become one capital and lower case letters, as in
 * {@code CtImage} and {@code SopCommon}.
 *
 * <pre>{@code
 * JavaNames.type("Enhanced CT Image");      // "EnhancedCtImage"
 * JavaNames.words("RTIonBeamsSessionRecord"); // "RT Ion Beams Session Record"
 * }</pre>
 */
public final class JavaNames {

    private static final Map<String, String> NUMBERS = Map.of("2", "Two", "3", "Three", "4", "Four", "12", "Twelve");

    private JavaNames() {
    }

    /** @return an upper camel case Java type name for a title of words */
    public static String type(String title) {
        StringBuilder sb = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (sb.isEmpty() && Character.isDigit(word.charAt(0))) {
                word = spellLeadingNumber(word);
            }
            boolean allCaps = word.equals(word.toUpperCase(Locale.ROOT));
            String rest = allCaps ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1);
            sb.append(Character.toUpperCase(word.charAt(0))).append(rest);
        }
        if (sb.isEmpty()) {
            throw new IllegalArgumentException("no Java name can be made from '" + title + "'");
        }
        return sb.toString();
    }

    private static String spellLeadingNumber(String word) {
        int end = 0;
        while (end < word.length() && Character.isDigit(word.charAt(end))) {
            end++;
        }
        String spelled = NUMBERS.get(word.substring(0, end));
        if (spelled == null) {
            throw new IllegalArgumentException("no spelling for the leading number of '" + word + "'");
        }
        // "3D" becomes "ThreeD": the rest stays as written so that it reads as one word.
        return spelled + word.substring(end).toUpperCase(Locale.ROOT);
    }

    /**
     * Splits a camel-case name into words: a run of capitals is an acronym, except its last capital when a lower
     * case letter follows ("RTIon" → "RT Ion"); digits stay with what precedes them.
     */
    public static String words(String camel) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < camel.length(); i++) {
            char prev = camel.charAt(i - 1);
            char c = camel.charAt(i);
            boolean next = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
            if (Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev)
                    || (Character.isUpperCase(prev) && next))) {
                words.add(camel.substring(start, i));
                start = i;
            }
        }
        words.add(camel.substring(start));
        return String.join(" ", words);
    }

    /**
     * @return the item type name of a sequence keyword: "BeamSequence" → "Beam",
     *         "ControlPointSequence" → "ControlPoint"; a keyword without the suffix gets "Item"
     */
    public static String item(String sequenceKeyword) {
        String base = sequenceKeyword.endsWith("Sequence")
                ? sequenceKeyword.substring(0, sequenceKeyword.length() - "Sequence".length()) : sequenceKeyword;
        return base.isEmpty() ? "Item" : (sequenceKeyword.endsWith("Sequence") ? base : base + "Item");
    }
}

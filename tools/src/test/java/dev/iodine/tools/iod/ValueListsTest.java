package dev.iodine.tools.iod;

import dev.iodine.tools.StandardFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValueListsTest {

    /** One generated value list, {@code enumerated = {...}} or {@code definedTerms = {...}}. */
    private static final Pattern LIST = Pattern.compile("(?:enumerated|definedTerms) = \\{([^}]*)}");

    private static final Pattern VALUE = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void anEntryKeepsOnlyItsValueWhateverSeparatesTheMeaning() {
        // The separators occurring in dicom3tools' strval templates (charset.tpl, modality lists, PET corrections).
        assertEquals("ISO_IR 100", ValueLists.value("ISO_IR 100 =\tLatin alphabet No. 1,"));
        assertEquals("ISO_IR 13", ValueLists.value("ISO_IR 13  =\tJapanese,"));
        assertEquals("BMD", ValueLists.value("BMD\t= Bone Densitometry (X-ray),"));
        assertEquals("DLYD", ValueLists.value("DLYD=delayed events,"));
        assertEquals("STATIC", ValueLists.value("STATIC = Static beam"));
        assertEquals("2 CHAMBER", ValueLists.value("2 CHAMBER,"));
        assertEquals("APICAL", ValueLists.value("APICAL ,"));
        assertEquals("NO", ValueLists.value("NO"));
    }

    @Test
    void everyGeneratedValueIsABareTerm() throws IOException {
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Matcher list = LIST.matcher(file.getValue());
            while (list.find()) {
                Matcher value = VALUE.matcher(list.group(1));
                while (value.find()) {
                    count++;
                    String v = value.group(1);
                    // A DICOM code string has no '=', no control character and no leading/trailing space (PS3.5
                    // 6.2); an escape (\\u0009, \\t) in the Java literal means a description came along.
                    if (v.isEmpty() || v.contains("=") || v.contains("\\") || !v.equals(v.strip())) {
                        bad.add(file.getKey() + ": \"" + v + "\"");
                    }
                }
            }
        }
        // Rows that several definitions share stand once, in the macros of dev.iodine.iod.rows: 3601 values in 2024d.
        assertTrue(count > 3_000, "expected the value lists of every module, found " + count + " values");
        assertTrue(bad.isEmpty(), bad.size() + " values carry more than the term, e.g. "
                + bad.subList(0, Math.min(5, bad.size())));
        String sopCommon = files.get("src/main/java/dev/iodine/iod/module/SopCommonModule.java");
        assertTrue(sopCommon.contains("definedTerms = { \"ISO_IR 100\", \"ISO_IR 101\""), sopCommon);
    }
}

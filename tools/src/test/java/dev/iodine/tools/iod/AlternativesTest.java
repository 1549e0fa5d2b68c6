package dev.iodine.tools.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merging alternative macros of one item level (Directory Record keys) into one row per attribute. */
class AlternativesTest {

    private static Entry.Attribute row(int tag, String keyword, String type, String condition) {
        return new Entry.Attribute(tag, keyword, type, condition, false, false, List.of(), null);
    }

    private static TableDef macro(String key, Entry... rows) {
        return new TableDef(key, true, key, null, null, null, "test", List.of(rows));
    }

    @Test
    void eachAttributeBecomesOneRowRequiredWhereAnAlternativeRequiresIt() {
        Map<String, TableDef> tables = Map.of(
                "Study", macro("Study", row(0x00200010, "StudyID", "1", null),
                        row(0x00080005, "SpecificCharacterSet", "1C", "CharsetNeeded")),
                "Image", macro("Image", row(0x00200013, "InstanceNumber", "1", null),
                        row(0x00080005, "SpecificCharacterSet", "1C", "CharsetNeeded")),
                "RawData", macro("RawData", row(0x00200013, "InstanceNumber", "2", null),
                        row(0x00081030, "StudyDescription", "3", null), row(0x00080023, "ContentDate", "1", null)),
                "Waveform", macro("Waveform", row(0x00080023, "ContentDate", "1", null)));
        Entry.Attribute own = row(0x00041430, "DirectoryRecordType", "1", null);
        List<Entry> level = List.of(own, new Entry.MacroInclude("Study", "IsStudy"),
                new Entry.MacroInclude("Image", "IsImage"), new Entry.MacroInclude("RawData", "IsRawData"),
                new Entry.MacroInclude("Waveform", "IsWaveform"));
        Map<String, String> includes = Map.of("IsStudy", "DirectoryRecordType == \"STUDY\"",
                "IsImage", "DirectoryRecordType == \"IMAGE\"", "IsRawData", "DirectoryRecordType == \"RAW DATA\"",
                "IsWaveform", "DirectoryRecordType == \"WAVEFORM\"");

        Alternatives.Result r = Alternatives.merge(level, "Dir > Records", tables, includes::get,
                (macro, a) -> "unchecked(\"prose\")");

        assertEquals(List.of("DirectoryRecordType 1", "StudyID 1C", "SpecificCharacterSet 1C", "InstanceNumber 1C",
                "StudyDescription 3", "ContentDate 1C"), r.entries().stream().map(e -> (Entry.Attribute) e)
                .map(a -> a.keyword() + " " + a.type()).toList());
        assertEquals("DirectoryRecordType == \"STUDY\"", r.conditions().get("StudyID"));
        // Type 1 in IMAGE records, Type 2 in RAW DATA ones: the Type 1 requirement is kept, the other reported.
        assertEquals("DirectoryRecordType == \"IMAGE\"", r.conditions().get("InstanceNumber"));
        assertEquals("DirectoryRecordType in (\"RAW DATA\", \"WAVEFORM\")", r.conditions().get("ContentDate"));
        assertEquals(List.of("Dir > Records > InstanceNumber: Type 2 in RawData (Type 1 in Image) is not checked"),
                r.notChecked());
        // No part of Specific Character Set's condition is encoded: the merged row is unchecked.
        assertEquals("unchecked(\"" + Alternatives.PROSE_ONLY + "\")", r.conditions().get("SpecificCharacterSet"));
    }
}

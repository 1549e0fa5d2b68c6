package dev.iodine.tools.iod;

import dev.iodine.tools.StandardFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IodImporterTest {

    @Test
    void committedDefinitionsAreWhatTheImporterWritesAndRegeneratingChangesNothing() throws IOException {
        Path standard = StandardFolder.require();
        Map<String, String> first = IodImporter.generate(standard);
        assertEquals(first, IodImporter.generate(standard), "the importer is not deterministic");
        assertTrue(first.size() > 700, "expected every module, macro and IOD, got " + first.size() + " files");
        Path module = StandardFolder.repositoryRoot().resolve("iod-models");
        for (Map.Entry<String, String> e : first.entrySet()) {
            Path committed = module.resolve(e.getKey());
            assertTrue(Files.exists(committed), committed + " is missing: rerun the command of docs/generators.md");
            assertEquals(e.getValue(), Files.readString(committed, StandardCharsets.UTF_8),
                    committed + " is stale: rerun the command of docs/generators.md");
        }
    }

    @Test
    void factoringRepeatedRowsIntoMacrosKeepsWhatEveryIodMeans() throws IOException {
        Path standard = StandardFolder.require();
        Map<String, String> full = IodImporter.generate(standard, false);
        Map<String, String> factored = IodImporter.generate(standard);
        assertTrue(factored.keySet().stream().filter(p -> p.contains("/iod/rows/")).count() > 100,
                "expected the repeated rows to be factored into macros");
        Map<String, String> expected = FlatDefinitions.of(full);
        Map<String, String> actual = FlatDefinitions.of(factored);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((iod, meaning) -> assertEquals(meaning, actual.get(iod), iod));
        // The condition report is written from the standard's locations, which factoring does not move.
        assertEquals(full.get("CONDITIONS.md"), factored.get("CONDITIONS.md"));
        assertEquals(full.get("conditions.tsv"), factored.get("conditions.tsv"));
    }

    @Test
    void aHandWrittenConditionForbidsPresenceOtherwiseOnlyWhereTheTextDoes() throws IOException {
        // PS3.5 7.4.5: a 2C attribute is not allowed while its condition is false unless PS3.3 says "may be present
        // otherwise". RT Image's Exposure Sequence KVP (C.8.8.2) keeps dicom3tools' reading of its text; Waveform's
        // Multiplex Group Time Offset (C.10.9) says it may be present otherwise, which hand-conditions.tsv states
        // against dicom3tools; a control point's Gantry Angle (C.8.8.14.5), which dicom3tools leaves unconditioned,
        // may be given again at every control point.
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        String module = "src/main/java/dev/iodine/iod/module/";
        assertTrue(annotation(files.get(module + "RtImageModule.java"), "KVP")
                .contains("mayBePresentOtherwise = false"));
        assertFalse(annotation(files.get(module + "WaveformModule.java"), "MultiplexGroupTimeOffset")
                .contains("mayBePresentOtherwise"));
        assertFalse(annotation(files.get(module + "RtBeamsModule.java"), "GantryAngle")
                .contains("mayBePresentOtherwise"));
    }

    /** @return the first {@code @Attribute} annotation of the keyword in a generated source */
    private static String annotation(String source, String keyword) {
        int at = source.indexOf("@Attribute(keyword = \"" + keyword + "\"");
        assertTrue(at >= 0, keyword + " is not declared");
        return source.substring(at, source.indexOf('\n', at));
    }

    @Test
    void aVariantModuleUsesItsBaseModulesItemsAndSharesItsRows() throws IOException {
        // PS3.3 C.7.6.4: Contrast/Bolus without its Contrast/Bolus Agent Sequence (for Enhanced XA/XRF, whose
        // Enhanced Contrast/Bolus module specializes it) still holds the Administration Route items of the base.
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        String variant = files.get("src/main/java/dev/iodine/iod/module/ContrastBolusExceptContrastBolusAgentModule.java");
        assertTrue(!variant.contains("interface ContrastBolusAdministrationRoute"), variant);
        assertTrue(variant.contains("@Include("), variant);
        String rows = files.entrySet().stream().filter(e -> e.getKey().contains("/iod/rows/"))
                .map(Map.Entry::getValue).filter(s -> s.contains("getContrastBolusAdministrationRouteSequence"))
                .findFirst().orElseThrow();
        assertTrue(rows.contains("List<ContrastBolusModule.ContrastBolusAdministrationRoute>"), rows);
    }

    @Test
    void aSpecializedSequenceIsDefinedOnceInTheIod() throws IOException {
        // PS3.3 A.32.4 (VL Photographic Image): VL Image (C.8.12.1) specializes General Reference's Referenced Image
        // Sequence (C.12.4); the IOD uses General Reference without it, and VL Image keeps its own definition.
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        String iod = files.get("src/main/java/dev/iodine/iod/VlPhotographicImageIod.java");
        assertTrue(iod.contains("@UseModule(value = GeneralReferenceExceptReferencedImageModule.class, usage = Usage.U"),
                iod);
        assertTrue(iod.contains("@UseModule(value = VlImageModule.class"), iod);
        String variant = files.get("src/main/java/dev/iodine/iod/module/GeneralReferenceExceptReferencedImageModule.java");
        assertTrue(variant.contains("@DicomModule(name = \"General Reference\", section = \"C.12.4\")"), variant);
        String meaning = FlatDefinitions.of(files).get("dev.iodine.iod.VlPhotographicImageIod");
        String generalReference = meaning.substring(meaning.indexOf("module GeneralReferenceExceptReferencedImageModule"),
                meaning.indexOf("module", meaning.indexOf("module GeneralReferenceExceptReferencedImageModule") + 1));
        assertTrue(!generalReference.contains("\"ReferencedImageSequence\"")
                && generalReference.contains("\"SourceImageSequence\""), generalReference);
        String vlImage = meaning.substring(meaning.indexOf("module VlImageModule"));
        assertTrue(vlImage.contains("\"ReferencedImageSequence\""), vlImage);
    }

    @Test
    void generatedFilesNoLongerProducedAreDeletedAndHandWrittenOnesKept(@TempDir Path module) throws IOException {
        // A table dropped from the sources leaves its generated interface behind unless the importer deletes it; a
        // hand-written source in the same packages (no marker) is never the importer's to delete.
        Path dir = Files.createDirectories(module.resolve("src/main/java/dev/iodine/iod/module"));
        String generated = "/** " + SourceEmitter.MARKER + " from dicom3tools x.tpl:1. */\ninterface %s {\n}\n";
        Path stale = Files.writeString(dir.resolve("GoneModule.java"), generated.formatted("GoneModule"));
        Path current = Files.writeString(dir.resolve("KeptModule.java"), generated.formatted("KeptModule"));
        Path handWritten = Files.writeString(dir.resolve("HandModule.java"), "interface HandModule {\n}\n");
        Path other = Files.writeString(dir.resolve("notes.txt"), SourceEmitter.MARKER);

        int deleted = IodImporter.deleteStale(module,
                Map.of("src/main/java/dev/iodine/iod/module/KeptModule.java", "interface KeptModule {}"));

        assertEquals(1, deleted);
        assertFalse(Files.exists(stale), "a generated file no longer produced is deleted");
        assertTrue(Files.exists(current) && Files.exists(handWritten) && Files.exists(other));
        assertEquals(0, IodImporter.deleteStale(module.resolve("no-such-module"), Map.of()));
    }

    @Test
    void aHandAddedSequenceItemIncludesAllItsMacrosAndARowWithoutConditionTextNamesTheSourcesRead() throws IOException {
        // PS3.3 C.8.8.14 (Table C.8-50): the Enhanced RT Beam Limiting Device Sequence, which dicom3tools lacks, comes
        // from hand-rows.tsv with the Device Model and Device Identification Macros in its item. The Conceptual Volume
        // Macro's Originating SOP Instance Reference Sequence (PS3.3 10.33) is a 1C row whose text no source gives
        // (hand-conditions.tsv "-"): it stays prose, with the sources read as its reason.
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        String beams = files.get("src/main/java/dev/iodine/iod/module/RtBeamsModule.java");
        String item = beams.substring(beams.indexOf("An item of Enhanced RT Beam Limiting Device Sequence"));
        item = item.substring(0, item.indexOf("interface EnhancedRTBeamLimitingDevice "));
        assertTrue(item.contains("@Include(DeviceModelMacro.class)")
                && item.contains("@Include(DeviceIdentificationMacro.class)"), item);
        String volume = files.get("src/main/java/dev/iodine/iod/macro/ConceptualVolumeMacro.java");
        assertTrue(volume.contains("@Attribute(keyword = \"OriginatingSOPInstanceReferenceSequence\", type = Type.T1C, "
                + "condition = \"unchecked(\\\"PS3.3 10.33 Table 10.33-1; no source read gives the condition's text:"),
                volume);
        assertTrue(files.get("conditions.tsv").contains("OriginatingSOPInstanceReferenceSequence\t1C\t\tNOT_ENCODED\t"));
    }

    @Test
    void modulesCiteTheirOwnSectionNotTheChapterPageThatHoldsIt() throws IOException {
        // The Patient (PS3.3 C.7.1.1) and CT Image (C.8.2.1) tables sit on the pages of C.7 and C.8.2; RT Beams
        // (C.8.8.14) has a page of its own.
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        Map<String, String> sections = Map.of("PatientModule", "C.7.1.1", "CtImageModule", "C.8.2.1",
                "RtBeamsModule", "C.8.8.14", "ClinicalTrialSubjectModule", "C.7.1.3");
        sections.forEach((module, section) -> {
            String source = files.get("src/main/java/dev/iodine/iod/module/" + module + ".java");
            assertTrue(source.contains("section = \"" + section + "\")"), module + " should cite " + section);
        });
    }

    @Test
    void everyModuleAndMacroCitesItsSectionOrSaysWhyItHasNone() throws IOException {
        // Tables the id join does not place take their section from table-sections.tsv: the functional group macros
        // of PS3.3 C.7.6.16.2 and dicom3tools' per-IOD Multi-frame Functional Groups modules (C.7.6.16) among them.
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        List<String> without = files.entrySet().stream()
                .filter(e -> e.getKey().matches("src/main/java/dev/iodine/iod/(module|macro)/[^/]+\\.java"))
                .filter(e -> !e.getValue().contains(", section = \"") && !e.getValue().contains("(no PS3.3 table of its own: "))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), without);
        Map<String, String> sections = Map.of("macro/PlanePositionMacro", "C.7.6.16.2.3",
                "macro/FrameUsefulnessFunctionalGroupMacro", "C.7.6.16.2.27",
                "module/MultiFrameFunctionalGroupsForEnhancedCtImageModule", "C.7.6.16",
                "module/SupplementalPaletteColorLutModule", "C.7.6.19", "macro/IconImageSequenceMacro", "C.7.6.1.1.6");
        sections.forEach((table, section) -> assertTrue(files.get("src/main/java/dev/iodine/iod/" + table + ".java")
                .contains("section = \"" + section + "\")"), table + " should cite " + section));
        assertTrue(files.get("src/main/java/dev/iodine/iod/module/IheremProfileModule.java")
                .contains("(no PS3.3 table of its own: the constraints of the IHE Radiation Exposure Monitoring profile"));
    }

    @Test
    void aPageLinkWithoutAHeadingLinkKeepsThePageSection() {
        // General Study's description links only its table, so the page (C.7.2) is all the sources give.
        assertEquals("C.7.2", ModelReader.moduleSection(
                "http://x/part03/sect_C.7.2.html#table_C.7-3", "<span href=\"#table_C.7-3\">This module</span>"));
        assertEquals("C.7.1.1", ModelReader.moduleSection("http://x/part03/sect_C.7.html#table_C.7-1",
                "<a href=\"http://x/part03/sect_C.7.html#sect_C.7.1.1\">Patient Module</a>, see "
                        + "<a href=\"http://x/part03/sect_C.2.html#sect_C.2\">C.2</a>"));
        // RT Series links its heading within the page only.
        assertEquals("C.8.8.1", ModelReader.moduleSection("http://x/part03/sect_C.8.8.html#table_C.8-37",
                "The <span href=\"#sect_C.8.8.1\">This module </span> has been created"));
    }

    @Test
    void aHandRemovalTakesOutOneRowOfOneTableAndOneThatMatchesNothingIsReported() throws IOException {
        // PS3.3 2026d Table C.8-3 no longer includes the RT Equipment Correlation rows that dicom3tools' CT Image has;
        // Enhanced CT Image, which includes the same dicom3tools macro, is not touched by that removal.
        Path standard = StandardFolder.require();
        StandardSources sources = new StandardSources(standard);
        DataElements dict = DataElements.load(sources);
        ModelReader.HandRemoval include = new ModelReader.HandRemoval("CTImage", "INCLUDE RTEquipmentCorrelationMacro");
        ModelReader.HandRemoval attribute = new ModelReader.HandRemoval("CTImage", "KVP");
        ModelReader.HandRemoval nothing = new ModelReader.HandRemoval("CTImage", "PatientSupportAngle");
        ModelReader reader = new ModelReader(sources, dict, ValueLists.load(sources), List.of(), List.of(), List.of(),
                Map.of(), List.of(include, attribute, nothing), Ps3TableFragments.parse(Map.of()));
        ModelReader.Model model = reader.read();
        assertEquals(List.of(nothing), reader.unusedHandEntries(),
                "a removal whose row is not in its table (the macro's row, not CT Image's) must be reported");
        List<Entry> ct = model.tables().get("CTImage").entries();
        assertFalse(ct.stream().anyMatch(include::matches) || ct.stream().anyMatch(attribute::matches), ct.toString());
        assertTrue(ct.stream().anyMatch(e -> e instanceof Entry.Attribute a && a.keyword().equals("ExposureTime")),
                ct.toString());
        assertTrue(model.tables().get("EnhancedCTImage").entries().stream().anyMatch(include::matches));
        assertTrue(new ModelReader(sources, dict, ValueLists.load(sources)).read().tables().get("CTImage").entries()
                .stream().anyMatch(include::matches), "dicom3tools' CT Image includes the macro");
    }

    @Test
    void aHandConditionOfADirectoryRecordKeyAppliesAtItsMergedRowAndOneThatIsNotWrittenIsReported() throws IOException {
        // PS3.3 F.3.2.2, F.5: the record types' key macros are merged into one row per attribute, whose condition
        // the hand condition at that row replaces (it used to be shadowed by the merged one and counted as used).
        // A misspelt location, a row of a merged (not generated) key macro and a Type 1 row take no condition, so
        // they are reported, and the importer stops on them.
        Path standard = StandardFolder.require();
        StandardSources sources = new StandardSources(standard);
        DataElements dict = DataElements.load(sources);
        String record = "DirectoryInformation > DirectoryRecordSequence > ";
        HandCondition hand = new HandCondition("DirectoryRecordType == \"PATIENT\"", "F.5", "",
                HandCondition.Otherwise.INHERITED);
        Map<String, HandCondition> conditions = Map.of(record + "SpecificCharacterSet", hand,
                record + "SpecificCharacterSett", hand, "PatientDirectoryRecord > SpecificCharacterSet", hand,
                record + "DirectoryRecordType", hand);
        SourceEmitter emitter = new SourceEmitter(new ModelReader(sources, dict, ValueLists.load(sources)).read(),
                dict, new ConditionTranslator(sources, dict), conditions, Map.of(), false);
        String module = emitter.emit().get("dev/iodine/iod/module/DirectoryInformationModule.java");
        String row = module.substring(module.indexOf("@Attribute(keyword = \"SpecificCharacterSet\""));
        assertTrue(row.substring(0, row.indexOf('\n')).endsWith("condition = \"DirectoryRecordType == \\\"PATIENT\\\"\")"),
                row.substring(0, row.indexOf('\n')));
        assertTrue(emitter.log().lines().stream().anyMatch(l -> l.where().equals(record + "SpecificCharacterSet")
                && l.outcome() == ConditionLog.Outcome.HAND_WRITTEN));
        assertEquals(Set.of(record + "SpecificCharacterSett", "PatientDirectoryRecord > SpecificCharacterSet",
                record + "DirectoryRecordType"), emitter.unusedHandEntries());
    }

    @Test
    void aHandConditionAtARowOfAFragmentTableReplacesItsUncheckedCondition() throws IOException {
        // hand-conditions.tsv names a row of a PS3.3 2026d fragment table by the table's key, as for any table. The
        // condition here only exercises the mechanism; it is not the standard's.
        Path standard = StandardFolder.require();
        StandardSources sources = new StandardSources(standard);
        DataElements dict = DataElements.load(sources);
        Ps3TableFragments fragments = Ps3TableFragments.parse(Map.of("t.tsv", String.join("\n",
                "TABLE\tTable C.36.10-1\tRT Radiation Set Module Attributes",
                "0\t(300A,0702)\tReferenced RT Radiation Set Sequence\t1C",
                "1\tINCLUDE\tTable 10-11",
                "0\t(300A,0700)\tTreatment Session UID\t1C") + "\n"));
        ModelReader reader = new ModelReader(sources, dict, ValueLists.load(sources), List.of(), List.of(), List.of(),
                Map.of(), List.of(), fragments);
        HandCondition hand = new HandCondition("present(ReferencedRTRadiationSetSequence)", "C.36.10", "",
                HandCondition.Otherwise.INHERITED);
        SourceEmitter emitter = new SourceEmitter(reader.read(), dict, new ConditionTranslator(sources, dict),
                Map.of("RTRadiationSet > TreatmentSessionUID", hand), Map.of(), false);
        String module = emitter.emit().get("dev/iodine/iod/module/RtRadiationSetModule.java");
        assertTrue(annotation(module, "TreatmentSessionUID")
                .endsWith("condition = \"present(ReferencedRTRadiationSetSequence)\")"), module);
        assertTrue(annotation(module, "ReferencedRTRadiationSetSequence")
                .contains(Ps3TableFragments.NO_CONDITION_TEXT), module);
        assertEquals(Set.of(), emitter.unusedHandEntries());
    }
}

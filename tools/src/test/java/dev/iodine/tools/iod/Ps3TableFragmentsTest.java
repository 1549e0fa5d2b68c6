package dev.iodine.tools.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.tools.StandardFolder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loader of the PS3.3 2026d fragments, on small fragment texts and the real dictionary. */
class Ps3TableFragmentsTest {

    /** What dicom3tools defines, as the importer's label join gives it for these two labels. */
    private static final Map<String, String> DICOM3TOOLS =
            Map.of("Table 8.8-1", "CodeSequenceMacro", "Table 10-11", "SOPInstanceReferenceMacro");

    private static DataElements dict;

    @BeforeAll
    static void dictionary() {
        dict = DataElements.load(new StandardSources(StandardFolder.require()));
    }

    private static Ps3TableFragments.Result build(Map<String, String> texts) {
        return Ps3TableFragments.parse(texts).build(DICOM3TOOLS, Set.of("Patient"), dict);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aDeeperRowBelongsToTheLastSequenceRowOneLevelUpAndIncludesResolveToDicom3toolsOrAFragment() {
        Ps3TableFragments.Result r = build(Map.of("a.tsv", lines(
                "# read at offset ~1 of module_attributes.json (2026d)",
                "TABLE\tTable C.36.10-1\tRT Radiation Set Module Attributes",
                "0\t(300A,0700)\tTreatment Session UID\t3",
                "0\t(300A,0702)\tReferenced RT Radiation Set Sequence\t1C",
                "1\tINCLUDE\tTable 10-11",
                "1\t(0008,1160)\tReferenced Frame Number\t1",
                "0\tINCLUDE\tTable C.36.2.2.2-1",
                "",
                "TABLE\tTable C.36.2.2.2-1\tRT Beam Limiting Device Definition Macro Attributes",
                "0\t(0008,0100)\tCode Value\t1")));
        assertEquals(List.of(), r.leftOut());
        TableDef set = r.tables().get(0);
        assertEquals("RTRadiationSet", set.key());
        assertEquals("RT Radiation Set", set.title());
        assertEquals("C.36.10", set.section());
        assertTrue(!set.macro() && set.source().contains("Table C.36.10-1")
                && set.source().contains("PS3.3 2026d (pymedphys module_attributes.json)"), set.source());
        List<Entry> top = set.entries();
        assertEquals(3, top.size(), top.toString());
        Entry.Attribute sequence = (Entry.Attribute) top.get(1);
        assertEquals("ReferencedRTRadiationSetSequence", sequence.keyword());
        // 1C without condition text: not encoded, and not forbidden otherwise
        assertTrue(sequence.unencoded() && sequence.conditionName() == null && !sequence.mayBePresentOtherwise());
        assertEquals(List.of(new Entry.MacroInclude("SOPInstanceReferenceMacro", null)),
                sequence.items().subList(0, 1));
        assertEquals("ReferencedFrameNumber", ((Entry.Attribute) sequence.items().get(1)).keyword());
        assertEquals(new Entry.MacroInclude("RTBeamLimitingDeviceDefinitionMacro", null), top.get(2));
        TableDef macro = r.tables().get(1);
        assertTrue(macro.macro());
        assertEquals("RT Beam Limiting Device Definition Macro", macro.title());
        assertEquals(Map.of("rt-radiation-set", "RTRadiationSet"), r.moduleIds());
        assertEquals(new Ps3TableFragments.Read("Table C.36.10-1", "RTRadiationSet", 5, "a.tsv"), r.read().get(0));
    }

    @Test
    void anIncludeOfATableDefinedNowhereAndARowWhoseTagTheDictionaryLacksAreLeftOutAndReported() {
        Ps3TableFragments.Result r = build(Map.of("b.tsv", lines(
                "TABLE\tTable C.36.5-1\tRT Physician Intent Module Attributes",
                "0\tINCLUDE\tTable C.36.99-1",
                "0\t(7777,0010)\tNot Yet In The Dictionary Sequence\t1",
                "1\t(0008,0100)\tCode Value\t1",
                "0\t(0008,0100)\tCode Value\t1")));
        assertEquals(List.of(
                "ps3-2026d/b.tsv:2 RTPhysicianIntent: include of Table C.36.99-1 (neither dicom3tools nor a fragment"
                        + " defines it)",
                "ps3-2026d/b.tsv:3 RTPhysicianIntent > Not Yet In The Dictionary Sequence: (7777,0010) is not in"
                        + " derived/data-elements.tsv; its 1 nested rows with it"), r.leftOut());
        List<Entry> rows = r.tables().get(0).entries();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("CodeValue", ((Entry.Attribute) rows.get(0)).keyword());
        assertNull(((Entry.Attribute) rows.get(0)).items());
    }

    @Test
    void oneLabelInTwoFragmentsIsOneTableWhenTheRowsAreIdenticalAndStopsTheImporterWhenTheyDiffer() {
        String table = lines("# transcribed twice",
                "TABLE\tTable C.36.4-1\tRadiotherapy Common Instance Module Attributes",
                "0\t(0008,0100)\tCode Value\t1");
        Ps3TableFragments.Result r = build(Map.of("a.tsv", table, "b.tsv", "\n" + table));
        assertEquals(1, r.tables().size());
        String other = table.replace("\t1\n", "\t3\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> build(Map.of("a.tsv", table, "b.tsv", other)));
        assertTrue(e.getMessage().startsWith("ps3-2026d/b.tsv:2: Table C.36.4-1 differs from its transcription at"
                + " ps3-2026d/a.tsv:2"), e.getMessage());
    }

    @Test
    void aFragmentThatDefinesATableDicom3toolsDefinesStopsTheImporter() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> build(Map.of("c.tsv",
                lines("TABLE\tTable 10-11\tSOP Instance Reference Macro Attributes", "0\t(0008,1150)\tX\t1"))));
        assertTrue(e.getMessage().endsWith("remove them from the fragments: ps3-2026d/c.tsv:1: Table 10-11"
                + " (SOPInstanceReferenceMacro)"), e.getMessage());
    }

    @Test
    void aKeyThatIsTakenGetsTheLabelAppendedAndIsReported() {
        Ps3TableFragments.Result r = build(Map.of("d.tsv", lines(
                "TABLE\tTable C.99.1-1\tPatient Module Attributes", "0\t(0008,0100)\tCode Value\t1")));
        assertEquals("Patient_C_99_1_1", r.tables().get(0).key());
        assertEquals(List.of("Table C.99.1-1 (ps3-2026d/d.tsv:1): the key Patient is taken, so it is"
                + " Patient_C_99_1_1"), r.notes());
        assertEquals(Map.of("patient", "Patient_C_99_1_1"), r.moduleIds());
    }

    @Test
    void aMalformedLineStopsTheImporterNamingFileAndLine() {
        String table = "TABLE\tTable C.36.5-1\tRT Physician Intent Module Attributes\n";
        Map<String, String> cases = Map.of(
                "0\t(0008,0100)\tCode Value\t1\n", "e.tsv:1: expected a TABLE line before the first row",
                table + "1\t(0008,0100)\tCode Value\t1\n", "e.tsv:2: expected a depth at most one more",
                table + "0\tINCLUDE\tTable 10-11\n1\t(0008,0100)\tCode Value\t1\n",
                "e.tsv:3: expected a depth at most one more than the row before, under an attribute",
                table + "0\t(0008,010)\tCode Value\t1\n", "e.tsv:2: expected depth<TAB>(GGGG,EEEE)<TAB>name<TAB>type",
                table + "0\t(0008,0100)\tCode Value\n", "e.tsv:2: expected depth<TAB>(GGGG,EEEE)<TAB>name<TAB>type",
                table + "0\tINCLUDE\tCode Sequence Macro\n", "e.tsv:2: expected depth<TAB>INCLUDE<TAB>Table X-n",
                "TABLE\tC.36.5-1\tRT Physician Intent Module Attributes\n", "e.tsv:1: expected TABLE<TAB>Table X-n");
        cases.forEach((text, expected) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Ps3TableFragments.parse(Map.of("e.tsv", text)));
            assertTrue(e.getMessage().startsWith("ps3-2026d/" + expected), e.getMessage());
        });
    }

    @Test
    void theLabelJoinGivesEachDicom3toolsTableItsOwnTableWhereAModuleAndAMacroShareAnId() {
        StandardSources sources = new StandardSources(StandardFolder.require());
        Map<String, String> labels = ModelReader.dicom3toolsLabels(
                sources.json("derived/dicom3tools-to-innolitics-ids.json"),
                ModelReader.byId(sources.json("innolitics-2024b/modules.json")),
                ModelReader.byId(sources.json("innolitics-2024b/macros.json")),
                sources.json("derived/dicom3tools-modules.json"));
        assertEquals("SOPInstanceReferenceMacro", labels.get("Table 10-11"));
        assertEquals("CodeSequenceMacro", labels.get("Table 8.8-1"));
        // one innolitics id, display-shutter, names the module (Table C.7-17) and the macro (Table C.7-17a)
        assertEquals("DisplayShutter", labels.get("Table C.7-17"));
        assertEquals("DisplayShutterMacro", labels.get("Table C.7-17a"));
        // innolitics links a few tables as #table_PS3.3_C...
        assertEquals("FloatingPointImagePixel", labels.get("Table C.7.6.24-1"));
        assertEquals(500, labels.size());
    }

    @Test
    void keysNamesAndIdsFollowDicom3toolsAndTheIodTables() {
        assertEquals("RTBeamLimitingDeviceDefinitionMacro",
                Ps3TableFragments.key("RT Beam Limiting Device Definition Macro Attributes"));
        assertEquals("CArmPhotonElectronBeam", Ps3TableFragments.key("C-Arm Photon-Electron Beam Module Attributes"));
        assertEquals("xa-xrf-presentation-state-mask", Ps3TableFragments.slug(
                Ps3TableFragments.name("XA/XRF Presentation State Mask Module Attributes")));
        assertEquals("10", Ps3TableFragments.section("Table 10-11"));
        assertEquals("C.7", Ps3TableFragments.section("Table C.7-11a"));
    }
}

package dev.iodine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import dev.iodine.testdata.Corpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static final String M = "RT Beams";
    private static final String S = "C.8.8.14";

    private static List<Violation> presence(Dataset ds, String type, boolean required, boolean forbidden) {
        List<Violation> out = new ArrayList<>();
        AttributeChecks.presence(out, ds, ItemPath.ROOT.item(Tags.BeamSequence, 0), Tags.BeamName, type, required, forbidden, M, S,
                type.endsWith("C") ? "present(BeamType)" : null);
        return out;
    }

    private static Violation.Kind only(List<Violation> out) {
        assertEquals(1, out.size(), out.toString());
        return out.get(0).kind();
    }

    @Test
    void presenceFollowsTheAttributeTypes() {
        Dataset absent = new Dataset();
        Dataset empty = new Dataset().setEmpty(Tags.BeamName, VR.LO);
        Dataset valued = new Dataset().setString(Tags.BeamName, VR.LO, "AP");

        assertEquals(Violation.Kind.MISSING, only(presence(absent, "1", true, false)));
        assertEquals(Violation.Kind.EMPTY, only(presence(empty, "1", true, false)));
        assertEquals(List.of(), presence(valued, "1", true, false));

        assertEquals(Violation.Kind.MISSING, only(presence(absent, "2", true, false)));
        assertEquals(List.of(), presence(empty, "2", true, false));

        // 1C: condition holds / does not hold and forbidden otherwise / cannot be decided
        assertEquals(Violation.Kind.MISSING, only(presence(absent, "1C", true, false)));
        assertEquals(Violation.Kind.NOT_ALLOWED, only(presence(valued, "1C", false, true)));
        assertEquals(List.of(), presence(absent, "1C", false, false));
        assertEquals(Violation.Kind.EMPTY, only(presence(empty, "1C", false, false)));
        assertEquals(Violation.Kind.NOT_ALLOWED, only(presence(empty, "2C", false, true)));
        assertEquals(List.of(), presence(empty, "2C", true, false));

        Violation v = presence(absent, "1C", true, false).get(0);
        assertEquals("Error: BeamSequence[0] (300A,00C2) BeamName: missing; Type 1C requires it with a value when"
                + " present(BeamType) [RT Beams, PS3.3 C.8.8.14]", v.toString());
    }

    @Test
    void anEmptySequenceHasNoValue() {
        Dataset ds = new Dataset();
        ds.newSequence(Tags.BeamSequence);
        List<Violation> out = new ArrayList<>();
        AttributeChecks.presence(out, ds, ItemPath.ROOT, Tags.BeamSequence, "1", true, false, M, S, null);
        assertEquals(Violation.Kind.EMPTY, only(out));
    }

    @Test
    void valuesOutsideEnumeratedValuesAreErrorsAndOutsideDefinedTermsWarnings() {
        Dataset ds = new Dataset()
                .setString(Tags.RadiationType, VR.CS, "PHOTON", "QUARK")
                .setInt(Tags.BitsAllocated, VR.US, 12)
                .setInt(Tags.SamplesPerPixel, VR.US, 1);
        List<Violation> out = new ArrayList<>();
        AttributeChecks.values(out, ds, ItemPath.ROOT, Tags.RadiationType, "2", M, S, false, "PHOTON", "ELECTRON");
        AttributeChecks.values(out, ds, ItemPath.ROOT, Tags.BitsAllocated, "1", "CT Image", "C.8.2.1", true, "16");
        AttributeChecks.values(out, ds, ItemPath.ROOT, Tags.SamplesPerPixel, "1", "CT Image", "C.8.2.1", true, "0001H");
        AttributeChecks.values(out, ds, ItemPath.ROOT, Tags.BeamName, "3", M, S, true, "X");     // absent: nothing
        assertEquals(2, out.size(), out.toString());
        assertEquals(Severity.WARNING, out.get(0).severity());
        assertEquals("QUARK", out.get(0).value());
        assertEquals("Error: (0028,0100) BitsAllocated: value \"12\" is not one of the enumerated values: 16"
                + " [CT Image, PS3.3 C.8.2.1]", out.get(1).toString());
        assertEquals("PatientSetupSequence[2].BeamSequence[0]",
                ItemPath.ROOT.item(Tags.PatientSetupSequence, 2).item(Tags.BeamSequence, 0).toString());
        assertEquals("", ItemPath.ROOT.toString());
        // A sequence without a keyword (here a private one) is named by its tag.
        assertEquals("BeamSequence[1].(0029,1010)[0]",
                ItemPath.ROOT.item(Tags.BeamSequence, 1).item(0x00291010, 0).toString());
    }

    @Test
    void vrRulesOfPs35() {
        assertNull(ValueChecks.brokenRule(VR.DA, "20261123"));
        assertTrue(ValueChecks.brokenRule(VR.DA, "20260230").startsWith("a date YYYYMMDD"));
        assertTrue(ValueChecks.brokenRule(VR.DA, "2026.11.23").startsWith("a date"));
        assertNull(ValueChecks.brokenRule(VR.TM, "235960.123456"));
        assertNull(ValueChecks.brokenRule(VR.TM, "07"));
        assertTrue(ValueChecks.brokenRule(VR.TM, "12:30:00").startsWith("a time"));
        assertNull(ValueChecks.brokenRule(VR.DT, "20261123123456.5+0100"));
        assertNull(ValueChecks.brokenRule(VR.DT, "2026"));
        assertNull(ValueChecks.brokenRule(VR.DT, "20240229235960"));
        for (String broken : new String[] {"2026-11-23T12:00", "20261301", "20260230", "2026112324",
                "202611231260", "20261123123456.1234567", "202611231"}) {
            String rule = ValueChecks.brokenRule(VR.DT, broken);
            assertTrue(rule != null && rule.startsWith("a date-time"), broken + ": " + rule);
        }
        assertNull(ValueChecks.brokenRule(VR.UI, "1.2.840.10008.5.1.4.1.1.2"));
        assertTrue(ValueChecks.brokenRule(VR.UI, "1.02.3").startsWith("a UID"));
        assertTrue(ValueChecks.brokenRule(VR.UI, "1..3").startsWith("a UID"));
        assertNull(ValueChecks.brokenRule(VR.DS, "-1.5e3"));
        assertTrue(ValueChecks.brokenRule(VR.DS, "1,5").startsWith("a decimal"));
        assertTrue(ValueChecks.brokenRule(VR.DS, "12345678901234567").startsWith("at most 16 characters"));
        assertTrue(ValueChecks.brokenRule(VR.IS, "2147483648").startsWith("an integer"));
        assertTrue(ValueChecks.brokenRule(VR.CS, "lower").startsWith("upper-case"));
        assertNull(ValueChecks.brokenRule(VR.AS, "045Y"));
        assertTrue(ValueChecks.brokenRule(VR.PN, "a^b^c^d^e^f").startsWith("at most five components"));
        assertTrue(ValueChecks.brokenRule(VR.LO, "tab\there").startsWith("no control character"));
        assertNull(ValueChecks.brokenRule(VR.LT, "line\r\nbreak"));
    }

    @Test
    void walksItemsWithTheirPath() {
        Dataset ds = new Dataset().setString(Tags.StudyDate, VR.DA, "20261123");
        Sequence beams = ds.newSequence(Tags.BeamSequence);
        beams.addItem().setString(Tags.BeamType, VR.CS, "static");
        // A second beam whose second control point (an item without items) has a bad value, then one at the top.
        Sequence points = beams.addItem().newSequence(Tags.ControlPointSequence);
        points.addItem();
        points.addItem().setString(Tags.GantryAngle, VR.DS, "ninety");
        ds.setString(Tags.StudyTime, VR.TM, "25");
        List<Violation> out = new ArrayList<>();
        ValueChecks.check(out, ds);
        assertEquals(3, out.size(), out.toString());
        assertEquals("Error: BeamSequence[0] (300A,00C4) BeamType: value \"static\" does not fit: expected upper-case"
                + " letters, digits, space and underscore (CS, PS3.5 6.2)", out.get(1).toString());
        assertEquals("BeamSequence[1].ControlPointSequence[1] (300A,011E) GantryAngle", out.get(2).location());
        assertEquals("(0008,0030) StudyTime", out.get(0).location());
    }

    @Test
    void aCorpusFileWhoseUidDciodvfyRejectsIsCaught() throws Exception {
        // dciodvfy: "Value invalid for this VR [UI] = <3gb_native.0> - Character invalid for this VR".
        Dataset ds = DicomReader.read(Corpus.require().root().resolve("dcm4che/3gb-bulk-data-truncated"),
                ReadOptions.DEFAULT.withStopBeforePixelData(true)).dataset();
        List<Violation> out = new ArrayList<>();
        ValueChecks.check(out, ds);
        assertTrue(out.stream().anyMatch(v -> v.tag() == Tags.SOPInstanceUID && v.value().equals("3gb_native.0")
                && v.expected().startsWith("a UID")), out.toString());
    }
}

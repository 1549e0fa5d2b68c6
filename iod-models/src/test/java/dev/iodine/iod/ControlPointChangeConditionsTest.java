package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.BindOptions;
import dev.iodine.bind.Dicom;
import dev.iodine.bind.DicomObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.io.ReadOptions;
import dev.iodine.testdata.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Required for the first control point, or if the value changes during the Beam" (issue 4): PS3.3 C.8.8.14.5 and
 * C.8.8.25.7 give a parameter that changes at any control point at every control point, so once two control points
 * give different values, a control point without the attribute violates the condition ({@code varies(...)} in
 * docs/conditions.md, tools hand-conditions.tsv). Each instance is written and read back, so the conditions see the
 * decoded text of real bytes.
 */
class ControlPointChangeConditionsTest {

    private static final String PLAN_POINT = "BeamSequence[0].ControlPointSequence[";

    @Test
    void aGantryAngleThatChangesIsNeededAtEveryControlPoint() throws IOException {
        RtPlan plan = threePointPlan();
        Sequence points = controlPoints(plan);
        assertEquals(List.of(), missing(plan, RtPlan.class, "GantryAngle"), "given at control point 0 only: static");

        points.get(2).setString(Tags.GantryAngle, VR.DS, "190");
        assertEquals(List.of(PLAN_POINT + "1]"), missing(plan, RtPlan.class, "GantryAngle"));
        // The rotation direction did not change (NONE at control point 0 only), so it is still needed there alone.
        assertEquals(List.of(), missing(plan, RtPlan.class, "GantryRotationDirection"));

        points.get(2).setString(Tags.GantryAngle, VR.DS, "-0.00");
        assertEquals(List.of(), missing(plan, RtPlan.class, "GantryAngle"), "beam 1 is at 0: -0.00 is the same angle");
    }

    @Test
    void leavesOrJawsThatMoveNeedTheDevicePositionsAtEveryControlPoint() throws IOException {
        RtPlan plan = threePointPlan();
        Sequence points = controlPoints(plan);
        // Y jaws wider than X, so comparing the devices with each other would see a change where there is none.
        points.get(0).getSequence(Tags.BeamLimitingDevicePositionSequence).get(1)
                .setString(Tags.LeafJawPositions, VR.DS, "-60", "60");
        Dataset x = points.get(2).newSequence(Tags.BeamLimitingDevicePositionSequence).addItem();
        x.setString(Tags.RTBeamLimitingDeviceType, VR.CS, "ASYMX");
        x.setString(Tags.LeafJawPositions, VR.DS, "-50", "50");
        assertEquals(List.of(), missing(plan, RtPlan.class, "BeamLimitingDevicePositionSequence"),
                "the X jaws repeated where they were: no change, per device");

        x.setString(Tags.LeafJawPositions, VR.DS, "-40", "50");
        assertEquals(List.of(PLAN_POINT + "1]"), missing(plan, RtPlan.class, "BeamLimitingDevicePositionSequence"));
    }

    @Test
    void theVmatExampleGivesWhatChangesAtEveryControlPointAndLosingItIsReported() throws IOException {
        // pymedphys's VMAT template: 32 control points per arc, gantry angle and MLC given at each, as C.8.8.14.5 asks.
        Path path = Corpus.require().root()
                .resolve("pymedphys/pymedphys/_experimental/serviceplans/templates/vmat_example.dcm");
        // A bare data set without File Meta (the manifest's "force").
        RtPlan plan = Dicom.read(path, RtPlan.class, BindOptions.DEFAULT.withRead(ReadOptions.DEFAULT.withForce(true)));
        assertEquals(List.of(), missing(plan, RtPlan.class, "GantryAngle"));
        assertEquals(List.of(), missing(plan, RtPlan.class, "BeamLimitingDevicePositionSequence"));

        controlPoints(plan).get(5).remove(Tags.GantryAngle);
        controlPoints(plan).get(7).remove(Tags.BeamLimitingDevicePositionSequence);
        assertEquals(List.of(PLAN_POINT + "5]"), missing(plan, RtPlan.class, "GantryAngle"));
        assertEquals(List.of(PLAN_POINT + "7]"), missing(plan, RtPlan.class, "BeamLimitingDevicePositionSequence"));
    }

    @Test
    void anIonBeamWhoseGantryOrEnergyChangesNeedsThemAtEveryControlPoint() throws IOException {
        RtIonPlan plan = new RtIonPlan();
        Sequence points = threePoints(plan.dataset().newSequence(Tags.IonBeamSequence).addItem(),
                Tags.IonControlPointSequence, Tags.ControlPointIndex);
        points.get(0).setString(Tags.GantryAngle, VR.DS, "90");
        points.get(0).setString(Tags.NominalBeamEnergy, VR.DS, "150");
        assertEquals(List.of(), missing(plan, RtIonPlan.class, "GantryAngle"));
        assertEquals(List.of(), missing(plan, RtIonPlan.class, "NominalBeamEnergy"));

        points.get(2).setString(Tags.GantryAngle, VR.DS, "270");
        points.get(2).setString(Tags.NominalBeamEnergy, VR.DS, "140");
        String second = "IonBeamSequence[0].IonControlPointSequence[1]";
        assertEquals(List.of(second), missing(plan, RtIonPlan.class, "GantryAngle"));
        assertEquals(List.of(second), missing(plan, RtIonPlan.class, "NominalBeamEnergy"));
    }

    @Test
    void aRecordedAngleThatChangesIsNeededInEveryDeliveredItem() throws IOException {
        // PS3.3 C.8.8.21 Table C.8-57: the row's change is a fact of the beam, and the record keeps no value over.
        RtBeamsTreatmentRecord record = new RtBeamsTreatmentRecord();
        Sequence points = threePoints(record.dataset().newSequence(Tags.TreatmentSessionBeamSequence).addItem(),
                Tags.ControlPointDeliverySequence, Tags.ReferencedControlPointIndex);
        points.get(0).setString(Tags.BeamLimitingDeviceAngle, VR.DS, "0");
        assertEquals(List.of(), missing(record, RtBeamsTreatmentRecord.class, "BeamLimitingDeviceAngle"));

        points.get(1).setString(Tags.BeamLimitingDeviceAngle, VR.DS, "-0.0");
        points.get(2).setString(Tags.BeamLimitingDeviceAngle, VR.DS, "10");
        assertEquals(List.of(), missing(record, RtBeamsTreatmentRecord.class, "BeamLimitingDeviceAngle"),
                "given in every item");
        points.get(1).remove(Tags.BeamLimitingDeviceAngle);
        assertEquals(List.of("TreatmentSessionBeamSequence[0].ControlPointDeliverySequence[1]"),
                missing(record, RtBeamsTreatmentRecord.class, "BeamLimitingDeviceAngle"));
    }

    @Test
    void anIonBeamWhoseDeviceSettingsChangeNeedsThemAtEveryControlPoint() throws IOException {
        // PS3.3 C.8.8.25 Table C.8.8.25-1 (2008 text): the range shifter, lateral spreading device and range modulator
        // settings are required at the first control point of a beam that has such devices, or if a setting changes.
        RtIonPlan plan = new RtIonPlan();
        Dataset beam = plan.dataset().newSequence(Tags.IonBeamSequence).addItem();
        Sequence points = threePoints(beam, Tags.IonControlPointSequence, Tags.ControlPointIndex);
        String[] settings = {"RangeShifterSettingsSequence", "LateralSpreadingDeviceSettingsSequence",
            "RangeModulatorSettingsSequence"};
        int[] counts = {Tags.NumberOfRangeShifters, Tags.NumberOfLateralSpreadingDevices, Tags.NumberOfRangeModulators};
        for (int count : counts) {
            beam.setInt(count, VR.IS, 0);
        }
        assertMissingAt(List.of(), plan, RtIonPlan.class, settings);

        for (int count : counts) {
            beam.setInt(count, VR.IS, 1);
        }
        String point = "IonBeamSequence[0].IonControlPointSequence[";
        assertMissingAt(List.of(point + "0]"), plan, RtIonPlan.class, settings);
        deviceSettings(points.get(0), "2");
        assertMissingAt(List.of(), plan, RtIonPlan.class, settings);
        deviceSettings(points.get(2), "4");
        assertMissingAt(List.of(point + "1]"), plan, RtIonPlan.class, settings);
    }

    @Test
    void aRecordedIonBeamGivesVoltageWedgesAndRangeShiftersFirstAndWhereTheyChange() throws IOException {
        // PS3.3 C.8.8.26 Table C.8.8.26-1 (2008 text): KVP (without a Nominal Beam Energy), the Ion Wedge Position
        // Sequence (with wedges) and the Range Shifter Settings Sequence (with range shifters) at the first delivered
        // control point, and in every item once they change.
        RtIonBeamsTreatmentRecord record = new RtIonBeamsTreatmentRecord();
        Dataset beam = record.dataset().newSequence(Tags.TreatmentSessionIonBeamSequence).addItem();
        Sequence points = threePoints(beam, Tags.IonControlPointDeliverySequence, Tags.ReferencedControlPointIndex);
        beam.setInt(Tags.NumberOfWedges, VR.IS, 0);
        beam.setInt(Tags.NumberOfRangeShifters, VR.IS, 0);
        String item = "TreatmentSessionIonBeamSequence[0].IonControlPointDeliverySequence[";
        Class<RtIonBeamsTreatmentRecord> type = RtIonBeamsTreatmentRecord.class;
        assertEquals(List.of(item + "0]"), missing(record, type, "KVP"), "no energy either");
        assertMissingAt(List.of(), record, type, "IonWedgePositionSequence", "RangeShifterSettingsSequence");

        points.get(0).setString(Tags.NominalBeamEnergy, "150");
        assertEquals(List.of(), missing(record, type, "KVP"), "a treatment beam states its energy instead");
        points.get(0).remove(Tags.NominalBeamEnergy);
        points.get(0).setString(Tags.KVP, "120");
        points.get(2).setString(Tags.KVP, "125");
        assertEquals(List.of(item + "1]"), missing(record, type, "KVP"));

        beam.setInt(Tags.NumberOfWedges, VR.IS, 1);
        beam.setInt(Tags.NumberOfRangeShifters, VR.IS, 1);
        String[] devices = {"IonWedgePositionSequence", "RangeShifterSettingsSequence"};
        assertMissingAt(List.of(item + "0]"), record, type, devices);
        recordedDevices(points.get(0), "IN", "2");
        assertMissingAt(List.of(), record, type, devices);
        recordedDevices(points.get(2), "OUT", "4");
        assertMissingAt(List.of(item + "1]"), record, type, devices);
    }

    /** @return the beam's new control point sequence of three items, indexed 0, 1 and 2 by {@code indexTag} */
    private static Sequence threePoints(Dataset beam, int sequenceTag, int indexTag) {
        Sequence points = beam.newSequence(sequenceTag);
        for (int i = 0; i < 3; i++) {
            points.addItem().setInt(indexTag, VR.IS, i);
        }
        return points;
    }

    /** Asserts that each keyword is reported missing exactly at the expected item paths. */
    private static <T extends DicomObject> void assertMissingAt(List<String> expected, T instance, Class<T> type,
            String... keywords) throws IOException {
        for (String keyword : keywords) {
            assertEquals(expected, missing(instance, type, keyword), keyword);
        }
    }

    /** Gives the control point one setting for its range shifter, lateral spreading device and range modulator 1. */
    private static void deviceSettings(Dataset point, String setting) {
        deviceItem(point, Tags.RangeShifterSettingsSequence, Tags.ReferencedRangeShifterNumber)
                .setString(Tags.RangeShifterSetting, setting);
        deviceItem(point, Tags.LateralSpreadingDeviceSettingsSequence, Tags.ReferencedLateralSpreadingDeviceNumber)
                .setString(Tags.LateralSpreadingDeviceSetting, setting);
        deviceItem(point, Tags.RangeModulatorSettingsSequence, Tags.ReferencedRangeModulatorNumber)
                .setDouble(Tags.RangeModulatorGatingStartValue, Double.parseDouble(setting));
    }

    /** Gives the delivered control point a position for wedge 1 and a setting for range shifter 1. */
    private static void recordedDevices(Dataset point, String wedgePosition, String rangeShifterSetting) {
        deviceItem(point, Tags.IonWedgePositionSequence, Tags.ReferencedWedgeNumber)
                .setString(Tags.WedgePosition, wedgePosition);
        deviceItem(point, Tags.RangeShifterSettingsSequence, Tags.ReferencedRangeShifterNumber)
                .setString(Tags.RangeShifterSetting, rangeShifterSetting);
    }

    /** @return the one item of the control point's new settings sequence, referencing device number 1 */
    private static Dataset deviceItem(Dataset point, int sequenceTag, int referenceTag) {
        Dataset item = point.newSequence(sequenceTag).addItem();
        item.setInt(referenceTag, VR.IS, 1);
        return item;
    }

    /** The from-scratch plan whose beam 1 has a third control point after its first two (meterset 0, 0.5, 1). */
    static RtPlan threePointPlan() {
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset beam = plan.dataset().getSequence(Tags.BeamSequence).get(0);
        Sequence points = controlPoints(plan);
        points.get(1).setString(Tags.CumulativeMetersetWeight, VR.DS, "0.5");
        Dataset third = points.addItem();
        third.setInt(Tags.ControlPointIndex, VR.IS, 2);
        third.setString(Tags.CumulativeMetersetWeight, VR.DS, "1");
        beam.setInt(Tags.NumberOfControlPoints, VR.IS, 3);
        return plan;
    }

    private static Sequence controlPoints(RtPlan plan) {
        return plan.dataset().getSequence(Tags.BeamSequence).get(0).getSequence(Tags.ControlPointSequence);
    }

    /** The paths of the items where the instance, written as it is and read back, misses the keyword. */
    private static <T extends DicomObject> List<String> missing(T instance, Class<T> type, String keyword)
            throws IOException {
        return ProseConditionsTest.missing(instance, keyword, type);
    }
}

package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RT Beams conditions that join items (PS3.3 C.8.8.14 Table C.8-50, issue 4), on RT Plans written to a file and read
 * back: an Enhanced RT Beam Limiting Opening item's attributes depend on the device its Referenced Device Index points
 * to (C.36.2.2.20, {@code referenced(...)} in docs/conditions.md), and the Wedge Position Sequence is required at every
 * control point once a wedge's position changes (C.8.8.14.5, {@code varies(..., ReferencedWedgeNumber)}).
 */
class BeamDeviceJoinConditionsTest {

    private static final String OPENING = "BeamSequence[0].ControlPointSequence[0].EnhancedRTBeamLimitingOpeningSequence";

    /** The report line of a missing Parallel RT Beam Delimiter Positions (the condition is cut at 160 characters). */
    private static final String POSITIONS_MISSING = "Error: " + OPENING + "[0] (300A,064A) ParallelRTBeamDelimiterPositions:"
            + " missing; Type 1C requires it with a value when parent.ControlPointIndex == 0 and"
            + " referenced(ReferencedDeviceIndex, above.EnhancedRTBeamLimitingDeviceSequence.DeviceIndex,"
            + " DeviceTypeCodeSequence.CodingScheme\u2026 [RT Beams, PS3.3 C.8.8.14]";

    @TempDir
    Path dir;

    @Test
    void anOpeningOfALeafDeviceNeedsItsPositionsAndOneOfACircularCollimatorItsGeometry() throws IOException {
        RtPlan plan = planWithDevices("NON_BINARY");
        opening(plan, 0, 1);
        opening(plan, 0, 2);
        List<String> report = roundTrip(plan);
        assertTrue(report.contains(POSITIONS_MISSING), () -> String.join("\n", report));
        assertEquals(List.of(OPENING + "[0]"), missing(report, "ParallelRTBeamDelimiterPositions"));
        assertEquals(List.of(OPENING + "[1]"), missing(report, "RTBeamDelimiterGeometrySequence"));
    }

    @Test
    void binaryLeavesAndLaterControlPointsNeedNoPositions() throws IOException {
        RtPlan plan = planWithDevices("BINARY");
        opening(plan, 0, 1);
        assertFalse(roundTrip(plan).contains(POSITIONS_MISSING), "a BINARY opening mode gives no positions");

        plan = planWithDevices("NON_BINARY");
        opening(plan, 1, 1);
        opening(plan, 1, 2);
        // C.36.2.2.5.1.1: after the first control point only changed values are given, and absence means unchanged.
        assertNoDelimiterRequired(plan);
    }

    @Test
    void anIndexThatMatchesNoDeviceRequiresNothing() throws IOException {
        RtPlan plan = planWithDevices("NON_BINARY");
        opening(plan, 0, 3);
        assertNoDelimiterRequired(plan);
    }

    private void assertNoDelimiterRequired(RtPlan plan) throws IOException {
        List<String> report = roundTrip(plan);
        assertEquals(List.of(), missing(report, "ParallelRTBeamDelimiterPositions"));
        assertEquals(List.of(), missing(report, "RTBeamDelimiterGeometrySequence"));
    }

    @Test
    void aBeamWithEnhancedDevicesGivesItsOpeningsInsteadOfDevicePositions() throws IOException {
        RtPlan plan = planWithDevices("NON_BINARY");
        Sequence points = plan.dataset().getSequence(Tags.BeamSequence).get(0).getSequence(Tags.ControlPointSequence);
        points.get(0).remove(Tags.BeamLimitingDevicePositionSequence);
        // Type 2C: written as it is, since a filling write would add the required sequence empty; AS_IS fills nothing,
        // and the File Meta Information needs the SOP Class and Instance.
        plan.dataset().setString(Tags.SOPClassUID, RtPlan.SOP_CLASS_UIDS.get(0));
        plan.dataset().setString(Tags.SOPInstanceUID, "2.25.2");
        List<String> report = roundTrip(plan, WriteMode.AS_IS);
        assertEquals(List.of(), missing(report, "BeamLimitingDevicePositionSequence"), "the flag is YES");
        assertEquals(List.of("BeamSequence[0].ControlPointSequence[0]"),
                missing(report, "EnhancedRTBeamLimitingOpeningSequence"));

        opening(plan, 0, 1);
        assertEquals(List.of(), missing(roundTrip(plan, WriteMode.AS_IS), "EnhancedRTBeamLimitingOpeningSequence"));

        plan.dataset().getSequence(Tags.BeamSequence).get(0).setString(Tags.EnhancedRTBeamLimitingDeviceDefinitionFlag,
                "NO");
        points.get(0).remove(Tags.EnhancedRTBeamLimitingOpeningSequence);
        report = roundTrip(plan, WriteMode.AS_IS);
        assertEquals(List.of("BeamSequence[0].ControlPointSequence[0]"),
                missing(report, "BeamLimitingDevicePositionSequence"), "the flag is NO");
        assertEquals(List.of(), missing(report, "EnhancedRTBeamLimitingOpeningSequence"));
    }

    @Test
    void aWedgePositionThatChangesIsNeededAtEveryControlPoint() throws IOException {
        RtPlan plan = ControlPointChangeConditionsTest.threePointPlan();
        Dataset beam = plan.dataset().getSequence(Tags.BeamSequence).get(0);
        beam.setString(Tags.NumberOfWedges, "1");
        beam.newSequence(Tags.WedgeSequence).addItem().setString(Tags.WedgeNumber, "1");
        Sequence points = beam.getSequence(Tags.ControlPointSequence);
        Dataset third = points.get(2);
        wedge(points.get(0), "IN");
        wedge(third, "IN");
        assertEquals(List.of(), missing(roundTrip(plan), "WedgePositionSequence"), "IN throughout: no change");

        wedge(third, "OUT");
        List<String> report = roundTrip(plan);
        assertEquals(List.of("BeamSequence[0].ControlPointSequence[1]"), missing(report, "WedgePositionSequence"));
        assertTrue(report.stream().anyMatch(line -> line.startsWith("Error: BeamSequence[0].ControlPointSequence[1]"
                + " (300A,0116) WedgePositionSequence: missing; Type 1C requires it with a value when"
                + " parent.NumberOfWedges > 0 and (ControlPointIndex == 0 or varies(")), () -> String.join("\n", report));
    }

    /** Beam 1 defines device 1, Leaf Pairs with the opening mode given, and device 2, a Variable Circular Collimator. */
    private static RtPlan planWithDevices(String openingMode) {
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset beam = plan.dataset().getSequence(Tags.BeamSequence).get(0);
        beam.setString(Tags.EnhancedRTBeamLimitingDeviceDefinitionFlag, "YES");
        Sequence devices = beam.newSequence(Tags.EnhancedRTBeamLimitingDeviceSequence);
        for (int index = 1; index <= 2; index++) {
            Dataset device = devices.addItem();
            device.setInt(Tags.DeviceIndex, index);
            Dataset type = device.newSequence(Tags.DeviceTypeCodeSequence).addItem();
            type.setString(Tags.CodingSchemeDesignator, "DCM");
            type.setString(Tags.CodeValue, index == 1 ? "130331" : "130332");
            if (index == 1) {
                device.newSequence(Tags.ParallelRTBeamDelimiterDeviceSequence).addItem()
                        .setString(Tags.ParallelRTBeamDelimiterOpeningMode, openingMode);
            }
        }
        return plan;
    }

    /** Adds an opening for the device to control point {@code point} of beam 1. */
    private static void opening(RtPlan plan, int point, int device) {
        Dataset controlPoint = plan.dataset().getSequence(Tags.BeamSequence).get(0)
                .getSequence(Tags.ControlPointSequence).get(point);
        Sequence openings = controlPoint.getSequence(Tags.EnhancedRTBeamLimitingOpeningSequence);
        if (openings == null) {
            openings = controlPoint.newSequence(Tags.EnhancedRTBeamLimitingOpeningSequence);
        }
        openings.addItem().setInt(Tags.ReferencedDeviceIndex, device);
    }

    private static void wedge(Dataset controlPoint, String position) {
        Dataset item = controlPoint.newSequence(Tags.WedgePositionSequence).addItem();
        item.setString(Tags.ReferencedWedgeNumber, "1");
        item.setString(Tags.WedgePosition, position);
    }

    /** Writes the plan (as it is), reads the file back and gives its report, one line per violation. */
    private List<String> roundTrip(RtPlan plan) throws IOException {
        return roundTrip(plan, WriteMode.ANYWAY);
    }

    /** As {@link #roundTrip(RtPlan)}, written in the mode given. */
    private List<String> roundTrip(RtPlan plan, WriteMode mode) throws IOException {
        Path file = dir.resolve("plan.dcm");
        Dicom.write(file, plan, mode);
        return Dicom.validate(Dicom.read(file, RtPlan.class)).violations().stream().map(Violation::toString).toList();
    }

    /** The paths of the items where the report says the keyword is missing. */
    private static List<String> missing(List<String> report, String keyword) {
        String marker = ") " + keyword + ": missing;";
        return report.stream().filter(line -> line.contains(marker))
                .map(line -> line.substring("Error: ".length(), line.indexOf(" (")))
                .toList();
    }
}

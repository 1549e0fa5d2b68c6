package dev.iodine.iod;

import static dev.iodine.iod.CtRtHandConditionsTest.missing;
import static dev.iodine.iod.CtRtHandConditionsTest.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.DicomObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions of the second-generation RT radiation modules (PS3.3 C.36.15, C.36.19, C.36.22) and of the C.36.2.2
 * device and control point macros they include, written from the standard's text in tools hand-conditions.tsv: one
 * case per shape of condition, each attribute reported missing when its condition holds and not when it does not.
 * "The conditions in Section C.36.2.2.5.1.1 are satisfied" is checked at the first control point, RT Control Point
 * Index (300A,0600) 1 (docs/conditions.md, "Or if it changes").
 */
class RtRadiationConditionsTest {

    private static final String CP1 = "CArmPhotonElectronControlPointSequence[0]";
    private static final String CP2 = "CArmPhotonElectronControlPointSequence[1]";

    @Test
    void theFirstControlPointCarriesTheMachineStateAndTheLaterOnesOnlyChanges() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        for (String keyword : List.of("SourceRollAngle", "RTBeamLimitingDeviceAngle",
                "SourceToExternalContourDistance", "SourceToPatientSurfaceDistance", "DeliveryRate")) {
            assertEquals(List.of(CP1), missing(beam, keyword), keyword);
        }
        // The mode index also needs the device's Number of Radiation Generation Modes (C.36.15-1).
        assertEquals(List.of(), missing(beam, "ReferencedRadiationGenerationModeIndex"));
        beam.dataset().setInt(Tags.NumberOfRadiationGenerationModes, 1);
        assertEquals(List.of(CP1), missing(beam, "ReferencedRadiationGenerationModeIndex"));
        // Given again at a later control point, a value is a change (C.36.2.2.5.1.1), which is allowed.
        controlPoints(beam).get(1).setDouble(Tags.SourceRollAngle, 90.0);
        assertEquals(List.of(), reported(beam, Violation.Kind.NOT_ALLOWED, "SourceRollAngle"));
    }

    @Test
    void aFullContentDetailDefinesTheDevicesAndAPositiveNumberNeedsTheirItems() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        beam.dataset().setString(Tags.RTRadiationPhysicalAndGeometricContentDetailFlag, "IDENT_ONLY");
        assertEquals(List.of(), missing(beam, "NumberOfWedges"));
        assertEquals(List.of(), missing(beam, "NumberOfBoluses"));
        beam.dataset().setString(Tags.RTRadiationPhysicalAndGeometricContentDetailFlag, "FULL");
        assertEquals(List.of(""), missing(beam, "NumberOfWedges"));
        assertEquals(List.of(""), missing(beam, "NumberOfBoluses"));
        assertEquals(List.of(""), missing(beam, "NumberOfRadiationGenerationModes"));

        beam.dataset().setInt(Tags.NumberOfWedges, 0);
        assertEquals(List.of(), missing(beam, "WedgeDefinitionSequence"));
        beam.dataset().newSequence(Tags.WedgeDefinitionSequence);
        assertEquals(List.of(""), reported(beam, Violation.Kind.NOT_ALLOWED, "WedgeDefinitionSequence"));
        beam.dataset().remove(Tags.WedgeDefinitionSequence);
        beam.dataset().setInt(Tags.NumberOfWedges, 1);
        assertEquals(List.of(""), missing(beam, "WedgeDefinitionSequence"));
    }

    @Test
    void wedgePositionsFollowTheDefinedWedgesAndTheFirstControlPoint() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        assertEquals(List.of(), missing(beam, "NumberOfWedgePositions"));
        beam.dataset().setInt(Tags.NumberOfWedges, 1);
        assertEquals(List.of(CP1, CP2), missing(beam, "NumberOfWedgePositions"));
        for (Dataset point : controlPoints(beam)) {
            point.setInt(Tags.NumberOfWedgePositions, 1);
        }
        assertEquals(List.of(CP1), missing(beam, "WedgePositionSequence"));
        Dataset position = controlPoints(beam).get(0).newSequence(Tags.WedgePositionSequence).addItem();
        position.setInt(Tags.ReferencedDeviceIndex, 1);
        position.setString(Tags.WedgePosition, "IN");
        assertEquals(List.of(), missing(beam, "RadiationBeamWedgeThinEdgeDistance"));
        position.setString(Tags.WedgePosition, "PARTIAL");
        assertEquals(List.of(CP1 + ".WedgePositionSequence[0]"),
                missing(beam, "RadiationBeamWedgeThinEdgeDistance"));
    }

    @Test
    void leafPositionsAreRequiredForTheReferencedLeafDevicesAtTheFirstControlPoint() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        Dataset device = beam.dataset().newSequence(Tags.RTBeamLimitingDeviceDefinitionSequence).addItem();
        device.setInt(Tags.DeviceIndex, 1);
        Dataset type = device.newSequence(Tags.DeviceTypeCodeSequence).addItem();
        type.setString(Tags.CodeValue, "130331");
        type.setString(Tags.CodingSchemeDesignator, "DCM");
        Dataset leaves = device.newSequence(Tags.ParallelRTBeamDelimiterDeviceSequence).addItem();
        leaves.setString(Tags.ParallelRTBeamDelimiterOpeningMode, "NON_BINARY");
        for (Dataset point : controlPoints(beam)) {
            point.newSequence(Tags.RTBeamLimitingDeviceOpeningSequence).addItem()
                    .setInt(Tags.ReferencedDeviceIndex, 1);
        }
        String opening = ".RTBeamLimitingDeviceOpeningSequence[0]";
        assertEquals(List.of(CP1 + opening), missing(beam, "ParallelRTBeamDelimiterPositions"));
        assertEquals(List.of(CP1 + opening), missing(beam, "RTBeamLimitingDeviceOffset"));
        // A binary (tomotherapy-like) collimator gives opening extents, not positions.
        leaves.setString(Tags.ParallelRTBeamDelimiterOpeningMode, "BINARY");
        assertEquals(List.of(), missing(beam, "ParallelRTBeamDelimiterPositions"));
        assertEquals(List.of("RTBeamLimitingDeviceDefinitionSequence[0].ParallelRTBeamDelimiterDeviceSequence[0]"),
                missing(beam, "ParallelRTBeamDelimiterOpeningExtents"));
        // An opening that references no defined device selects nothing.
        leaves.setString(Tags.ParallelRTBeamDelimiterOpeningMode, "NON_BINARY");
        controlPoints(beam).get(0).getSequence(Tags.RTBeamLimitingDeviceOpeningSequence).get(0)
                .setInt(Tags.ReferencedDeviceIndex, 2);
        assertEquals(List.of(), missing(beam, "ParallelRTBeamDelimiterPositions"));
    }

    @Test
    void anAccessoryInAHolderWithSlotsNamesItsSlot() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        Dataset holder = beam.dataset().newSequence(Tags.RTAccessoryHolderDefinitionSequence).addItem();
        holder.setInt(Tags.DeviceIndex, 1);
        Dataset wedge = beam.dataset().newSequence(Tags.WedgeDefinitionSequence).addItem();
        wedge.setInt(Tags.DeviceIndex, 1);
        wedge.setInt(Tags.ReferencedRTAccessoryHolderDeviceIndex, 1);
        assertEquals(List.of(), missing(beam, "RTAccessoryHolderSlotID"));
        holder.newSequence(Tags.RTAccessoryHolderSlotSequence).addItem()
                .setString(Tags.RTAccessoryHolderSlotID, "A");
        assertEquals(List.of("WedgeDefinitionSequence[0]"), missing(beam, "RTAccessoryHolderSlotID"));
        wedge.setInt(Tags.ReferencedRTAccessoryHolderDeviceIndex, 2);
        assertEquals(List.of(), missing(beam, "RTAccessoryHolderSlotID"));
    }

    @Test
    void controlPointGeneralRowsFollowTheFlagsOfTheInstance() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        beam.dataset().setString(Tags.RTRadiationPhysicalAndGeometricContentDetailFlag, "FULL");
        assertEquals(List.of(CP1), missing(beam, "CumulativeMeterset"));
        assertEquals(List.of(), missing(beam, "RecordedRTControlPointDateTime"));
        assertEquals(List.of(), missing(beam, "ReferencedTreatmentPositionIndex"));
        beam.dataset().newSequence(Tags.TreatmentPositionSequence).addItem().setInt(Tags.TreatmentPositionIndex, 1);
        assertEquals(List.of(CP1), missing(beam, "ReferencedTreatmentPositionIndex"));
        controlPoints(beam).get(1).setDouble(Tags.DeliveryRate, 600.0);
        assertEquals(List.of(CP2), missing(beam, "DeliveryRateUnitSequence"));

        CArmPhotonElectronRadiationRecord record = new CArmPhotonElectronRadiationRecord();
        record.dataset().setString(Tags.RTRecordFlag, "YES");
        Sequence points = record.dataset().newSequence(Tags.CArmPhotonElectronControlPointSequence);
        points.addItem().setInt(Tags.RTControlPointIndex, 1);
        points.addItem().setInt(Tags.RTControlPointIndex, 2);
        assertEquals(List.of(CP1), missing(record, "CumulativeMeterset"));
        assertEquals(List.of(CP1, CP2), missing(record, "RecordedRTControlPointDateTime"));
    }

    @Test
    void aRoboticPathPlanGivesTheSourcePositionAndTheNodeSet() {
        RoboticArmRadiation path = new RoboticArmRadiation();
        Sequence points = path.dataset().newSequence(Tags.RoboticPathControlPointSequence);
        points.addItem().setInt(Tags.RTControlPointIndex, 1);
        points.addItem().setInt(Tags.RTControlPointIndex, 2);
        String first = "RoboticPathControlPointSequence[0]";
        assertEquals(List.of(first), missing(path, "RoboticNodeIdentifier"));
        path.dataset().setString(Tags.RTRecordFlag, "YES");
        assertEquals(List.of(), missing(path, "RTTreatmentSourceCoordinates"));
        assertEquals(List.of(), missing(path, "RoboticPathNodeSetCodeSequence"));
        path.dataset().setString(Tags.RTRecordFlag, "NO");
        for (String keyword : List.of("RTTreatmentSourceCoordinates", "RadiationSourceCoordinateSystemYawAngle",
                "RadiationSourceCoordinateSystemRollAngle", "RadiationSourceCoordinateSystemPitchAngle")) {
            assertEquals(List.of(first), missing(path, keyword), keyword);
        }
        assertEquals(List.of(""), missing(path, "RoboticPathNodeSetCodeSequence"));
    }

    @Test
    void aFullContentDetailDescribesEachBlockAndItsSlabs() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        beam.dataset().setString(Tags.RTRadiationPhysicalAndGeometricContentDetailFlag, "IDENT_ONLY");
        beam.dataset().setInt(Tags.NumberOfBlocks, 1);
        Dataset block = beam.dataset().newSequence(Tags.BlockDefinitionSequence).addItem();
        String item = "BlockDefinitionSequence[0]";
        assertEquals(List.of(), missing(beam, "BlockDivergence"));
        assertEquals(List.of(), missing(beam, "NumberOfBlockSlabItems"));
        beam.dataset().setString(Tags.RTRadiationPhysicalAndGeometricContentDetailFlag, "FULL");
        assertEquals(List.of(item), missing(beam, "BlockDivergence"));
        assertEquals(List.of(item), missing(beam, "BlockOrientation"));
        assertEquals(List.of(item), missing(beam, "NumberOfBlockSlabItems"));
        // An empty Material ID (Type 2) names no material whose thickness could be given.
        block.setString(Tags.MaterialID, "");
        assertEquals(List.of(), missing(beam, "RadiationBeamBlockThickness"));
        block.setString(Tags.MaterialID, "CERROBEND");
        assertEquals(List.of(item), missing(beam, "RadiationBeamBlockThickness"));
        // One slab is the block itself; the slabs are itemized only from two on.
        block.setInt(Tags.NumberOfBlockSlabItems, 1);
        assertEquals(List.of(), missing(beam, "BlockSlabSequence"));
        block.setInt(Tags.NumberOfBlockSlabItems, 2);
        assertEquals(List.of(item), missing(beam, "BlockSlabSequence"));
        Dataset slab = block.newSequence(Tags.BlockSlabSequence).addItem();
        assertEquals(List.of(), missing(beam, "DeviceAlternateIdentifierType"));
        slab.setString(Tags.DeviceAlternateIdentifier, "SLAB-7");
        assertEquals(List.of(item + ".BlockSlabSequence[0]"), missing(beam, "DeviceAlternateIdentifierType"));
        assertEquals(List.of(item + ".BlockSlabSequence[0]"), missing(beam, "DeviceAlternateIdentifierFormat"));
    }

    @Test
    void aCompensatorGivesTheThicknessMapOfEachSideItsOrientationNames() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        beam.dataset().setInt(Tags.NumberOfCompensators, 1);
        Dataset compensator = beam.dataset().newSequence(Tags.CompensatorDefinitionSequence).addItem();
        compensator.newSequence(Tags.CompensatorShapeSequence).addItem();
        String shape = "CompensatorDefinitionSequence[0].CompensatorShapeSequence[0]";
        compensator.setString(Tags.CompensatorMapOrientation, "SOURCE_SIDE");
        assertEquals(List.of(shape), missing(beam, "CompensatorProximalThicknessMap"));
        assertEquals(List.of(), missing(beam, "CompensatorDistalThicknessMap"));
        compensator.setString(Tags.CompensatorMapOrientation, "DOUBLE_SIDED");
        assertEquals(List.of(shape), missing(beam, "CompensatorProximalThicknessMap"));
        assertEquals(List.of(shape), missing(beam, "CompensatorDistalThicknessMap"));
    }

    @Test
    void aGenerationModeGivesANominalEnergyOrItsRange() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        assertEquals(List.of(), missing(beam, "RadiationGenerationModeSequence"));
        beam.dataset().setInt(Tags.NumberOfRadiationGenerationModes, 1);
        assertEquals(List.of(""), missing(beam, "RadiationGenerationModeSequence"));
        Dataset mode = beam.dataset().newSequence(Tags.RadiationGenerationModeSequence).addItem();
        String item = "RadiationGenerationModeSequence[0]";
        assertEquals(List.of(item), missing(beam, "NominalEnergy"));
        assertEquals(List.of(item), missing(beam, "MinimumNominalEnergy"));
        mode.setDouble(Tags.NominalEnergy, 6.0);
        assertEquals(List.of(), missing(beam, "MinimumNominalEnergy"));
        assertEquals(List.of(), missing(beam, "MaximumNominalEnergy"));
        mode.remove(Tags.NominalEnergy);
        mode.setDouble(Tags.MinimumNominalEnergy, 4.0);
        assertEquals(List.of(), missing(beam, "NominalEnergy"));
        assertEquals(List.of(item), missing(beam, "MaximumNominalEnergy"));
    }

    @Test
    void holderSlotsAndOpeningCountsFollowTheDefinedDevices() {
        CArmPhotonElectronRadiation beam = beamWithTwoControlPoints();
        beam.dataset().setString(Tags.RTRadiationPhysicalAndGeometricContentDetailFlag, "FULL");
        beam.dataset().setInt(Tags.NumberOfRTAccessoryHolders, 1);
        assertEquals(List.of(""), missing(beam, "RTAccessoryHolderDefinitionSequence"));
        Dataset holder = beam.dataset().newSequence(Tags.RTAccessoryHolderDefinitionSequence).addItem();
        holder.setString(Tags.RTAccessoryHolderSlotExistenceFlag, "NO");
        assertEquals(List.of(), missing(beam, "RTAccessoryHolderSlotSequence"));
        holder.setString(Tags.RTAccessoryHolderSlotExistenceFlag, "YES");
        assertEquals(List.of("RTAccessoryHolderDefinitionSequence[0]"),
                missing(beam, "RTAccessoryHolderSlotSequence"));

        // Not tied to C.36.2.2.5.1.1: every control point counts its openings once devices are defined.
        assertEquals(List.of(), missing(beam, "NumberOfRTBeamLimitingDeviceOpenings"));
        beam.dataset().setInt(Tags.NumberOfRTBeamLimitingDevices, 1);
        assertEquals(List.of(CP1, CP2), missing(beam, "NumberOfRTBeamLimitingDeviceOpenings"));
    }

    @Test
    void aRecordExplainsAnAbnormalTerminationAndAViolationWithoutAttributes() {
        CArmPhotonElectronRadiationRecord record = new CArmPhotonElectronRadiationRecord();
        record.dataset().setString(Tags.RTTreatmentTerminationStatus, "NORMAL");
        assertEquals(List.of(), missing(record, "RTTreatmentTerminationReasonCodeSequence"));
        assertEquals(List.of(), missing(record, "TreatmentTerminationDescription"));
        record.dataset().setString(Tags.RTTreatmentTerminationStatus, "ABNORMAL");
        assertEquals(List.of(""), missing(record, "RTTreatmentTerminationReasonCodeSequence"));
        assertEquals(List.of(""), missing(record, "TreatmentTerminationDescription"));

        Dataset violation = record.dataset().newSequence(Tags.TreatmentToleranceViolationSequence).addItem();
        String item = "TreatmentToleranceViolationSequence[0]";
        // An empty attribute sequence names no attribute either (C.36.22-1).
        violation.newSequence(Tags.TreatmentToleranceViolationAttributeSequence);
        assertEquals(List.of(item), missing(record, "TreatmentToleranceViolationIdentification"));
        assertEquals(List.of(item), missing(record, "TreatmentToleranceViolationDescription"));
        violation.getSequence(Tags.TreatmentToleranceViolationAttributeSequence).addItem();
        assertEquals(List.of(), missing(record, "TreatmentToleranceViolationIdentification"));
    }

    private static CArmPhotonElectronRadiation beamWithTwoControlPoints() {
        CArmPhotonElectronRadiation beam = new CArmPhotonElectronRadiation();
        Sequence points = beam.dataset().newSequence(Tags.CArmPhotonElectronControlPointSequence);
        points.addItem().setInt(Tags.RTControlPointIndex, 1);
        points.addItem().setInt(Tags.RTControlPointIndex, 2);
        return beam;
    }

    private static Sequence controlPoints(DicomObject beam) {
        return beam.dataset().getSequence(Tags.CArmPhotonElectronControlPointSequence);
    }
}

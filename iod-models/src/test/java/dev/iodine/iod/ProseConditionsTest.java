package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.DicomObject;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions that the sources leave as prose, written by hand from PS3.3 for modules beyond CT Image and RT Plan
 * (tools hand-conditions.tsv, issue 4). Each instance is built, written, read back from its bytes and validated: the
 * attribute is reported missing when its condition holds and not otherwise.
 */
class ProseConditionsTest {

    private static final String[] GATING_VALUES = {"RangeModulatorGatingStartValue", "RangeModulatorGatingStopValue"};
    private static final String[] SAFE_POSITION_TIMES = {"SafePositionExitDate", "SafePositionExitTime",
        "SafePositionReturnDate", "SafePositionReturnTime"};
    private static final String[] RECORDED_PULSES = {"SpecifiedNumberOfPulses", "DeliveredNumberOfPulses",
        "SpecifiedPulseRepetitionInterval", "DeliveredPulseRepetitionInterval"};

    @Test
    void anOriginalSpiralFrameNeedsItsTableDynamics() throws IOException {
        // PS3.3 C.8.15.3.4 Table C.8-120: Table Speed for SPIRAL or CONSTANT_ANGLE, Table Feed per Rotation and Spiral
        // Pitch Factor for SPIRAL, each only if Frame Type Value 1 of this frame is ORIGINAL.
        String item = "SharedFunctionalGroupsSequence[0].CTTableDynamicsSequence[0]";
        EnhancedCtImage spiral = enhancedCt("ORIGINAL", "SPIRAL");
        assertEquals(List.of(item), missing(spiral, "TableSpeed", EnhancedCtImage.class));
        assertEquals(List.of(item), missing(spiral, "TableFeedPerRotation", EnhancedCtImage.class));
        assertEquals(List.of(item), missing(spiral, "SpiralPitchFactor", EnhancedCtImage.class));

        EnhancedCtImage constantAngle = enhancedCt("ORIGINAL", "CONSTANT_ANGLE");
        assertEquals(List.of(item), missing(constantAngle, "TableSpeed", EnhancedCtImage.class));
        assertEquals(List.of(), missing(constantAngle, "SpiralPitchFactor", EnhancedCtImage.class));

        EnhancedCtImage derived = enhancedCt("DERIVED", "SPIRAL");
        assertEquals(List.of(), missing(derived, "TableSpeed", EnhancedCtImage.class));
        assertEquals(List.of(), missing(derived, "TableFeedPerRotation", EnhancedCtImage.class));
    }

    @Test
    void theSoundSpeedCorrectionDecidesWhichSpeedsAreGiven() throws IOException {
        // PS3.3 C.8.34.4, codes of CID 11004: the object's speed for uniform or dual correction, the coupling
        // medium's for dual, a referenced speed of sound map image for map correction.
        String item = "SoundSpeedCorrectionMechanismCodeSequence[0]";
        PhotoacousticImage dual = photoacoustic("130819");
        assertEquals(List.of(item), missing(dual, "ObjectSoundSpeed", PhotoacousticImage.class));
        assertEquals(List.of(item), missing(dual, "AcousticCouplingMediumSoundSpeed", PhotoacousticImage.class));
        assertEquals(List.of(), missing(dual, "ReferencedImageSequence", PhotoacousticImage.class));

        PhotoacousticImage uniform = photoacoustic("130818");
        assertEquals(List.of(item), missing(uniform, "ObjectSoundSpeed", PhotoacousticImage.class));
        assertEquals(List.of(), missing(uniform, "AcousticCouplingMediumSoundSpeed", PhotoacousticImage.class));

        PhotoacousticImage map = photoacoustic("130820");
        assertEquals(List.of(), missing(map, "ObjectSoundSpeed", PhotoacousticImage.class));
        assertEquals(List.of(item), missing(map, "ReferencedImageSequence", PhotoacousticImage.class));
    }

    @Test
    void anSrThatReferencesAnImageInItsContentNeedsTheEvidenceSequence() throws IOException {
        // PS3.3 C.17.2 Table C.17-2: required if instances are referenced in the content tree, that is, by a content
        // item of Value Type IMAGE, COMPOSITE or WAVEFORM at any depth.
        ComprehensiveSr sr = new ComprehensiveSr();
        Dataset container = sr.dataset().newSequence(Tags.ContentSequence).addItem();
        container.setString(Tags.ValueType, "CONTAINER");
        Dataset child = container.newSequence(Tags.ContentSequence).addItem();
        child.setString(Tags.ValueType, "TEXT");
        assertEquals(List.of(), missing(sr, "CurrentRequestedProcedureEvidenceSequence", ComprehensiveSr.class));

        child.setString(Tags.ValueType, "IMAGE");
        assertEquals(List.of(""), missing(sr, "CurrentRequestedProcedureEvidenceSequence", ComprehensiveSr.class));
    }

    @Test
    void aValueTakenFromAnotherInstanceNeedsItsReference() throws IOException {
        // PS3.3 C.8.25.16.2 Table C.8.25.16-2: the Referenced SOP Sequence of the Corneal Size Sequence is required if
        // its source is (111784, DCM, "Autorefraction Measurements SOP Instance"), PS3.16 CID 4240.
        IntraocularLensCalculations iol = new IntraocularLensCalculations();
        Dataset source = iol.dataset().newSequence(Tags.IntraocularLensCalculationsRightEyeSequence).addItem()
                .newSequence(Tags.CornealSizeSequence).addItem()
                .newSequence(Tags.SourceOfCornealSizeDataCodeSequence).addItem();
        source.setString(Tags.CodingSchemeDesignator, "DCM");
        source.setString(Tags.CodeValue, "111784");
        String item = "IntraocularLensCalculationsRightEyeSequence[0].CornealSizeSequence[0]";
        assertEquals(List.of(item), missing(iol, "ReferencedSOPSequence", IntraocularLensCalculations.class));

        source.setString(Tags.CodeValue, "111780");
        assertEquals(List.of(), missing(iol, "ReferencedSOPSequence", IntraocularLensCalculations.class));
    }

    @Test
    void aPhaseUsedAsADimensionIndexNeedsItsNominalPercentage() throws IOException {
        // PS3.3 C.7.6.16.2.7 Cardiac Synchronization Macro (2024e): Nominal Percentage of Cardiac Phase is required if
        // used as a dimension index, that is, named by a Dimension Index Pointer of the Multi-frame Dimension Module.
        EnhancedMrImage mr = new EnhancedMrImage();
        mr.dataset().newSequence(Tags.SharedFunctionalGroupsSequence).addItem()
                .newSequence(Tags.CardiacSynchronizationSequence).addItem();
        Dataset index = mr.dataset().newSequence(Tags.DimensionIndexSequence).addItem();
        index.setTags(Tags.DimensionIndexPointer, Tags.InStackPositionNumber);
        String item = "SharedFunctionalGroupsSequence[0].CardiacSynchronizationSequence[0]";
        assertEquals(List.of(), missing(mr, "NominalPercentageOfCardiacPhase", EnhancedMrImage.class));

        index.setTags(Tags.DimensionIndexPointer, Tags.NominalPercentageOfCardiacPhase);
        assertEquals(List.of(item), missing(mr, "NominalPercentageOfCardiacPhase", EnhancedMrImage.class));
    }

    @Test
    void aPrimaryAngleNeedsItsDirection() throws IOException {
        // PS3.3 Breast X-Ray Positioner Macro (2024e): Positioner Primary Angle Direction is required if Positioner
        // Primary Angle is present.
        BreastProjectionXRayImage image = new BreastProjectionXRayImage();
        Dataset position = image.dataset().newSequence(Tags.SharedFunctionalGroupsSequence).addItem()
                .newSequence(Tags.PositionerPositionSequence).addItem();
        String item = "SharedFunctionalGroupsSequence[0].PositionerPositionSequence[0]";
        assertEquals(List.of(), missing(image, "PositionerPrimaryAngleDirection", BreastProjectionXRayImage.class));

        position.setDouble(Tags.PositionerPrimaryAngle, 30.0);
        assertEquals(List.of(item), missing(image, "PositionerPrimaryAngleDirection", BreastProjectionXRayImage.class));
    }

    @Test
    void aRecordedIonBeamNeedsItsSpreadingDeviceSettingsAtTheFirstDeliveredControlPoint() throws IOException {
        // PS3.3 C.8.8.26 Table C.8.8.26-1: required for Control Point 0 of the Ion Control Point Delivery Sequence
        // when Number of Lateral Spreading Devices is non-zero; a later control point repeats only what changes.
        RtIonBeamsTreatmentRecord record = new RtIonBeamsTreatmentRecord();
        Dataset beam = ionBeam(record, Tags.TreatmentSessionIonBeamSequence, Tags.IonControlPointDeliverySequence);
        beam.setString(Tags.NumberOfLateralSpreadingDevices, "1");
        String first = "TreatmentSessionIonBeamSequence[0].IonControlPointDeliverySequence[0]";
        assertEquals(List.of(first),
                missing(record, "LateralSpreadingDeviceSettingsSequence", RtIonBeamsTreatmentRecord.class));

        beam.setString(Tags.NumberOfLateralSpreadingDevices, "0");
        assertEquals(List.of(),
                missing(record, "LateralSpreadingDeviceSettingsSequence", RtIonBeamsTreatmentRecord.class));
    }

    @Test
    void aPlannedIonBeamStatesItsSetupVoltageAndWedgesAtTheFirstControlPoint() throws IOException {
        // PS3.3 C.8.8.25 Table C.8.8.25-1: at the first control point KVP is required when Nominal Beam Energy is
        // absent and Nominal Beam Energy when KVP is; the Ion Wedge Position Sequence when Number of Wedges is non-zero.
        RtIonPlan plan = new RtIonPlan();
        Dataset beam = ionBeam(plan, Tags.IonBeamSequence, Tags.IonControlPointSequence);
        beam.setString(Tags.NumberOfWedges, "1");
        Sequence points = beam.getSequence(Tags.IonControlPointSequence);
        points.get(0).setString(Tags.ControlPointIndex, "0");
        points.get(1).setString(Tags.ControlPointIndex, "1");
        String first = "IonBeamSequence[0].IonControlPointSequence[0]";
        assertMissing(List.of(first), plan, RtIonPlan.class, "KVP", "NominalBeamEnergy", "IonWedgePositionSequence");

        // A setup beam states its voltage instead of an energy (the Nominal Beam Energy row, 2020a page 814).
        points.get(0).setString(Tags.KVP, "120");
        assertMissing(List.of(), plan, RtIonPlan.class, "KVP", "NominalBeamEnergy");

        points.get(0).remove(Tags.KVP);
        points.get(0).setString(Tags.NominalBeamEnergy, "150");
        beam.setString(Tags.NumberOfWedges, "0");
        assertMissing(List.of(), plan, RtIonPlan.class, "KVP", "IonWedgePositionSequence");
    }

    @Test
    void aFundusCameraImageGivesItsPixelSpacingUnlessItMapsItsPixelsTo3d() throws IOException {
        // PS3.3 C.8.17.2 Table C.8.17.2-1 (2015b, the device code as in 2008): Pixel Spacing is required when the
        // Acquisition Device Type Code Sequence holds Fundus Camera, and not sent with a 2D to 3D map.
        OphthalmicPhotography8BitImage photo = new OphthalmicPhotography8BitImage();
        Dataset device = acquisitionDevice(photo.dataset(), "409898007", "SCT");
        assertEquals(List.of(""), missing(photo, "PixelSpacing", OphthalmicPhotography8BitImage.class));
        device.setString(Tags.CodeValue, "R-1021A");
        device.setString(Tags.CodingSchemeDesignator, "SRT");
        assertEquals(List.of(""), missing(photo, "PixelSpacing", OphthalmicPhotography8BitImage.class), "older code");
        device.setString(Tags.CodeValue, "397247004");
        device.setString(Tags.CodingSchemeDesignator, "SCT");
        assertEquals(List.of(), missing(photo, "PixelSpacing", OphthalmicPhotography8BitImage.class), "slit lamp");

        WideFieldOphthalmicPhotography3dCoordinatesImage wide = new WideFieldOphthalmicPhotography3dCoordinatesImage();
        acquisitionDevice(wide.dataset(), "409898007", "SCT");
        wide.dataset().newSequence(Tags.TwoDimensionalToThreeDimensionalMapSequence).addItem();
        Class<WideFieldOphthalmicPhotography3dCoordinatesImage> type =
                WideFieldOphthalmicPhotography3dCoordinatesImage.class;
        assertEquals(List.of(), missing(wide, "PixelSpacing", type), "the map gives the geometry");
        wide.dataset().remove(Tags.TwoDimensionalToThreeDimensionalMapSequence);
        assertEquals(List.of(""), missing(wide, "PixelSpacing", type));
    }

    @Test
    void aRecordedStepwiseChannelNeedsTheApplicatorStepSize() throws IOException {
        // PS3.3 C.8.8.22 Table C.8-58: Source Applicator Step Size of a Recorded Source Applicator Sequence item is
        // required if Source Movement Type, in the enclosing Recorded Channel Sequence item, is STEPWISE.
        RtBrachyTreatmentRecord record = new RtBrachyTreatmentRecord();
        Dataset channel = record.dataset().newSequence(Tags.TreatmentSessionApplicationSetupSequence).addItem()
                .newSequence(Tags.RecordedChannelSequence).addItem();
        channel.setString(Tags.SourceMovementType, "STEPWISE");
        channel.newSequence(Tags.RecordedSourceApplicatorSequence).addItem();
        String item = "TreatmentSessionApplicationSetupSequence[0].RecordedChannelSequence[0]"
                + ".RecordedSourceApplicatorSequence[0]";
        assertEquals(List.of(item), missing(record, "SourceApplicatorStepSize", RtBrachyTreatmentRecord.class));

        channel.setString(Tags.SourceMovementType, "FIXED");
        assertEquals(List.of(), missing(record, "SourceApplicatorStepSize", RtBrachyTreatmentRecord.class));
    }

    @Test
    void theBrachyTreatmentTypeDecidesBetweenSafePositionTimesAndPulses() throws IOException {
        // PS3.3 C.8.8.22 Table C.8-58 (2024e): a recorded channel gives its safe position exit and return dates and
        // times unless Brachy Treatment Type, a top-level attribute of the module, is MANUAL or PDR; its pulse counts
        // and intervals if it is PDR.
        RtBrachyTreatmentRecord record = new RtBrachyTreatmentRecord();
        record.dataset().newSequence(Tags.TreatmentSessionApplicationSetupSequence).addItem()
                .newSequence(Tags.RecordedChannelSequence).addItem();
        String item = "TreatmentSessionApplicationSetupSequence[0].RecordedChannelSequence[0]";
        record.dataset().setString(Tags.BrachyTreatmentType, "HDR");
        assertMissing(List.of(item), record, RtBrachyTreatmentRecord.class, SAFE_POSITION_TIMES);
        assertMissing(List.of(), record, RtBrachyTreatmentRecord.class, RECORDED_PULSES);

        record.dataset().setString(Tags.BrachyTreatmentType, "PDR");
        assertMissing(List.of(), record, RtBrachyTreatmentRecord.class, SAFE_POSITION_TIMES);
        assertMissing(List.of(item), record, RtBrachyTreatmentRecord.class, RECORDED_PULSES);

        record.dataset().setString(Tags.BrachyTreatmentType, "MANUAL");
        assertMissing(List.of(), record, RtBrachyTreatmentRecord.class, SAFE_POSITION_TIMES);
        assertMissing(List.of(), record, RtBrachyTreatmentRecord.class, RECORDED_PULSES);
    }

    @Test
    void anRtImageExposureGivesTheFactorsItsImageTypeCallsFor() throws IOException {
        // PS3.3 C.8.8.2 Table C.8-34 (2024e): in an Exposure Sequence item KVP is required if Value 3 of Image Type, a
        // top-level attribute, is PORTAL, SIMULATOR or RADIOGRAPH, X-Ray Tube Current and Exposure Time if SIMULATOR or
        // RADIOGRAPH, Meterset Exposure if PORTAL; Referenced Frame Number if the top-level Number of Frames exceeds 1.
        // Type 2C: written AS_IS, since the default write fills a required Type 2C attribute empty.
        String item = "ExposureSequence[0]";
        RtImage simulator = rtImage("SIMULATOR");
        assertMissingAsIs(List.of(item), simulator, "KVP", "XRayTubeCurrent", "ExposureTime");
        assertMissingAsIs(List.of(), simulator, "MetersetExposure", "ReferencedFrameNumber");

        RtImage portal = rtImage("PORTAL");
        portal.dataset().setString(Tags.NumberOfFrames, "2");
        assertMissingAsIs(List.of(item), portal, "KVP", "MetersetExposure", "ReferencedFrameNumber");
        assertMissingAsIs(List.of(), portal, "XRayTubeCurrent", "ExposureTime");

        assertMissingAsIs(List.of(), rtImage("FLUENCE"), "KVP", "XRayTubeCurrent", "ExposureTime", "MetersetExposure");
    }

    @Test
    void aSegmentationWithOneSamplePerPixelMayNotStateAPlanarConfiguration() throws IOException {
        // PS3.3 C.7.6.3 Table C.7-11a: Planar Configuration is required if Samples per Pixel exceeds 1, with no "may be
        // present otherwise" (PS3.5 7.4.4 then forbids it); hand-conditions.tsv states it ("forbidden"), since
        // dicom3tools' Never for the Segmentation row carries no flag of the text.
        Segmentation segmentation = new Segmentation();
        segmentation.dataset().setInt(Tags.SamplesPerPixel, VR.US, 1);
        segmentation.dataset().setInt(Tags.PlanarConfiguration, VR.US, 0);
        assertEquals(List.of(""), CtRtHandConditionsTest.reported(reread(segmentation, Segmentation.class,
                WriteMode.ANYWAY), Violation.Kind.NOT_ALLOWED, "PlanarConfiguration"));
        segmentation.dataset().setInt(Tags.SamplesPerPixel, VR.US, 3);
        assertEquals(List.of(), CtRtHandConditionsTest.reported(reread(segmentation, Segmentation.class,
                WriteMode.ANYWAY), Violation.Kind.NOT_ALLOWED, "PlanarConfiguration"));
    }

    @Test
    void itemConditionsOnTopLevelAttributesReadTheTopLevel() throws IOException {
        // PS3.3 C.7.6.10 Table C.7-16: a Mask Subtraction Sequence item's Subtraction Item ID is required for Enhanced XA
        // and Enhanced XRF Image Storage; C.10.9 Table C.10-10: a Waveform Sequence item's Multiplex Group Time Offset if
        // Acquisition Time Synchronized is Y. Both tested attributes are top-level ones, not the item's.
        EnhancedXaImage enhanced = new EnhancedXaImage();
        enhanced.dataset().newSequence(Tags.MaskSubtractionSequence).addItem();
        assertEquals(List.of("MaskSubtractionSequence[0]"), missing(enhanced, "SubtractionItemID", EnhancedXaImage.class));
        XRayAngiographicImage classic = new XRayAngiographicImage();
        classic.dataset().newSequence(Tags.MaskSubtractionSequence).addItem();
        assertEquals(List.of(), missing(classic, "SubtractionItemID", XRayAngiographicImage.class));

        TwelveLeadEcg ecg = new TwelveLeadEcg();
        ecg.dataset().newSequence(Tags.WaveformSequence).addItem();
        ecg.dataset().setString(Tags.AcquisitionTimeSynchronized, "Y");
        assertEquals(List.of("WaveformSequence[0]"), missing(ecg, "MultiplexGroupTimeOffset", TwelveLeadEcg.class));
        ecg.dataset().setString(Tags.AcquisitionTimeSynchronized, "N");
        assertEquals(List.of(), missing(ecg, "MultiplexGroupTimeOffset", TwelveLeadEcg.class));
    }

    @Test
    void aGatingValueDependsOnTheTypeOfTheReferencedRangeModulator() throws IOException {
        // PS3.3 C.8.8.25 (2024e): the gating start and stop values are required if the Range Modulator Type of the
        // range modulator that Referenced Range Modulator Number points to is WHL_MODWEIGHTS or WHL_FIXEDWEIGHTS.
        RtIonPlan plan = new RtIonPlan();
        Dataset beam = ionBeam(plan, Tags.IonBeamSequence, Tags.IonControlPointSequence);
        Sequence modulators = beam.newSequence(Tags.RangeModulatorSequence);
        modulators.addItem().setString(Tags.RangeModulatorNumber, "1");
        modulators.get(0).setString(Tags.RangeModulatorType, "WHL_FIXEDWEIGHTS");
        modulators.addItem().setString(Tags.RangeModulatorNumber, "2");
        modulators.get(1).setString(Tags.RangeModulatorType, "FIXED");
        Dataset setting = beam.getSequence(Tags.IonControlPointSequence).get(0)
                .newSequence(Tags.RangeModulatorSettingsSequence).addItem();
        setting.setString(Tags.ReferencedRangeModulatorNumber, "1");
        String item = "IonBeamSequence[0].IonControlPointSequence[0].RangeModulatorSettingsSequence[0]";
        assertMissing(List.of(item), plan, RtIonPlan.class, GATING_VALUES);

        setting.setString(Tags.ReferencedRangeModulatorNumber, "2");
        assertMissing(List.of(), plan, RtIonPlan.class, GATING_VALUES);
    }

    @Test
    void aPartialWedgeNeedsItsThinEdgePosition() throws IOException {
        // PS3.3 C.8.8.25 (2024e): Wedge Thin Edge Position is required if the Wedge Type of the wedge that Referenced
        // Wedge Number points to is PARTIAL_STANDARD or PARTIAL_MOTORIZED.
        RtIonPlan plan = new RtIonPlan();
        Dataset beam = ionBeam(plan, Tags.IonBeamSequence, Tags.IonControlPointSequence);
        Dataset wedge = beam.newSequence(Tags.IonWedgeSequence).addItem();
        wedge.setString(Tags.WedgeNumber, "3");
        wedge.setString(Tags.WedgeType, "PARTIAL_MOTORIZED");
        beam.getSequence(Tags.IonControlPointSequence).get(1).newSequence(Tags.IonWedgePositionSequence).addItem()
                .setString(Tags.ReferencedWedgeNumber, "3");
        String item = "IonBeamSequence[0].IonControlPointSequence[1].IonWedgePositionSequence[0]";
        assertEquals(List.of(item), missing(plan, "WedgeThinEdgePosition", RtIonPlan.class));

        wedge.setString(Tags.WedgeType, "STANDARD");
        assertEquals(List.of(), missing(plan, "WedgeThinEdgePosition", RtIonPlan.class));
    }

    @Test
    void anIntravenousAgentNeedsItsPhase() throws IOException {
        // PS3.3 C.7.6.16.2.12 (2024e): Contrast/Bolus Agent Phase is required (Type 2C) if the Administration Route
        // of the agent that the usage item's Contrast/Bolus Agent Number names in the Contrast/Bolus Agent Sequence
        // is (47625008, SCT, "Intravenous route"); older instances code that route as G-D101 (SRT, SNM3). Written
        // AS_IS: the default write fills a required Type 2C attribute empty (PS3.5 7.4.3), which satisfies it.
        String item = "SharedFunctionalGroupsSequence[0].ContrastBolusUsageSequence[0]";
        for (int[] numberAndRequired : new int[][] {{1, 1}, {2, 0}, {3, 1}, {4, 0}, {5, 0}}) {
            int number = numberAndRequired[0];
            boolean required = numberAndRequired[1] == 1;
            assertEquals(required ? List.of(item) : List.of(), missing(contrastCt(number), "ContrastBolusAgentPhase",
                    EnhancedCtImage.class, WriteMode.AS_IS), "agent " + number);
            Dataset filled = reread(contrastCt(number), EnhancedCtImage.class, WriteMode.ANYWAY).dataset()
                    .getSequence(Tags.SharedFunctionalGroupsSequence).get(0)
                    .getSequence(Tags.ContrastBolusUsageSequence).get(0);
            assertEquals(required, filled.contains(Tags.ContrastBolusAgentPhase), "filled for agent " + number);
            assertEquals(false, filled.hasValue(Tags.ContrastBolusAgentPhase), "agent " + number);
        }
    }

    @Test
    void aMammographyAcquisitionItemStatesItsScanAndExposureByTheInstancesModality() throws IOException {
        // PS3.3 C.8.21.3.1.1-3 (2020a, posdaJS table): the X-Ray 3D macros' exposure, grid, field of view and primary
        // positioner rows are required if Modality (0008,0060), a top-level attribute, is MG; the macros sit in
        // X-Ray 3D Acquisition Sequence items and their Per Projection Acquisition Sequence items.
        String item = "XRay3DAcquisitionSequence[0]";
        String projection = item + ".PerProjectionAcquisitionSequence[0]";
        String[] acquisitionRows = {"PrimaryPositionerScanArc", "PrimaryPositionerScanStartAngle",
            "PrimaryPositionerIncrement", "FieldOfViewDimensionsInFloat", "Grid", "KVP", "XRayTubeCurrentInmA",
            "ExposureTimeInms", "ExposureInmAs"};
        BreastTomosynthesisImage mammography = tomosynthesis("MG");
        assertMissing(List.of(item, projection), mammography, BreastTomosynthesisImage.class, "KVP",
                "XRayTubeCurrentInmA");
        BreastTomosynthesisImage other = tomosynthesis("OT");
        assertMissing(List.of(), other, BreastTomosynthesisImage.class, "KVP", "XRayTubeCurrentInmA");
        // Exposure Time and Exposure of a breast projection item are Type 1 whatever the modality: the acquisition
        // item alone tells the condition.
        for (String keyword : acquisitionRows) {
            assertEquals(true, missing(mammography, keyword, BreastTomosynthesisImage.class).contains(item), keyword);
            assertEquals(false, missing(other, keyword, BreastTomosynthesisImage.class).contains(item), keyword);
        }
    }

    @Test
    void aProjectionStatesItsSecondaryAngleWhenTheSecondaryPositionerMoved() throws IOException {
        // PS3.3 C.8.21.3.4 (2024e): Positioner Secondary Angle of a Per Projection Acquisition item is required if a
        // secondary positioner was used; a non-zero Secondary Positioner Scan Arc or Increment of the acquisition
        // item shows that it moved.
        String projection = "XRay3DAcquisitionSequence[0].PerProjectionAcquisitionSequence[0]";
        BreastTomosynthesisImage image = tomosynthesis("MG");
        Dataset acquisition = image.dataset().getSequence(Tags.XRay3DAcquisitionSequence).get(0);
        assertEquals(List.of(), missing(image, "PositionerSecondaryAngle", BreastTomosynthesisImage.class));

        acquisition.setDouble(Tags.SecondaryPositionerScanArc, 0.0);
        acquisition.setDouble(Tags.SecondaryPositionerIncrement, 0.0);
        assertEquals(List.of(), missing(image, "PositionerSecondaryAngle", BreastTomosynthesisImage.class));

        acquisition.setDouble(Tags.SecondaryPositionerIncrement, 1.5);
        assertEquals(List.of(projection), missing(image, "PositionerSecondaryAngle", BreastTomosynthesisImage.class));

        acquisition.setDouble(Tags.SecondaryPositionerIncrement, 0.0);
        acquisition.setDouble(Tags.SecondaryPositionerScanArc, 15.0);
        assertEquals(List.of(projection), missing(image, "PositionerSecondaryAngle", BreastTomosynthesisImage.class));
    }

    /** @return a Breast Tomosynthesis Image of the modality with one empty acquisition item and projection item */
    private static BreastTomosynthesisImage tomosynthesis(String modality) {
        BreastTomosynthesisImage image = new BreastTomosynthesisImage();
        image.dataset().setString(Tags.Modality, modality);
        image.dataset().newSequence(Tags.XRay3DAcquisitionSequence).addItem()
                .newSequence(Tags.PerProjectionAcquisitionSequence).addItem();
        return image;
    }

    /**
     * @return an Enhanced CT Image with four contrast agents (1 intravenous as SCT, 2 oral, 3 intravenous as SNM3, 4
     *     the SNOMED-RT intravenous code under the SCT scheme, which is no route) and a shared usage item naming
     *     {@code agentNumber}
     */
    private static EnhancedCtImage contrastCt(int agentNumber) {
        EnhancedCtImage ct = new EnhancedCtImage();
        // AS_IS fills nothing, and the File Meta Information needs the SOP Class and Instance.
        ct.dataset().setString(Tags.SOPClassUID, EnhancedCtImage.SOP_CLASS_UIDS.get(0));
        ct.dataset().setString(Tags.SOPInstanceUID, "2.25.1");
        Sequence agents = ct.dataset().newSequence(Tags.ContrastBolusAgentSequence);
        addAgent(agents, 1, "47625008", "SCT");
        addAgent(agents, 2, "26643006", "SCT");
        addAgent(agents, 3, "G-D101", "SNM3");
        addAgent(agents, 4, "G-D101", "SCT");
        Dataset usage = ct.dataset().newSequence(Tags.SharedFunctionalGroupsSequence).addItem()
                .newSequence(Tags.ContrastBolusUsageSequence).addItem();
        usage.setInt(Tags.ContrastBolusAgentNumber, VR.US, agentNumber);
        usage.setString(Tags.ContrastBolusAgentAdministered, "YES");
        return ct;
    }

    /** Adds a Contrast/Bolus Agent Sequence item with its number and one administration route code. */
    private static void addAgent(Sequence agents, int number, String routeCode, String scheme) {
        Dataset agent = agents.addItem();
        agent.setInt(Tags.ContrastBolusAgentNumber, VR.US, number);
        Dataset route = agent.newSequence(Tags.ContrastBolusAdministrationRouteSequence).addItem();
        route.setString(Tags.CodeValue, routeCode);
        route.setString(Tags.CodingSchemeDesignator, scheme);
        route.setString(Tags.CodeMeaning, "Route");
    }

    /** @return the one Acquisition Device Type Code Sequence item of the data set, holding the code */
    private static Dataset acquisitionDevice(Dataset dataset, String codeValue, String scheme) {
        Dataset device = dataset.newSequence(Tags.AcquisitionDeviceTypeCodeSequence).addItem();
        device.setString(Tags.CodeValue, codeValue);
        device.setString(Tags.CodingSchemeDesignator, scheme);
        device.setString(Tags.CodeMeaning, "Acquisition device");
        return device;
    }

    /** @return an RT Image of the given Image Type Value 3 with one empty Exposure Sequence item, ready for AS_IS */
    private static RtImage rtImage(String imageTypeValue3) {
        RtImage image = new RtImage();
        image.dataset().setString(Tags.SOPClassUID, RtImage.SOP_CLASS_UIDS.get(0));
        image.dataset().setString(Tags.SOPInstanceUID, "2.25.2");
        image.dataset().setString(Tags.ImageType, "ORIGINAL", "PRIMARY", imageTypeValue3);
        image.dataset().newSequence(Tags.ExposureSequence).addItem();
        return image;
    }

    /** Asserts that each keyword of an instance written {@code AS_IS} is reported missing exactly at the paths. */
    private static void assertMissingAsIs(List<String> expected, RtImage image, String... keywords)
            throws IOException {
        for (String keyword : keywords) {
            assertEquals(expected, missing(image, keyword, RtImage.class, WriteMode.AS_IS), keyword);
        }
    }

    /** @return the one beam item of the instance's beam sequence, holding two empty control point items */
    private static Dataset ionBeam(DicomObject instance, int beamSequence, int controlPointSequence) {
        Dataset beam = instance.dataset().newSequence(beamSequence).addItem();
        Sequence points = beam.newSequence(controlPointSequence);
        points.addItem();
        points.addItem();
        return beam;
    }

    /** @return an Enhanced CT Image whose shared functional group holds the frame type, acquisition type and table */
    private static EnhancedCtImage enhancedCt(String frameTypeValue1, String acquisitionType) {
        EnhancedCtImage ct = new EnhancedCtImage();
        Dataset shared = ct.dataset().newSequence(Tags.SharedFunctionalGroupsSequence).addItem();
        shared.newSequence(Tags.CTImageFrameTypeSequence).addItem()
                .setString(Tags.FrameType, frameTypeValue1, "PRIMARY", "AXIAL", "NONE");
        shared.newSequence(Tags.CTAcquisitionTypeSequence).addItem().setString(Tags.AcquisitionType, acquisitionType);
        shared.newSequence(Tags.CTTableDynamicsSequence).addItem();
        return ct;
    }

    /** @return a Photoacoustic Image with one sound speed correction mechanism code of the DCM scheme */
    private static PhotoacousticImage photoacoustic(String codeValue) {
        PhotoacousticImage image = new PhotoacousticImage();
        Dataset mechanism = image.dataset().newSequence(Tags.SoundSpeedCorrectionMechanismCodeSequence).addItem();
        mechanism.setString(Tags.CodeValue, codeValue);
        mechanism.setString(Tags.CodingSchemeDesignator, "DCM");
        mechanism.setString(Tags.CodeMeaning, "Speed of sound correction");
        return image;
    }

    /** Asserts that each keyword is reported missing exactly at the expected item paths. */
    private static <T extends DicomObject> void assertMissing(List<String> expected, T instance, Class<T> type,
            String... keywords) throws IOException {
        for (String keyword : keywords) {
            assertEquals(expected, missing(instance, keyword, type), keyword);
        }
    }

    /** {@link #missing(DicomObject, String, Class, WriteMode)} of an instance written {@code ANYWAY}. */
    static <T extends DicomObject> List<String> missing(T instance, String keyword, Class<T> type)
            throws IOException {
        return missing(instance, keyword, type, WriteMode.ANYWAY);   // a partial instance, invalid but for the rows
    }

    /**
     * Writes the instance, reads its bytes back as the IOD class and validates that.
     *
     * @return the paths of the items (empty for the top level) where the keyword is reported missing
     */
    static <T extends DicomObject> List<String> missing(T instance, String keyword, Class<T> type,
            WriteMode mode) throws IOException {
        return CtRtHandConditionsTest.missing(reread(instance, type, mode), keyword);
    }

    /** @return the instance written with {@code mode} and read back from its bytes */
    static <T extends DicomObject> T reread(T instance, Class<T> type, WriteMode mode) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Dicom.write(bytes, instance, mode);
        return Dicom.read(new ByteArrayInputStream(bytes.toByteArray()), type);
    }
}

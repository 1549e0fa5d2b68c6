package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.DicomObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions of the CT Image and RT Plan IODs written by hand from PS3.3 (tools hand-conditions.tsv, issue 4), on
 * hand-built instances: the attribute is reported missing when its condition holds and not otherwise.
 */
class CtRtHandConditionsTest {

    /** Where {@link #selectorItem} puts the Selector Attribute Macro's item. */
    private static final String SELECTOR_ITEM = "OriginalAttributesSequence[0].NonconformingModifiedAttributesSequence[0]";

    /** The HL7 CDA Release 2 document type OID (PS3.3 C.12.1.1.6). */
    private static final String CDA_R2 = "2.16.840.1.113883.1.7.2";

    @Test
    void aReferencedHl7DocumentAtAnyDepthNeedsTheHl7DocumentReferences() {
        // PS3.3 C.12.1 Table C.12-1: required if unencapsulated HL7 Structured Documents are referenced.
        CtImage ct = FromScratchTest.newCtImage();
        Dataset reference = ct.dataset().newSequence(Tags.ReferencedImageSequence).addItem();
        reference.setString(Tags.ReferencedSOPClassUID, CDA_R2);
        reference.setString(Tags.ReferencedSOPInstanceUID, "1.2.3.4");
        assertEquals(List.of(""), missing(ct, "HL7StructuredDocumentReferenceSequence"));

        reference.setString(Tags.ReferencedSOPClassUID, "1.2.840.10008.5.1.4.1.1.2");
        assertEquals(List.of(), missing(ct, "HL7StructuredDocumentReferenceSequence"));
    }

    @Test
    void aPrivateSelectorTagNeedsItsPrivateCreator() {
        // PS3.3 10.17 Table 10-20: the private creators are required when the selector or a sequence pointer is a
        // private tag (odd group); the macro is here in SOP Common's Nonconforming Modified Attributes Sequence.
        CtImage ct = FromScratchTest.newCtImage();
        Dataset selector = selectorItem(ct);
        selector.setTags(Tags.SelectorAttribute, 0x00291010);
        selector.setTags(Tags.SelectorSequencePointer, Tags.ReferencedImageSequence, 0x00091001);
        assertEquals(List.of(SELECTOR_ITEM), missing(ct, "SelectorAttributePrivateCreator"));
        assertEquals(List.of(SELECTOR_ITEM), missing(ct, "SelectorSequencePointerPrivateCreator"));

        selector.setTags(Tags.SelectorAttribute, Tags.PatientName);
        selector.setTags(Tags.SelectorSequencePointer, Tags.ReferencedImageSequence);
        assertEquals(List.of(), missing(ct, "SelectorAttributePrivateCreator"));
        assertEquals(List.of(), missing(ct, "SelectorSequencePointerPrivateCreator"));
    }

    @Test
    void aSelectedAttributeOtherThanASequenceNeedsItsValueNumber() {
        // PS3.3 10.17 Table 10-20: Selector Value Number is required if the selected content is a single attribute of
        // any VR other than SQ (the VR of a standard tag is in PS3.6; that of a private one is not known).
        CtImage ct = FromScratchTest.newCtImage();
        Dataset selector = selectorItem(ct);
        selector.setTags(Tags.SelectorAttribute, Tags.PatientName);
        assertEquals(List.of(SELECTOR_ITEM), missing(ct, "SelectorValueNumber"));

        selector.setTags(Tags.SelectorAttribute, Tags.ReferencedImageSequence);
        assertEquals(List.of(), missing(ct, "SelectorValueNumber"));
        selector.setTags(Tags.SelectorAttribute, 0x00291010);
        assertEquals(List.of(), missing(ct, "SelectorValueNumber"));
    }

    @Test
    void aSelectorNeedsTheAttributeOrASequencePointer() {
        // PS3.3 10.17 Table 10-20, 10.17.1.1: Selector Sequence Pointer is required if Selector Attribute is absent,
        // and an Item can only be selected through a Selector Sequence Pointer, so without one the selected content is
        // an attribute and Selector Attribute is required.
        CtImage ct = FromScratchTest.newCtImage();
        Dataset selector = selectorItem(ct);
        assertEquals(List.of(SELECTOR_ITEM), missing(ct, "SelectorAttribute"));
        assertEquals(List.of(SELECTOR_ITEM), missing(ct, "SelectorSequencePointer"));

        selector.setTags(Tags.SelectorSequencePointer, Tags.ReferencedImageSequence);
        selector.setInt(Tags.SelectorSequencePointerItems, 1);
        assertEquals(List.of(), missing(ct, "SelectorAttribute"));
        assertEquals(List.of(), missing(ct, "SelectorSequencePointer"));
    }

    @Test
    void consentForANamedProtocolNeedsItsIdWhenTheSubjectModuleGivesNone() {
        // PS3.3 C.7.2.3 Table C.7-4b: required if Distribution Type is NAMED_PROTOCOL and the protocol is not that
        // of the Clinical Trial Subject Module; with no protocol there, it cannot be that one.
        CtImage ct = FromScratchTest.newCtImage();
        Dataset consent = ct.dataset().newSequence(Tags.ConsentForClinicalTrialUseSequence).addItem();
        consent.setString(Tags.ConsentForDistributionFlag, "YES");
        consent.setString(Tags.DistributionType, "NAMED_PROTOCOL");
        assertEquals(List.of("ConsentForClinicalTrialUseSequence[0]"), missing(ct, "ClinicalTrialProtocolID"));

        consent.setString(Tags.DistributionType, "RESTRICTED_REUSE");
        assertEquals(List.of(), missing(ct, "ClinicalTrialProtocolID"));
    }

    @Test
    void anEnergyProportionalWeightedImageNeedsTheWeightingFactor() {
        // PS3.3 C.8.15.3.9 Table C.8-125, in the Multi-energy CT Image Module's acquisition item: required if Value 4
        // of the image (frame) type is ENERGY_PROP_WT.
        CtImage ct = FromScratchTest.newCtImage();
        ct.dataset().newSequence(Tags.MultienergyCTAcquisitionSequence).addItem()
                .newSequence(Tags.CTXRayDetailsSequence).addItem();
        ct.dataset().setString(Tags.ImageType, "DERIVED", "PRIMARY", "AXIAL", "ENERGY_PROP_WT");
        assertEquals(List.of("MultienergyCTAcquisitionSequence[0].CTXRayDetailsSequence[0]"),
                missing(ct, "EnergyWeightingFactor"));

        ct.dataset().setString(Tags.ImageType, "DERIVED", "PRIMARY", "AXIAL", "VMI");
        assertEquals(List.of(), missing(ct, "EnergyWeightingFactor"));
    }

    @Test
    void aForProcessingCtImageNeedsItsPresentationIntentType() {
        // PS3.3 C.8.2.3 Table C.8.2.3-1 (2026d, Supplement 252): required for CT Image Storage - For Processing, may be
        // present otherwise.
        CtImage ct = FromScratchTest.newCtImage();
        assertEquals(List.of(), missing(ct, "PresentationIntentType"));

        ct.dataset().setString(Tags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.2.3");
        assertEquals(List.of(""), missing(ct, "PresentationIntentType"));

        ct.dataset().setString(Tags.PresentationIntentType, "FOR PROCESSING");
        assertEquals(List.of(), missing(ct, "PresentationIntentType"));
    }

    @Test
    void aPulsedBrachyChannelNeedsItsPulses() {
        // PS3.3 C.8.8.15 Table C.8-51 (2024e): Number of Pulses and Pulse Repetition Interval of a channel are required
        // if Brachy Treatment Type, a top-level attribute of the module, is PDR.
        RtPlan plan = new RtPlan();
        plan.dataset().newSequence(Tags.ApplicationSetupSequence).addItem().newSequence(Tags.ChannelSequence).addItem();
        String channel = "ApplicationSetupSequence[0].ChannelSequence[0]";
        plan.dataset().setString(Tags.BrachyTreatmentType, "PDR");
        assertEquals(List.of(channel), missing(plan, "NumberOfPulses"));
        assertEquals(List.of(channel), missing(plan, "PulseRepetitionInterval"));

        plan.dataset().setString(Tags.BrachyTreatmentType, "HDR");
        assertEquals(List.of(), missing(plan, "NumberOfPulses"));
        assertEquals(List.of(), missing(plan, "PulseRepetitionInterval"));
    }

    @Test
    void aVerificationPointAtAControlPointNeedsItsIndex() {
        // PS3.3 C.8.8.14 Table C.8-50: Referenced Control Point Index is required if the cumulative meterset of the
        // verification point corresponds to a control point of the beam (weights 0 and 1 here).
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset point = plan.dataset().getSequence(Tags.BeamSequence).get(0)
                .newSequence(Tags.ReferencedDoseReferenceSequence).addItem()
                .newSequence(Tags.BeamDoseVerificationControlPointSequence).addItem();
        point.setDouble(Tags.CumulativeMetersetWeight, 1.0);
        assertEquals(List.of("BeamSequence[0].ReferencedDoseReferenceSequence[0].BeamDoseVerificationControlPointSequence[0]"),
                missing(plan, "ReferencedControlPointIndex"));

        point.setDouble(Tags.CumulativeMetersetWeight, 0.5);
        assertEquals(List.of(), missing(plan, "ReferencedControlPointIndex"));
    }

    @Test
    void everyVerificationPointButTheLastNeedsItsDepthUnlessDepthsAreNotAveraged() {
        // PS3.3 C.8.8.14 Table C.8-50: Beam Dose Point Depth is required for all but the last Item, and for the last
        // if Depth Value Averaging Flag is NO.
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset reference = plan.dataset().getSequence(Tags.BeamSequence).get(0)
                .newSequence(Tags.ReferencedDoseReferenceSequence).addItem();
        reference.setString(Tags.DepthValueAveragingFlag, "YES");
        Sequence points = reference.newSequence(Tags.BeamDoseVerificationControlPointSequence);
        points.addItem();
        points.addItem();
        String path = "BeamSequence[0].ReferencedDoseReferenceSequence[0].BeamDoseVerificationControlPointSequence";
        assertEquals(List.of(path + "[0]"), missing(plan, "BeamDosePointDepth"));

        reference.setString(Tags.DepthValueAveragingFlag, "NO");
        assertEquals(List.of(path + "[0]", path + "[1]"), missing(plan, "BeamDosePointDepth"));
    }

    @Test
    void verifiedDoseCalibrationNeedsTheConditionsOrTheCommissioningKey() {
        // PS3.3 C.8.8.13 Table C.8-49 (2024e): in a Referenced Beam item with Dose Calibration Conditions Verified
        // Flag YES, Dose Calibration Conditions Sequence and Radiation Device Configuration and Commissioning Key
        // Sequence are each required when the other is absent.
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset beam = plan.dataset().getSequence(Tags.FractionGroupSequence).get(0)
                .getSequence(Tags.ReferencedBeamSequence).get(0);
        String path = "FractionGroupSequence[0].ReferencedBeamSequence[0]";
        beam.setString(Tags.DoseCalibrationConditionsVerifiedFlag, "YES");
        assertEquals(List.of(path), missing(plan, "DoseCalibrationConditionsSequence"));
        assertEquals(List.of(path), missing(plan, "RadiationDeviceConfigurationAndCommissioningKeySequence"));

        beam.newSequence(Tags.DoseCalibrationConditionsSequence).addItem();
        assertEquals(List.of(), missing(plan, "RadiationDeviceConfigurationAndCommissioningKeySequence"));

        beam.remove(Tags.DoseCalibrationConditionsSequence);
        beam.setString(Tags.DoseCalibrationConditionsVerifiedFlag, "NO");
        assertEquals(List.of(), missing(plan, "DoseCalibrationConditionsSequence"));
        assertEquals(List.of(), missing(plan, "RadiationDeviceConfigurationAndCommissioningKeySequence"));
    }

    @Test
    void aCompensatorNeedsItsNumberAndMaterialWhenTheBeamCountsCompensators() {
        // PS3.3 C.8.8.14 Table C.8-50: Compensator Number (1C) and Material ID (2C) carry the Compensator Sequence's
        // condition, Number of Compensators non-zero.
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset beam = plan.dataset().getSequence(Tags.BeamSequence).get(0);
        beam.newSequence(Tags.CompensatorSequence).addItem();
        beam.setString(Tags.NumberOfCompensators, "1");
        String item = "BeamSequence[0].CompensatorSequence[0]";
        assertEquals(List.of(item), missing(plan, "CompensatorNumber"));
        assertEquals(List.of(item), missing(plan, "MaterialID"));

        beam.setString(Tags.NumberOfCompensators, "0");
        assertEquals(List.of(), missing(plan, "CompensatorNumber"));
        assertEquals(List.of(), missing(plan, "MaterialID"));
    }

    @Test
    void aWedgedBeamNeedsTheWedgePositionsAtItsFirstControlPoint() {
        // PS3.3 C.8.8.14 Table C.8-50, C.8.8.14.5: required at the first control point (index 0) if Number of Wedges
        // is non-zero; the second control point, where nothing changes, needs none.
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset beam = plan.dataset().getSequence(Tags.BeamSequence).get(0);
        beam.setString(Tags.NumberOfWedges, "1");
        assertEquals(List.of("BeamSequence[0].ControlPointSequence[0]"), missing(plan, "WedgePositionSequence"));

        beam.setString(Tags.NumberOfWedges, "0");
        assertEquals(List.of(), missing(plan, "WedgePositionSequence"));
    }

    @Test
    void theDeviceTypeDecidesWhichDelimiterDefinitionAnEnhancedDeviceNeeds() {
        // PS3.3 C.36.2.2.19 Table C.36.2.2.19-1: the Parallel RT Beam Delimiter Device Sequence for Leaf Pairs or
        // Single Leaves, the Fixed one for a type of CID 9545 (Photon Fixed Aperture here), neither for a Jaw Pair
        // (PS3.16 CID 9541).
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset device = enhancedDevice(plan);
        Dataset type = device.newSequence(Tags.DeviceTypeCodeSequence).addItem();
        type.setString(Tags.CodingSchemeDesignator, "DCM");
        String item = "BeamSequence[0].EnhancedRTBeamLimitingDeviceSequence[0]";

        type.setString(Tags.CodeValue, "130331");
        assertEquals(List.of(item), missing(plan, "ParallelRTBeamDelimiterDeviceSequence"));
        assertEquals(List.of(), missing(plan, "FixedRTBeamDelimiterDeviceSequence"));

        type.setString(Tags.CodeValue, "130344");
        assertEquals(List.of(), missing(plan, "ParallelRTBeamDelimiterDeviceSequence"));
        assertEquals(List.of(item), missing(plan, "FixedRTBeamDelimiterDeviceSequence"));

        type.setString(Tags.CodeValue, "130330");
        assertEquals(List.of(), missing(plan, "ParallelRTBeamDelimiterDeviceSequence"));
        assertEquals(List.of(), missing(plan, "FixedRTBeamDelimiterDeviceSequence"));
    }

    @Test
    void anAccessoryNeedsAHolderIndexOrASlotAndASlotNeedsItsDistance() {
        // PS3.3 C.36.2.2.3 Table C.36.2.2.3-1 (in C.36.2.2.19): Referenced RT Accessory Holder Device Index and RT
        // Accessory Device Slot ID are each required when the other is absent; RT Accessory Slot Distance when the
        // slot ID has a value.
        RtPlan plan = FromScratchTest.newRtPlan();
        Dataset device = enhancedDevice(plan);
        String item = "BeamSequence[0].EnhancedRTBeamLimitingDeviceSequence[0]";
        assertEquals(List.of(item), missing(plan, "ReferencedRTAccessoryHolderDeviceIndex"));
        assertEquals(List.of(item), missing(plan, "RTAccessoryDeviceSlotID"));
        assertEquals(List.of(), missing(plan, "RTAccessorySlotDistance"));

        device.setString(Tags.RTAccessoryDeviceSlotID, "SLOT-1");
        assertEquals(List.of(), missing(plan, "ReferencedRTAccessoryHolderDeviceIndex"));
        assertEquals(List.of(), missing(plan, "RTAccessoryDeviceSlotID"));
        assertEquals(List.of(item), missing(plan, "RTAccessorySlotDistance"));
    }

    @Test
    void anEnhancedOpeningNeedsItsOffsetAtTheFirstControlPointOnly() {
        // PS3.3 C.36.2.2.20 Table C.36.2.2.20-1, C.36.2.2.5.1.1: required in the first control point; later control
        // points repeat only what changes.
        RtPlan plan = FromScratchTest.newRtPlan();
        Sequence controlPoints = plan.dataset().getSequence(Tags.BeamSequence).get(0).getSequence(Tags.ControlPointSequence);
        for (int index = 0; index < 2; index++) {
            controlPoints.get(index).newSequence(Tags.EnhancedRTBeamLimitingOpeningSequence).addItem()
                    .setInt(Tags.ReferencedDeviceIndex, 1);
        }
        assertEquals(List.of("BeamSequence[0].ControlPointSequence[0].EnhancedRTBeamLimitingOpeningSequence[0]"),
                missing(plan, "RTBeamLimitingDeviceOffset"));
    }

    /** @return the first beam's new Enhanced RT Beam Limiting Device Sequence item, the flag set to YES */
    private static Dataset enhancedDevice(RtPlan plan) {
        Dataset beam = plan.dataset().getSequence(Tags.BeamSequence).get(0);
        beam.setString(Tags.EnhancedRTBeamLimitingDeviceDefinitionFlag, "YES");
        Dataset device = beam.newSequence(Tags.EnhancedRTBeamLimitingDeviceSequence).addItem();
        device.setInt(Tags.DeviceIndex, 1);
        return device;
    }

    @Test
    void textBeyondTheDefaultRepertoireNeedsASpecificCharacterSet() {
        // PS3.3 C.12.1 Table C.12-1: required if an expanded or replacement character set is used (PS3.5 6.1.2).
        CtImage ct = FromScratchTest.newCtImage();
        ct.dataset().setString(Tags.InstitutionName, "Hopital Saint-Eloi");
        assertEquals(List.of(), missing(ct, "SpecificCharacterSet"));

        ct.dataset().setString(Tags.InstitutionName, "H\u00f4pital Saint-\u00c9loi");
        assertEquals(List.of(""), missing(ct, "SpecificCharacterSet"));
    }

    /** @return a new item that includes the Selector Attribute Macro: SOP Common's Nonconforming Modified Attributes */
    private static Dataset selectorItem(CtImage ct) {
        return ct.dataset().newSequence(Tags.OriginalAttributesSequence).addItem()
                .newSequence(Tags.NonconformingModifiedAttributesSequence).addItem();
    }

    /** @return the paths of the items (empty for the top level) where the keyword is reported missing */
    static List<String> missing(DicomObject instance, String keyword) {
        return reported(instance, Violation.Kind.MISSING, keyword);
    }

    /** @return the paths of the items (empty for the top level) where the keyword is reported as {@code kind} */
    static List<String> reported(DicomObject instance, Violation.Kind kind, String keyword) {
        return Dicom.validate(instance).violations().stream()
                .filter(v -> v.kind() == kind && keyword.equals(v.keyword()))
                .map(Violation::path)
                .toList();
    }
}

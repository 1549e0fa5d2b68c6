package dev.iodine.iod;

import static dev.iodine.iod.CtRtHandConditionsTest.missing;
import static dev.iodine.iod.CtRtHandConditionsTest.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions of the second-generation RT instance modules and macros read from the PS3.3 text (tools
 * hand-conditions.tsv; their 2026d tables carry none): one case per shape of condition, the attribute reported
 * missing when its condition holds, and not (or reported not allowed, for "Required if" without "may be present
 * otherwise") when it does not.
 */
class RtInstanceConditionsTest {

    private static final String RT_STRUCTURE_SET = "1.2.840.10008.5.1.4.1.1.481.3";
    private static final String SEGMENTATION = "1.2.840.10008.5.1.4.1.1.66.4";

    @Test
    void aPrescriptionReferencesItsIntentOrItsParentPrescription() {
        // C.36.6 Table C.36.6-1: each index is required when the other is absent.
        RtPhysicianIntent intent = new RtPhysicianIntent();
        Dataset prescription = intent.dataset().newSequence(Tags.RTPrescriptionSequence).addItem();
        List<String> both = List.of("ReferencedParentRTPrescriptionIndex", "ReferencedRTPhysicianIntentIndex");
        assertEquals(both, missingIn(intent, both));
        prescription.setInt(Tags.ReferencedRTPhysicianIntentIndex, VR.US, 1);
        assertEquals(List.of(), missingIn(intent, both));
        prescription.setInt(Tags.ReferencedParentRTPrescriptionIndex, VR.US, 1);
        // Both present: each one's condition is false and the text has no "may be present otherwise".
        assertEquals(both, reportedIn(intent, Violation.Kind.NOT_ALLOWED, both));
    }

    @Test
    void aWeightIsRequiredForAReferencedObjectiveThatIsNotAbsolute() {
        // C.36.6: Dosimetric Objective Weight is required if Absolute Dosimetric Objective Flag is NO, the flag of
        // the objective the item references by its UID (C.36.2.1.4).
        RtPhysicianIntent intent = new RtPhysicianIntent();
        Sequence objectives = intent.dataset().newSequence(Tags.DosimetricObjectiveSequence);
        objective(objectives, "1.2.3.1", "YES");
        objective(objectives, "1.2.3.2", "NO");
        Sequence references = intent.dataset().newSequence(Tags.RTPrescriptionSequence).addItem()
                .newSequence(Tags.ReferencedDosimetricObjectivesSequence);
        references.addItem().setString(Tags.ReferencedDosimetricObjectiveUID, "1.2.3.1");
        references.addItem().setString(Tags.ReferencedDosimetricObjectiveUID, "1.2.3.2");
        assertEquals(List.of("RTPrescriptionSequence[0].ReferencedDosimetricObjectivesSequence[1]"),
                missing(intent, "DosimetricObjectiveWeight"));
    }

    @Test
    void aDirectSegmentReferenceNamesTheSegmentTheWayItsSopClassNeeds() {
        // C.36.9.1.1 Table C.36.9-2: the referencing attribute follows the SOP Class of the referenced instance.
        RtSegmentAnnotation annotation = new RtSegmentAnnotation();
        Dataset segment = annotation.dataset().newSequence(Tags.SegmentReferenceSequence).addItem();
        assertEquals(List.of("SegmentReferenceSequence[0]"), missing(annotation, "DirectSegmentReferenceSequence"));
        Dataset direct = segment.newSequence(Tags.DirectSegmentReferenceSequence).addItem();
        Dataset sop = direct.newSequence(Tags.ReferencedSOPSequence).addItem();
        sop.setString(Tags.ReferencedSOPClassUID, RT_STRUCTURE_SET);
        sop.setString(Tags.ReferencedSOPInstanceUID, "1.2.3.4");
        List<String> numbers = List.of("ReferencedFiducialsUID", "ReferencedROINumber", "ReferencedSegmentNumber",
                "ReferencedSurfaceNumber");
        assertEquals(List.of("ReferencedROINumber"), missingIn(annotation, numbers));
        direct.setInt(Tags.ReferencedROINumber, VR.IS, 3);
        assertEquals(List.of(), missingIn(annotation, numbers));
        sop.setString(Tags.ReferencedSOPClassUID, SEGMENTATION);
        assertEquals(List.of("ReferencedSegmentNumber"), missingIn(annotation, numbers));
        assertEquals(List.of("ReferencedROINumber"), reportedIn(annotation, Violation.Kind.NOT_ALLOWED, numbers));
    }

    @Test
    void anAnnotationTypeIsRequiredOnceItsCategoryHasAnItem() {
        // C.36.8 Table C.36.8-1: the Type 2 category sequence may be empty; the type follows a category item.
        RtSegmentAnnotation annotation = new RtSegmentAnnotation();
        Dataset item = annotation.dataset().newSequence(Tags.RTSegmentAnnotationSequence).addItem();
        item.newSequence(Tags.SegmentAnnotationCategoryCodeSequence);
        assertEquals(List.of(), missing(annotation, "SegmentAnnotationTypeCodeSequence"));
        Dataset category = item.getSequence(Tags.SegmentAnnotationCategoryCodeSequence).addItem();
        category.setString(Tags.CodeValue, "130047");
        assertEquals(List.of("RTSegmentAnnotationSequence[0]"), missing(annotation, "SegmentAnnotationTypeCodeSequence"));
    }

    @Test
    void aTreatmentDeliveryInstructionCountsItsClinicalFraction() {
        // C.36.24 Table C.36.24-1: required if RT Radiation Set Delivery Usage is TREATMENT, may be present otherwise.
        RtRadiationSetDeliveryInstruction instruction = new RtRadiationSetDeliveryInstruction();
        instruction.dataset().setString(Tags.RTRadiationSetDeliveryUsage, "TREATMENT");
        assertEquals(List.of(""), missing(instruction, "ClinicalFractionNumber"));
        instruction.dataset().setString(Tags.RTRadiationSetDeliveryUsage, "MACHINE_QA");
        assertEquals(List.of(), missing(instruction, "ClinicalFractionNumber"));
        instruction.dataset().setInt(Tags.ClinicalFractionNumber, VR.US, 2);
        assertEquals(List.of(), reported(instruction, Violation.Kind.NOT_ALLOWED, "ClinicalFractionNumber"));
    }

    @Test
    void aContinuedBeamTaskGivesItsMetersetRange() {
        // C.8.8.29 Table C.8.8.29-1: dosimeter unit and continuation metersets are required for a CONTINUATION task.
        RtBeamsDeliveryInstruction instruction = new RtBeamsDeliveryInstruction();
        Dataset task = instruction.dataset().newSequence(Tags.BeamTaskSequence).addItem();
        List<String> continuation = List.of("ContinuationEndMeterset", "ContinuationStartMeterset",
                "PrimaryDosimeterUnit");
        task.setString(Tags.TreatmentDeliveryType, "TREATMENT");
        assertEquals(List.of(), missingIn(instruction, continuation));
        task.setString(Tags.TreatmentDeliveryType, "CONTINUATION");
        assertEquals(continuation, missingIn(instruction, continuation));
    }

    @Test
    void aRecordedDoseMapsItsMetersetWhenNoValuesItemMapsIt() {
        // C.36.21 Table C.36.21-1: the measured mapping is required if no Meterset to Dose Mapping Sequence is
        // present, which lives in the items of the sibling Radiation Dose Values Parameters Sequence.
        RtRadiationRecordSet record = new RtRadiationRecordSet();
        Dataset dose = record.dataset().newSequence(Tags.RadiationDoseSequence).addItem();
        Dataset values = dose.newSequence(Tags.RadiationDoseValuesParametersSequence).addItem();
        assertEquals(List.of("RadiationDoseSequence[0]"), missing(record, "MeasuredMetersetToDoseMappingSequence"));
        values.newSequence(Tags.MetersetToDoseMappingSequence).addItem();
        assertEquals(List.of(), missing(record, "MeasuredMetersetToDoseMappingSequence"));
        dose.newSequence(Tags.MeasuredMetersetToDoseMappingSequence).addItem();
        // The 2024e list is silent on "may be present otherwise", which does not forbid it (docs/generators.md).
        assertEquals(List.of(), reported(record, Violation.Kind.NOT_ALLOWED, "MeasuredMetersetToDoseMappingSequence"));
    }

    @Test
    void anObjectiveIsDefinedOncePrescriptionsReferenceOne() {
        // C.36.6 Table C.36.6-1: required if an item of a prescription's Referenced Dosimetric Objectives Sequence
        // references an objective; the test looks through both sequences from the top level.
        RtPhysicianIntent intent = new RtPhysicianIntent();
        Dataset prescription = intent.dataset().newSequence(Tags.RTPrescriptionSequence).addItem();
        prescription.newSequence(Tags.ReferencedDosimetricObjectivesSequence);
        assertEquals(List.of(), missing(intent, "DosimetricObjectiveSequence"));
        prescription.getSequence(Tags.ReferencedDosimetricObjectivesSequence).addItem()
                .setString(Tags.ReferencedDosimetricObjectiveUID, "1.2.3.1");
        assertEquals(List.of(""), missing(intent, "DosimetricObjectiveSequence"));
    }

    @Test
    void aPrescriptionReferencesPhasesWhenItsIntentHasThem() {
        // C.36.6 Table C.36.6-1: the item's condition reads the RT Treatment Phase Intent Presence Flag of the
        // instance's top level.
        RtPhysicianIntent intent = new RtPhysicianIntent();
        intent.dataset().newSequence(Tags.RTPrescriptionSequence).addItem();
        intent.dataset().setString(Tags.RTTreatmentPhaseIntentPresenceFlag, "NO");
        assertEquals(List.of(), missing(intent, "ReferencedRTTreatmentPhaseSequence"));
        intent.dataset().setString(Tags.RTTreatmentPhaseIntentPresenceFlag, "YES");
        assertEquals(List.of("RTPrescriptionSequence[0]"), missing(intent, "ReferencedRTTreatmentPhaseSequence"));
    }

    @Test
    void aWeekdayPatternNeedsItsCycleLength() {
        // C.36.2.1.1 Table C.36.2.1.1-1: required if the item has a Weekday Fraction Pattern Sequence.
        RtRadiationSet set = new RtRadiationSet();
        Dataset pattern = set.dataset().newSequence(Tags.FractionPatternSequence).addItem();
        assertEquals(List.of(), missing(set, "RepeatFractionCycleLength"));
        pattern.newSequence(Tags.WeekdayFractionPatternSequence).addItem();
        assertEquals(List.of("FractionPatternSequence[0]"), missing(set, "RepeatFractionCycleLength"));
    }

    @Test
    void anAnatomicPrescriptionTypesItsVolumeWhenItHasOneCategory() {
        // C.36.6 Table C.36.6-1: the type code is required if the category code sequence holds exactly one item.
        RtPhysicianIntent intent = new RtPhysicianIntent();
        Dataset anatomic = intent.dataset().newSequence(Tags.RTPrescriptionSequence).addItem()
                .newSequence(Tags.RTAnatomicPrescriptionSequence).addItem();
        Sequence categories = anatomic.newSequence(Tags.ConceptualVolumeCategoryCodeSequence);
        assertEquals(List.of(), missing(intent, "ConceptualVolumeTypeCodeSequence"));
        categories.addItem().setString(Tags.CodeValue, "130046");
        assertEquals(List.of("RTPrescriptionSequence[0].RTAnatomicPrescriptionSequence[0]"),
                missing(intent, "ConceptualVolumeTypeCodeSequence"));
        categories.addItem().setString(Tags.CodeValue, "130047");
        assertEquals(List.of(), missing(intent, "ConceptualVolumeTypeCodeSequence"));
    }

    @Test
    void aSubtaskNamesItsDeviceWhenTheInstanceHasSeveral() {
        // C.36.29 Table C.36.29-1: the subtask's device index is required if the top-level Number of Acquisition
        // Devices (RT Patient Position Acquisition Device Module) is greater than one.
        RtPatientPositionAcquisitionInstruction instruction = new RtPatientPositionAcquisitionInstruction();
        instruction.dataset().newSequence(Tags.AcquisitionTaskSequence).addItem()
                .newSequence(Tags.AcquisitionSubtaskSequence).addItem();
        instruction.dataset().setInt(Tags.NumberOfAcquisitionDevices, VR.US, 1);
        assertEquals(List.of(), missing(instruction, "ReferencedDeviceIndex"));
        instruction.dataset().setInt(Tags.NumberOfAcquisitionDevices, VR.US, 2);
        assertEquals(List.of("AcquisitionTaskSequence[0].AcquisitionSubtaskSequence[0]"),
                missing(instruction, "ReferencedDeviceIndex"));
    }

    @Test
    void aRelativeSourceLocationNamesItsControlPoint() {
        // C.36.2.4.1 Table C.36.2.4.1-1: the control point index of a location parameter item is required if the
        // enclosing item's Imaging Source Location Specification Type is RELATIVE_PARAMS.
        RtPatientPositionAcquisitionInstruction instruction = new RtPatientPositionAcquisitionInstruction();
        Dataset projection = instruction.dataset().newSequence(Tags.AcquisitionTaskSequence).addItem()
                .newSequence(Tags.AcquisitionSubtaskSequence).addItem()
                .newSequence(Tags.ProjectionImagingAcquisitionParameterSequence).addItem();
        projection.newSequence(Tags.ImagingDeviceLocationParameterSequence).addItem();
        projection.setString(Tags.ImagingSourceLocationSpecificationType, "ABSOLUTE_PARAMS");
        assertEquals(List.of(), missing(instruction, "ReferencedRadiationRTControlPointIndex"));
        projection.setString(Tags.ImagingSourceLocationSpecificationType, "RELATIVE_PARAMS");
        assertEquals(List.of("AcquisitionTaskSequence[0].AcquisitionSubtaskSequence[0]"
                + ".ProjectionImagingAcquisitionParameterSequence[0].ImagingDeviceLocationParameterSequence[0]"),
                missing(instruction, "ReferencedRadiationRTControlPointIndex"));
    }

    private static void objective(Sequence objectives, String uid, String absolute) {
        Dataset item = objectives.addItem();
        item.setString(Tags.DosimetricObjectiveUID, uid);
        item.setString(Tags.AbsoluteDosimetricObjectiveFlag, absolute);
    }

    /** @return which of the keywords are reported missing anywhere, sorted */
    private static List<String> missingIn(dev.iodine.bind.DicomObject instance, List<String> keywords) {
        return reportedIn(instance, Violation.Kind.MISSING, keywords);
    }

    private static List<String> reportedIn(dev.iodine.bind.DicomObject instance, Violation.Kind kind,
            List<String> keywords) {
        return keywords.stream().filter(k -> !reported(instance, kind, k).isEmpty()).sorted().toList();
    }
}

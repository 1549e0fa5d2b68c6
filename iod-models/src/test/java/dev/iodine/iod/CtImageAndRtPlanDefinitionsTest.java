package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.iod.item.BeamLimitingDevicePosition;
import dev.iodine.iod.item.PatientTreatmentPreparation;
import dev.iodine.iod.item.PatientTreatmentPreparationDevice;
import dev.iodine.iod.item.PatientTreatmentPreparationProcedure;
import dev.iodine.iod.item.PatientTreatmentPreparationProcedureParameter;
import dev.iodine.iod.item.ReferencedPatientSetupPhoto;
import dev.iodine.iod.module.CtImageModule;
import dev.iodine.iod.module.GeneralSeriesModule;
import dev.iodine.iod.module.PatientModule;
import dev.iodine.iod.module.RtBeamsModule;
import dev.iodine.iod.module.RtFractionSchemeModule;
import dev.iodine.iod.module.RtGeneralPlanModule;
import dev.iodine.iod.module.RtPatientSetupModule;
import dev.iodine.iod.module.SopCommonModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the CT Image and RT Plan definitions to the standard's tables, checked by hand, so that a regeneration that
 * breaks them fails. Each expectation names the PS3.3 table it was read from (edition 2024e/2025b pages at
 * dicom.nema.org; the 2026b module tables of highdicom agree).
 */
class CtImageAndRtPlanDefinitionsTest {

    /** Asserts the type of each {@code "Keyword=Type"}. */
    private static void assertTypes(DefinitionSource definition, String... keywordTypes) {
        for (String pair : keywordTypes) {
            String[] kt = pair.split("=");
            assertEquals(kt[1], definition.typeOf(kt[0]), kt[0]);
        }
    }

    @Test
    void ctImageHasTheModulesOfTableA31() {
        // PS3.3 A.3.3, Table A.3-1 (2026d). No source defines Enhanced Patient Orientation (C.7.6.30, U) or the
        // Single-Frame CT Series Module (C.8.2.3, C; new in 2026, and not in highdicom 2026b's module table); both
        // come from the importer's hand data (hand-modules.tsv), so nothing of the table is missing any more.
        assertEquals(List.of(
                "PatientModule M", "ClinicalTrialSubjectModule U",
                "GeneralStudyModule M", "PatientStudyModule U", "ClinicalTrialStudyModule U",
                "GeneralSeriesModule M", "ClinicalTrialSeriesModule U", "SingleFrameCtSeriesModule C",
                "FrameOfReferenceModule M", "SynchronizationModule C",
                "GeneralEquipmentModule M",
                "GeneralAcquisitionModule M",
                "GeneralImageModule M", "GeneralReferenceModule U", "EnhancedPatientOrientationModule U",
                "ImagePlaneModule M", "ImagePixelModule M",
                "ContrastBolusModule C", "DeviceModule U", "SpecimenModule U", "CtImageModule M",
                "MultiEnergyCtImageModule C", "OverlayPlaneModule U", "VoiLutModule U", "SopCommonModule M",
                "CommonInstanceReferenceModule U"),
                DefinitionSource.of(CtImageIod.class).modules());
        assertFalse(DefinitionSource.of(CtImageIod.class).javadoc().contains("no source defines"));
    }

    @Test
    void rtPlanHasTheModulesOfTableA201() {
        // PS3.3 A.20.3, Table A.20-1 (as in innolitics 2024b and highdicom 2026b).
        assertEquals(List.of(
                "PatientModule M", "ClinicalTrialSubjectModule U",
                "GeneralStudyModule M", "PatientStudyModule U", "ClinicalTrialStudyModule U",
                "RtSeriesModule M", "ClinicalTrialSeriesModule U",
                "FrameOfReferenceModule U",
                "GeneralEquipmentModule M",
                "RtGeneralPlanModule M", "RtPrescriptionModule U", "RtToleranceTablesModule U",
                "RtPatientSetupModule U", "RtFractionSchemeModule U", "RtBeamsModule C",
                "RtBrachyApplicationSetupsModule C", "ApprovalModule U", "GeneralReferenceModule U",
                "SopCommonModule M", "CommonInstanceReferenceModule U"),
                DefinitionSource.of(RtPlanIod.class).modules());
    }

    @Test
    void ctImageModuleAttributesHaveTheTypesOfTableC83() {
        // PS3.3 C.8.2.1, Table C.8-3.
        DefinitionSource ct = DefinitionSource.of(CtImageModule.class);
        for (String keyword : List.of("ImageType", "SamplesPerPixel", "PhotometricInterpretation", "BitsAllocated",
                "BitsStored", "HighBit", "RescaleIntercept", "RescaleSlope")) {
            assertEquals("1", ct.typeOf(keyword), keyword);
        }
        assertTypes(ct, "KVP=2", "AcquisitionNumber=2", "RescaleType=1C", "ScanOptions=3", "GantryDetectorTilt=3");
        assertEquals("String[]", ct.javaType("ImageType"));
        assertEquals("Double", ct.javaType("KVP"));
        assertEquals("PhotometricInterpretation", ct.javaType("PhotometricInterpretation"), "the shared enum");
    }

    @Test
    void rtBeamsIsDefinedToFullDepth() {
        // PS3.3 C.8.8.14, Table C.8-50: Beam Sequence > Control Point Sequence > Beam Limiting Device Position
        // Sequence. Beam Sequence itself is Type 1 in the table (the RT Plan IOD makes the whole module C).
        DefinitionSource beams = DefinitionSource.of(RtBeamsModule.class);
        assertEquals("1", beams.typeOf("BeamSequence"));
        assertEquals("List<Beam>", beams.javaType("BeamSequence"));
        DefinitionSource beam = beams.item("Beam");
        assertEquals("1", beam.typeOf("BeamNumber"));
        assertEquals("Integer", beam.javaType("BeamNumber"));
        assertTypes(beam, "BeamName=3", "BeamType=1");
        assertEquals(List.of("STATIC", "DYNAMIC"), DefinitionSource.strings(beam.attribute("BeamType"), "enumerated"));
        assertTypes(beam, "RadiationType=2", "TreatmentMachineName=2", "NumberOfControlPoints=1",
                "FinalCumulativeMetersetWeight=1C", "ControlPointSequence=1");
        DefinitionSource point = beam.item("ControlPoint");
        assertTypes(point, "ControlPointIndex=1", "CumulativeMetersetWeight=2", "GantryAngle=1C");
        assertEquals("Double", point.javaType("GantryAngle"));
        assertTypes(point, "BeamLimitingDevicePositionSequence=1C", "TableTopVerticalPosition=2C",
                "IsocenterPosition=2C");
        // The position item is shared with the other RT modules that define it identically.
        assertEquals("List<BeamLimitingDevicePosition>", point.javaType("BeamLimitingDevicePositionSequence"));
        DefinitionSource position = DefinitionSource.of(BeamLimitingDevicePosition.class);
        assertTypes(position, "RTBeamLimitingDeviceType=1", "LeafJawPositions=1");
        assertEquals("double[]", position.javaType("LeafJawPositions"));
    }

    @Test
    void rtPlanModulesSample() {
        // PS3.3 C.8.8.9 (RT General Plan), C.8.8.13 (RT Fraction Scheme).
        DefinitionSource plan = DefinitionSource.of(RtGeneralPlanModule.class);
        assertTypes(plan, "RTPlanLabel=1", "RTPlanDate=2", "RTPlanGeometry=1", "ReferencedStructureSetSequence=1C");
        DefinitionSource fractions = DefinitionSource.of(RtFractionSchemeModule.class);
        assertEquals("1", fractions.typeOf("FractionGroupSequence"));
        DefinitionSource group = fractions.item("FractionGroup");
        assertTypes(group, "FractionGroupNumber=1", "NumberOfBeams=1", "NumberOfBrachyApplicationSetups=1",
                "ReferencedBeamSequence=1C");
    }

    @Test
    void thePatientTreatmentPreparationMacroIsDefinedToFullDepthInRtPatientSetupAndCtImage() {
        // PS3.3 2026d: Table C.8-48 (RT Patient Setup) and, through the RT Equipment Mapping and Plan Reference Macro
        // (Table C.36.2.4.12-1), Table C.8-3 (CT Image) include the RT Patient Treatment Preparation Macro (Table
        // C.36.2.3.4-1), with the RT Accessory Device Identification Macro (Table C.36.2.2.3-1) in the device item.
        // dicom3tools (2025-10-20) has none of these rows; they are hand rows (docs/verification-ct-rtplan.md), and
        // both places share one item type.
        DefinitionSource setup = DefinitionSource.of(RtPatientSetupModule.class).item("PatientSetup");
        DefinitionSource ct = DefinitionSource.of(CtImageModule.class);
        for (DefinitionSource place : List.of(setup, ct)) {
            assertTypes(place, "PatientTreatmentPreparationSequence=3");
            assertEquals("List<PatientTreatmentPreparation>", place.javaType("PatientTreatmentPreparationSequence"));
        }
        DefinitionSource preparation = DefinitionSource.of(PatientTreatmentPreparation.class);
        assertTypes(preparation, "PatientTreatmentPreparationMethodCodeSequence=1",
                "PatientTreatmentPreparationMethodDescription=3", "ReferencedPatientSetupPhotoSequence=3",
                "PatientTreatmentPreparationProcedureSequence=2");
        assertTypes(DefinitionSource.of(ReferencedPatientSetupPhoto.class), "ReferencedSOPInstanceUID=1",
                "PatientSetupPhotoDescription=2", "ReferencedPatientSetupProcedureIndex=1C");
        DefinitionSource procedure = DefinitionSource.of(PatientTreatmentPreparationProcedure.class);
        assertTypes(procedure, "PatientTreatmentPreparationProcedureIndex=1",
                "PatientTreatmentPreparationProcedureCodeSequence=1", "PatientTreatmentPreparationDeviceSequence=3",
                "PatientTreatmentPreparationProcedureParameterDescription=2",
                "PatientTreatmentPreparationProcedureParameterSequence=2");
        assertTypes(DefinitionSource.of(PatientTreatmentPreparationDevice.class), "Manufacturer=2", "DeviceLabel=1",
                "RTAccessoryDeviceSlotID=2C", "ReferencedRTAccessoryHolderDeviceIndex=2C",
                "RTAccessoryHolderSlotID=2C", "RTAccessorySlotDistance=2C");
        assertTypes(DefinitionSource.of(PatientTreatmentPreparationProcedureParameter.class), "ValueType=1",
                "ContentItemModifierSequence=3");
    }

    @Test
    void ctImageHasTheRowsOfTable83In2026d() {
        // PS3.3 2026d, Table C.8-3: rows added after 2024e, and the rows of the two macros it now includes, the RT
        // Equipment Mapping and Plan Reference Macro (C.36.2.4.12-1) and the 3D RT Cone-Beam Imaging Geometry
        // Optional Macro (C.36.2.4.5-2).
        DefinitionSource ct = DefinitionSource.of(CtImageModule.class);
        assertTypes(ct, "FilterMaterial=3", "MetalArtifactReductionApplied=3",
                "MetalArtifactReductionAlgorithmIdentificationSequence=3", "EquipmentFrameOfReferenceUID=1C",
                "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence=3",
                "PatientToEquipmentRelationshipSequence=3", "ReferencedRTPlanSequence=3", "IsocenterPosition=3",
                "ScanArcType=3", "ScanStartPositionSequence=3", "ScanStopPositionSequence=3",
                "DetectorPositioningType=3");
        assertEquals("present(ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence)"
                + " or present(PatientToEquipmentRelationshipSequence)",
                DefinitionSource.text(DefinitionSource.value(ct.attribute("EquipmentFrameOfReferenceUID"),
                        "condition")));
    }

    @Test
    void commonModulesSample() {
        // PS3.3 C.7.1.1 (Patient), C.7.3.1 (General Series), C.12.1 (SOP Common).
        DefinitionSource patient = DefinitionSource.of(PatientModule.class);
        assertTypes(patient, "PatientName=2", "PatientID=2", "PatientBirthDate=2", "PatientSex=2");
        assertEquals(List.of("M", "F", "O"), DefinitionSource.strings(patient.attribute("PatientSex"), "enumerated"));
        // Ethnic Group is retired by PS3.6 2025a (tools retired-since.tsv), Ethnic Groups replaces it.
        assertTrue(patient.attribute("EthnicGroup").toString().contains("retired = true"));
        assertFalse(patient.attribute("EthnicGroups").toString().contains("retired"));
        DefinitionSource series = DefinitionSource.of(GeneralSeriesModule.class);
        assertTypes(series, "Modality=1", "SeriesInstanceUID=1", "SeriesNumber=2", "Laterality=2C",
                "TreatmentSessionUID=3");
        DefinitionSource sop = DefinitionSource.of(SopCommonModule.class);
        assertTypes(sop, "SOPClassUID=1", "SOPInstanceUID=1", "SpecificCharacterSet=1C");
        // PS3.3 2026d Table C.12-1 adds Sensitive Content Code Sequence (not in 2024e, nor in dicom3tools).
        assertTypes(sop, "SensitiveContentCodeSequence=3");
    }

    @Test
    void ctImageServesCtImageStorageForProcessingToo() {
        // The SOP Class that Table A.3-1 (2026d) names in the Single-Frame CT Series usage is newer than highdicom
        // 2026b's SOP Class map; hand-sop-classes.tsv adds it, so such files bind to CtImage.
        assertEquals(List.of("1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.2.3"), CtImage.SOP_CLASS_UIDS);
    }

    @Test
    void usageConditionsOfTheCModules() {
        // Table A.3-1: Multi-energy CT Image "Required if Multi-energy CT Acquisition (0018,9361) is YES";
        // Synchronization "Required if time synchronization was applied" cannot be decided from the data.
        DefinitionSource ct = DefinitionSource.of(CtImageIod.class);
        assertEquals("root.MultienergyCTAcquisition == \"YES\"", ct.usageCondition("MultiEnergyCtImageModule"));
        assertTrue(ct.usageCondition("SynchronizationModule").startsWith("unchecked("));
        // Table A.3-1 (2026d): Single-Frame CT Series, required for CT Image Storage - For Processing.
        assertEquals("root.SOPClassUID == \"1.2.840.10008.5.1.4.1.1.2.3\"",
                ct.usageCondition("SingleFrameCtSeriesModule"));
        // Table A.20-1: RT Beams "Required if RT Fraction Scheme Module exists and Number of Beams (300A,0080) is
        // greater than zero for one or more fraction groups".
        assertEquals("FractionGroupSequence.NumberOfBeams > 0",
                DefinitionSource.of(RtPlanIod.class).usageCondition("RtBeamsModule"));
    }
}

package dev.iodine.iod;

import static dev.iodine.iod.ProseConditionsTest.missing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.DicomObject;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions of the PS3.3 2026d protocol storage (C.34), Inventory (C.38), Ophthalmic Thickness Map (C.8.28), Corneal
 * Topography Map (C.8.30), Protocol Approval and UV Mapping tables, written by hand from the standard's text (tools
 * hand-conditions.tsv). One case per shape of condition: each instance is written, read back from its bytes and
 * validated; the attribute is reported missing exactly where its condition holds.
 */
class ProtocolAndInventoryConditionsTest {

    private static final String ELEMENT = "AcquisitionProtocolElementSequence[0]";
    private static final String DETAILS = ELEMENT + ".CTXRayDetailsSequence[0]";

    @Test
    void theAcquisitionTypeDecidesTheTubeAngleOrTheRevolution() throws IOException {
        // C.34.10: Tube Angle for CONSTANT_ANGLE; Revolution Time and CTDIvol otherwise (2024e sentences 32-34);
        // the CTDI Phantom Type Code Sequence whenever CTDIvol is present (81).
        CtPerformedProcedureProtocol constant = ctProtocol("CONSTANT_ANGLE");
        assertEquals(List.of(ELEMENT), missingIn(constant, "TubeAngle"));
        assertEquals(List.of(), missingIn(constant, "RevolutionTime"));
        assertEquals(List.of(), missingIn(constant, "CTDIvol"));
        assertEquals(List.of(), missingIn(constant, "CTDIPhantomTypeCodeSequence"));

        CtPerformedProcedureProtocol spiral = ctProtocol("SPIRAL");
        assertEquals(List.of(), missingIn(spiral, "TubeAngle"));
        assertEquals(List.of(ELEMENT), missingIn(spiral, "RevolutionTime"));
        assertEquals(List.of(ELEMENT), missingIn(spiral, "CTDIvol"));
        element(spiral).setDouble(Tags.CTDIvol, VR.FD, 12.5);
        assertEquals(List.of(ELEMENT), missingIn(spiral, "CTDIPhantomTypeCodeSequence"));
    }

    @Test
    void theSynchronizationTechniquesDecideTheXRayDetailsRows() throws IOException {
        // C.34.10 CT X-Ray Details Sequence: signal source for any cardiac technique but NONE (85), beat rejection
        // for PROSPECTIVE or RETROSPECTIVE (82); respiratory signal source unless NONE or BREATH_HOLD (614), the
        // trigger delay threshold unless NONE, REALTIME or BREATH_HOLD (617).
        CtPerformedProcedureProtocol paced = ctProtocol("SPIRAL");
        details(paced, "PACED", "REALTIME");
        assertEquals(List.of(DETAILS), missingIn(paced, "CardiacSignalSource"));
        assertEquals(List.of(DETAILS), missingIn(paced, "CardiacRRIntervalSpecified"));
        assertEquals(List.of(), missingIn(paced, "CardiacBeatRejectionTechnique"));
        assertEquals(List.of(DETAILS), missingIn(paced, "RespiratorySignalSource"));
        assertEquals(List.of(), missingIn(paced, "RespiratoryTriggerDelayThreshold"));

        CtPerformedProcedureProtocol gated = ctProtocol("SPIRAL");
        details(gated, "RETROSPECTIVE", "PROSPECTIVE");
        // Type 2C: only an instance written AS_IS keeps the absence; the default write fills it empty, in the
        // instance too, so this comes first.
        assertEquals(List.of(DETAILS), missing(gated, "LowRRValue", CtPerformedProcedureProtocol.class,
                WriteMode.AS_IS));
        assertEquals(List.of(DETAILS), missingIn(gated, "CardiacBeatRejectionTechnique"));
        assertEquals(List.of(DETAILS), missingIn(gated, "RespiratoryTriggerDelayThreshold"));

        CtPerformedProcedureProtocol none = ctProtocol("SPIRAL");
        details(none, "NONE", "BREATH_HOLD");
        for (String keyword : List.of("CardiacSignalSource", "CardiacBeatRejectionTechnique",
                "RespiratorySignalSource", "RespiratoryTriggerDelayThreshold")) {
            assertEquals(List.of(), missingIn(none, keyword), keyword);
        }
    }

    @Test
    void anElementOfAnotherInstanceIsReferencedBySopInstance() throws IOException {
        // C.34.12 and C.34.14: the Referenced SOP Class/Instance UIDs of a reconstruction or storage element are
        // required when the acquisition (or reconstruction) element it names is not in this instance (2024e 1037,
        // 1038): a join of Source Acquisition Protocol Element Number on the top-level elements' numbers.
        CtPerformedProcedureProtocol protocol = ctProtocol("SPIRAL");
        Sequence reconstructions = protocol.dataset().newSequence(Tags.ReconstructionProtocolElementSequence);
        reconstructions.addItem().setInt(Tags.SourceAcquisitionProtocolElementNumber, VR.US, 1);
        reconstructions.addItem().setInt(Tags.SourceAcquisitionProtocolElementNumber, VR.US, 7);
        reconstructions.get(0).setInt(Tags.ProtocolElementNumber, VR.US, 2);
        Sequence storage = protocol.dataset().newSequence(Tags.StorageProtocolElementSequence);
        storage.addItem().setInt(Tags.SourceReconstructionProtocolElementNumber, VR.US, 2);
        storage.addItem().setInt(Tags.SourceReconstructionProtocolElementNumber, VR.US, 9);
        storage.addItem();
        List<String> references = missingIn(protocol, "ReferencedSOPInstanceUID");
        assertEquals(List.of("ReconstructionProtocolElementSequence[1]", "StorageProtocolElementSequence[1]"),
                references);
        // C.34.14 (2024e 722, 726): an element that names neither source needs both numbers.
        assertEquals(List.of("StorageProtocolElementSequence[2]"),
                missingIn(protocol, "SourceAcquisitionProtocolElementNumber"));
        assertEquals(List.of("StorageProtocolElementSequence[2]"),
                missingIn(protocol, "SourceReconstructionProtocolElementNumber"));
    }

    @Test
    void onlyAPerformedProtocolRecordsWhetherAnInstructionWasPerformed() throws IOException {
        // C.34.7: Instruction Performed Flag (Type 2C) for the CT and XA Performed Procedure Protocol SOP Classes,
        // read in the top-level SOP Class UID; Instruction Performed DateTime when the flag is YES.
        CtPerformedProcedureProtocol performed = ctProtocol("SPIRAL");
        Sequence instructions = performed.dataset().newSequence(Tags.InstructionSequence);
        instructions.addItem();
        instructions.addItem().setString(Tags.InstructionPerformedFlag, "YES");
        assertEquals(List.of("InstructionSequence[0]"), missing(performed, "InstructionPerformedFlag",
                CtPerformedProcedureProtocol.class, WriteMode.AS_IS));
        assertEquals(List.of("InstructionSequence[1]"), missing(performed, "InstructionPerformedDateTime",
                CtPerformedProcedureProtocol.class, WriteMode.AS_IS));

        CtDefinedProcedureProtocol defined = new CtDefinedProcedureProtocol();
        identify(defined, CtDefinedProcedureProtocol.SOP_CLASS_UIDS.get(0), "2.25.11");
        defined.dataset().newSequence(Tags.InstructionSequence).addItem();
        assertEquals(List.of(), missing(defined, "InstructionPerformedFlag", CtDefinedProcedureProtocol.class,
                WriteMode.AS_IS));
    }

    @Test
    void theInventoryLevelDecidesHowDeepTheRecordsGo() throws IOException {
        // C.38.1: Inventoried Series Sequence (2C) for Inventory Level SERIES or INSTANCE, Inventoried Instances
        // Sequence (2C) for INSTANCE, both read in the top-level Inventory Level; Reason for Removal Code Sequence
        // (2C) in a record marked removed from operational use.
        Inventory studies = inventory("STUDY");
        assertEquals(List.of(), missing(studies, "InventoriedSeriesSequence", Inventory.class, WriteMode.AS_IS));

        Inventory series = inventory("SERIES");
        assertEquals(List.of("InventoriedStudiesSequence[0]"),
                missing(series, "InventoriedSeriesSequence", Inventory.class, WriteMode.AS_IS));

        Inventory instances = inventory("INSTANCE");
        Dataset study = instances.dataset().getSequence(Tags.InventoriedStudiesSequence).get(0);
        study.setString(Tags.RemovedFromOperationalUse, "Y");
        study.newSequence(Tags.InventoriedSeriesSequence).addItem().setString(Tags.RemovedFromOperationalUse, "N");
        assertEquals(List.of("InventoriedStudiesSequence[0].InventoriedSeriesSequence[0]"),
                missing(instances, "InventoriedInstancesSequence", Inventory.class, WriteMode.AS_IS));
        assertEquals(List.of("InventoriedStudiesSequence[0]"),
                missing(instances, "ReasonForRemovalCodeSequence", Inventory.class, WriteMode.AS_IS));
    }

    @Test
    void theMatchingAndTheFileAccessNameTheirOwnDetails() throws IOException {
        // C.38.2.1: Timezone Offset from UTC when Extended Matching Mechanisms has TIMEZONE_ADJUST, Query/Retrieve
        // Level when it has RELATIONAL. C.38.1/C.38.2.2: a Container File Type once a File Access URI is given.
        Inventory inventory = inventory("STUDY");
        Dataset scope = inventory.dataset().newSequence(Tags.ScopeOfInventorySequence).addItem();
        scope.setString(Tags.ExtendedMatchingMechanisms, "TIMEZONE_ADJUST");
        assertEquals(List.of("ScopeOfInventorySequence[0]"), missingIn(inventory, "TimezoneOffsetFromUTC"));
        assertEquals(List.of(), missingIn(inventory, "QueryRetrieveLevel"));
        scope.setString(Tags.ExtendedMatchingMechanisms, "TIMEZONE_ADJUST", "RELATIONAL");
        assertEquals(List.of("ScopeOfInventorySequence[0]"), missingIn(inventory, "QueryRetrieveLevel"));

        Sequence files = inventory.dataset().getSequence(Tags.InventoriedStudiesSequence).get(0)
                .newSequence(Tags.FileSetAccessSequence);
        // A folder URI names no file, so no container; a file URI does.
        for (int uri : new int[] {Tags.FolderAccessURI, Tags.FileAccessURI}) {
            files.addItem().setString(uri, "file:///archive/study1");
        }
        assertEquals(List.of("InventoriedStudiesSequence[0].FileSetAccessSequence[1]"),
                missingIn(inventory, "ContainerFileType"));
    }

    @Test
    void theThicknessMapsCodesAndDeviceNameTheirReferences() throws IOException {
        // C.8.28.2: the normals for a map of deviation from normative data (111932), the anatomic reference point
        // for a fovea-centred map (67046006, SCT), the source image of an OCT map.
        OphthalmicThicknessMap map = new OphthalmicThicknessMap();
        map.dataset().setString(Tags.OphthalmicMappingDeviceType, "POLARIMETRY");
        code(map.dataset().newSequence(Tags.OphthalmicThicknessMapTypeCodeSequence), "111931", "DCM");
        assertEquals(List.of(""), missingIn(map, "OphthalmicThicknessMappingNormalsSequence"));
        assertEquals(List.of(""), missingIn(map, "PixelValueMappingToCodedConceptSequence"));
        assertEquals(List.of(), missingIn(map, "AnatomicStructureReferencePoint"));
        assertEquals(List.of(), missingIn(map, "SourceImageSequence"));

        map.dataset().setString(Tags.OphthalmicMappingDeviceType, "OCT");
        code(map.dataset().newSequence(Tags.OphthalmicThicknessMapTypeCodeSequence), "111932", "DCM");
        code(map.dataset().newSequence(Tags.PrimaryAnatomicStructureSequence), "67046006", "SCT");
        assertEquals(List.of(""), missingIn(map, "OphthalmicThicknessMappingNormalsSequence"));
        assertEquals(List.of(), missingIn(map, "PixelValueMappingToCodedConceptSequence"));
        assertEquals(List.of(""), missingIn(map, "AnatomicStructureReferencePoint"));
        assertEquals(List.of(""), missingIn(map, "SourceImageSequence"));
    }

    @Test
    void anAnteriorCornealMapLocatesThePupil() throws IOException {
        // C.8.30.3: the pupil centroid, radius and outline of an anterior surface map only.
        CornealTopographyMap anterior = new CornealTopographyMap();
        anterior.dataset().setString(Tags.CornealTopographySurface, "A");
        assertEquals(List.of(""), missingIn(anterior, "PupilCentroidXCoordinate"));
        assertEquals(List.of(""), missingIn(anterior, "VerticesOfTheOutlineOfPupil"));
        CornealTopographyMap posterior = new CornealTopographyMap();
        posterior.dataset().setString(Tags.CornealTopographySurface, "P");
        assertEquals(List.of(), missingIn(posterior, "PupilCentroidXCoordinate"));
    }

    @Test
    void anApprovalAssertionNamesTheInstitutionOrTheTrial() throws IOException {
        // C.34.15: an institutional assertion (128603, DCM) needs the Institution Code Sequence, a clinical trial one
        // (128604, DCM) the Clinical Trial Protocol ID.
        ProtocolApproval approval = new ProtocolApproval();
        Sequence approvals = approval.dataset().newSequence(Tags.ApprovalSequence);
        code(approvals.addItem().newSequence(Tags.AssertionCodeSequence), "128603", "DCM");
        code(approvals.addItem().newSequence(Tags.AssertionCodeSequence), "128604", "DCM");
        assertEquals(List.of("ApprovalSequence[0]"), missingIn(approval, "InstitutionCodeSequence"));
        assertEquals(List.of("ApprovalSequence[1]"), missingIn(approval, "ClinicalTrialProtocolID"));
    }

    @Test
    void aUvMapNamesItsSurfaceWhenTheMeshHasSeveral() throws IOException {
        // C.27.6: Referenced Surface Number when the top-level Surface Sequence has more than one item.
        SurfaceScanMesh mesh = new SurfaceScanMesh();
        Sequence surfaces = mesh.dataset().newSequence(Tags.SurfaceSequence);
        surfaces.addItem().setInt(Tags.SurfaceNumber, VR.UL, 1);
        mesh.dataset().newSequence(Tags.UVMappingSequence).addItem();
        assertEquals(List.of(), missingIn(mesh, "ReferencedSurfaceNumber"));
        surfaces.addItem().setInt(Tags.SurfaceNumber, VR.UL, 2);
        assertEquals(List.of("UVMappingSequence[0]"), missingIn(mesh, "ReferencedSurfaceNumber"));
    }

    /** @return a CT Performed Procedure Protocol with one acquisition element number 1 of the acquisition type */
    private static CtPerformedProcedureProtocol ctProtocol(String acquisitionType) {
        CtPerformedProcedureProtocol protocol = new CtPerformedProcedureProtocol();
        identify(protocol, CtPerformedProcedureProtocol.SOP_CLASS_UIDS.get(0), "2.25.10");
        Dataset element = protocol.dataset().newSequence(Tags.AcquisitionProtocolElementSequence).addItem();
        element.setInt(Tags.ProtocolElementNumber, VR.US, 1);
        element.setString(Tags.AcquisitionType, acquisitionType);
        return protocol;
    }

    private static Dataset element(CtPerformedProcedureProtocol protocol) {
        return protocol.dataset().getSequence(Tags.AcquisitionProtocolElementSequence).get(0);
    }

    /** Adds the acquisition element's one CT X-Ray Details item with the two synchronization techniques. */
    private static void details(CtPerformedProcedureProtocol protocol, String cardiac, String respiratory) {
        Dataset details = element(protocol).newSequence(Tags.CTXRayDetailsSequence).addItem();
        details.setString(Tags.CardiacSynchronizationTechnique, cardiac);
        details.setString(Tags.RespiratoryMotionCompensationTechnique, respiratory);
    }

    /** @return an Inventory of the level with one Inventoried Studies Sequence item, ready for AS_IS */
    private static Inventory inventory(String level) {
        Inventory inventory = new Inventory();
        identify(inventory, Inventory.SOP_CLASS_UIDS.get(0), "2.25.12");
        inventory.dataset().setString(Tags.InventoryLevel, level);
        inventory.dataset().newSequence(Tags.InventoriedStudiesSequence).addItem()
                .setString(Tags.StudyInstanceUID, "2.25.13");
        return inventory;
    }

    /** AS_IS fills nothing, and the File Meta Information needs the SOP Class and Instance. */
    private static void identify(DicomObject instance, String sopClass, String sopInstance) {
        instance.dataset().setString(Tags.SOPClassUID, sopClass);
        instance.dataset().setString(Tags.SOPInstanceUID, sopInstance);
    }

    private static void code(Sequence sequence, String value, String scheme) {
        Dataset code = sequence.addItem();
        code.setString(Tags.CodeValue, value);
        code.setString(Tags.CodingSchemeDesignator, scheme);
        code.setString(Tags.CodeMeaning, "Concept");
    }

    /** @return where the keyword is reported missing in the instance written ANYWAY and read back */
    @SuppressWarnings("unchecked")
    private static <T extends DicomObject> List<String> missingIn(T instance, String keyword) throws IOException {
        return missing(instance, keyword, (Class<T>) instance.getClass());
    }
}

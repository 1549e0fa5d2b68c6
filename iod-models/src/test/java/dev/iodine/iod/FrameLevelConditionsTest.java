package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.DicomObject;
import dev.iodine.data.Dataset;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written frame-level conditions of the enhanced macros (tools hand-conditions.tsv): PS3.3 C.8.13.5.2,
 * C.8.13.5.5, C.8.13.5.6 and C.8.22.5.4 require a frame's MR Timing and Related Parameters, its MR Modifiers and its
 * PET Position, when the Frame Type Value 1 of that frame is ORIGINAL, and only then; the frame type may be in the shared or in the frame's own group.
 */
class FrameLevelConditionsTest {

    @Test
    void anOriginalFrameNeedsItsMrTimingAndADerivedOneDoesNot() {
        assertEquals(List.of("EchoTrainLength", "FlipAngle", "GradientEchoTrainLength", "OperatingModeSequence",
                "RFEchoTrainLength", "RepetitionTime", "SpecificAbsorptionRateSequence"),
                missing(new EnhancedMrImage(), Tags.SharedFunctionalGroupsSequence,
                Tags.MRImageFrameTypeSequence, Tags.MRTimingAndRelatedParametersSequence, "ORIGINAL"));
        assertEquals(List.of(), missing(new EnhancedMrImage(), Tags.SharedFunctionalGroupsSequence,
                Tags.MRImageFrameTypeSequence, Tags.MRTimingAndRelatedParametersSequence, "DERIVED"));
    }

    @Test
    void anOriginalFrameNeedsItsMrModifiers() {
        // C.8.13.5.5 and C.8.13.5.6: dicom3tools encodes these with its Always stand-in. Flow Compensation
        // Direction is "required if Flow Compensation is other than NONE", which an absent one is.
        assertEquals(List.of("FlowCompensation", "FlowCompensationDirection", "InversionRecovery",
                "ParallelAcquisition", "PartialFourier", "SpatialPresaturation", "SpectrallySelectedExcitation",
                "T2Preparation"),
                missing(new EnhancedMrImage(), Tags.PerFrameFunctionalGroupsSequence, Tags.MRImageFrameTypeSequence,
                        Tags.MRModifierSequence, "ORIGINAL"));
        assertEquals(List.of("BloodSignalNulling", "MagnetizationTransfer", "PixelBandwidth", "Tagging",
                "TransmitterFrequency"), missing(new EnhancedMrImage(), Tags.SharedFunctionalGroupsSequence,
                Tags.MRImageFrameTypeSequence, Tags.MRImagingModifierSequence, "ORIGINAL"));
        assertEquals(List.of(), missing(new EnhancedMrImage(), Tags.SharedFunctionalGroupsSequence,
                Tags.MRImageFrameTypeSequence, Tags.MRImagingModifierSequence, "DERIVED"));
    }

    @Test
    void anOriginalPetFrameNeedsItsPositionInItsOwnFunctionalGroup() {
        assertEquals(List.of("DataCollectionCenterPatient", "ReconstructionTargetCenterPatient", "TablePosition"),
                missing(new EnhancedPetImage(), Tags.PerFrameFunctionalGroupsSequence, Tags.PETFrameTypeSequence,
                        Tags.PETPositionSequence, "ORIGINAL"));
        assertEquals(List.of(), missing(new EnhancedPetImage(), Tags.PerFrameFunctionalGroupsSequence,
                Tags.PETFrameTypeSequence, Tags.PETPositionSequence, "DERIVED"));
    }

    /**
     * Puts a frame type item and an empty macro item into one functional group item of an otherwise empty instance.
     *
     * @return the keywords reported missing in the macro's item, sorted
     */
    private static List<String> missing(DicomObject instance, int groups, int frameTypeSequence, int macroSequence,
            String frameTypeValue1) {
        Dataset group = instance.dataset().newSequence(groups).addItem();
        group.newSequence(frameTypeSequence).addItem()
                .setString(Tags.FrameType, frameTypeValue1, "PRIMARY", "VOLUME", "NONE");
        group.newSequence(macroSequence).addItem();
        String item = "." + ElementDictionary.keywordOf(macroSequence) + "[0]";
        return Dicom.validate(instance).violations().stream()
                .filter(v -> v.kind() == Violation.Kind.MISSING && v.path().endsWith(item))
                .map(Violation::keyword)
                .sorted()
                .toList();
    }
}

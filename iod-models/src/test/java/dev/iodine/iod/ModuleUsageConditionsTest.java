package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.DicomObject;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Usage-C modules whose condition the sources give in prose only, written by hand (tools hand-conditions.tsv) from
 * the IOD module tables of PS3.3 Annex A.
 */
class ModuleUsageConditionsTest {

    @Test
    void aWideFieldColourImageNeedsAnIccProfile() {
        // PS3.3 A.76 module table: ICC Profile "Required if Photometric Interpretation (0028,0004) is not
        // MONOCHROME2".
        assertTrue(missing(wideField("RGB")).contains("ICCProfile"));
        assertFalse(missing(wideField("MONOCHROME2")).contains("ICCProfile"));
    }

    @Test
    void synchronizationAttributesMakeTheModuleRequiredInFull() {
        // PS3.3 A.36 module table: Synchronization "Required if time synchronization was applied", which the data
        // cannot show (the usage stays unchecked); but a module that is present must be complete.
        EnhancedMrImage synced = new EnhancedMrImage();
        synced.dataset().setString(Tags.AcquisitionTimeSynchronized, "Y");
        Set<String> missing = missing(synced);
        assertTrue(missing.containsAll(Set.of("SynchronizationFrameOfReferenceUID", "SynchronizationTrigger")),
                missing.toString());
        assertFalse(missing(new EnhancedMrImage()).contains("SynchronizationFrameOfReferenceUID"));
    }

    @Test
    void theHandWrittenUsageConditions() {
        assertEquals("present(WaveformAnnotationSequence)",
                DefinitionSource.of(ArterialPulseWaveformIod.class).usageCondition("WaveformAnnotationModule"));
        assertEquals("present(FrameOfReferenceUID) or present(PositionReferenceIndicator)",
                DefinitionSource.of(DigitalMammographyXRayImageIod.class).usageCondition("FrameOfReferenceModule"));
        // PS3.3 2026d A.29.3: RT Beams Session Record is required unless the record's content comes from the user,
        // when RT Beams Salvage Record is required instead (Treatment Record Content Origin, C.8-53).
        assertEquals("absent(TreatmentRecordContentOrigin)"
                + " or TreatmentRecordContentOrigin in (\"DEVICE\", \"SIMULATION\")",
                DefinitionSource.of(RtBeamsTreatmentRecordIod.class).usageCondition("RtBeamsSessionRecordModule"));
    }

    private static WideFieldOphthalmicPhotographyStereographicProjectionImage wideField(String photometric) {
        WideFieldOphthalmicPhotographyStereographicProjectionImage image =
                new WideFieldOphthalmicPhotographyStereographicProjectionImage();
        image.dataset().setString(Tags.PhotometricInterpretation, photometric);
        return image;
    }

    /** @return the keywords of the top-level attributes reported missing */
    private static Set<String> missing(DicomObject instance) {
        return Dicom.validate(instance).violations().stream()
                .filter(v -> v.kind() == Violation.Kind.MISSING && v.path().isEmpty())
                .map(Violation::keyword)
                .collect(Collectors.toSet());
    }
}

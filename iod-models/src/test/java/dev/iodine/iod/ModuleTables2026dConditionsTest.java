package dev.iodine.iod;

import static dev.iodine.iod.CtRtHandConditionsTest.missing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.DicomObject;
import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Usage conditions of C modules corrected after comparing the generated IODs with the PS3.3 2026d IOD module tables
 * (tools hand-conditions.tsv; docs/verification-ct-rtplan.md, "IOD module tables, PS3.3 2026d"): the module's Type 1
 * attribute is reported missing when the condition holds and not otherwise.
 */
class ModuleTables2026dConditionsTest {

    @Test
    void aWholeSlideVolumeOrThumbnailNeedsTheFrameOfReference() {
        // A.32.8 Table A.32.8-1 (2026d): required for VOLUME and THUMBNAIL images, optional for LABEL and OVERVIEW.
        VlWholeSlideMicroscopyImage wsi = new VlWholeSlideMicroscopyImage();
        assertEquals(List.of(), missing(wsi, "FrameOfReferenceUID"));
        for (String flavor : List.of("VOLUME", "THUMBNAIL")) {
            wsi.dataset().setString(Tags.ImageType, "DERIVED", "PRIMARY", flavor, "RESAMPLED");
            assertEquals(List.of(""), missing(wsi, "FrameOfReferenceUID"), flavor);
        }
        wsi.dataset().setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "LABEL", "NONE");
        assertEquals(List.of(), missing(wsi, "FrameOfReferenceUID"));
    }

    @Test
    void aVolumetricOphthalmicTomogramNeedsTheFrameOfReference() {
        // A.52.3 Table A.52.3-1 (2026d): Frame of Reference required if Ophthalmic Volumetric Properties Flag is YES.
        OphthalmicTomographyImage oct = new OphthalmicTomographyImage();
        assertEquals(List.of(), missing(oct, "FrameOfReferenceUID"));
        oct.dataset().setString(Tags.OphthalmicVolumetricPropertiesFlag, "YES");
        assertEquals(List.of(""), missing(oct, "FrameOfReferenceUID"));
        oct.dataset().setString(Tags.OphthalmicVolumetricPropertiesFlag, "NO");
        assertEquals(List.of(), missing(oct, "FrameOfReferenceUID"));
        assertEquals(List.of(), missing(oct, "SynchronizationTrigger"));
    }

    @Test
    void anOphthalmicTomogramWithAReferenceImageNeedsFrameOfReferenceAndSynchronization() {
        // A.52.3 Table A.52.3-1 (2026d): both modules are required if an Ophthalmic Photography reference image is
        // available, which the Referenced Image functional group (required exactly then) records.
        OphthalmicTomographyImage oct = new OphthalmicTomographyImage();
        oct.dataset().setString(Tags.OphthalmicVolumetricPropertiesFlag, "NO");
        Dataset reference = oct.dataset().newSequence(Tags.SharedFunctionalGroupsSequence).addItem()
                .newSequence(Tags.ReferencedImageSequence).addItem();
        reference.setString(Tags.ReferencedSOPClassUID, "1.2.840.10008.5.1.4.1.1.77.1.5.1");
        reference.setString(Tags.ReferencedSOPInstanceUID, "1.2.3.4");
        assertEquals(List.of(""), missing(oct, "FrameOfReferenceUID"));
        assertEquals(List.of(""), missing(oct, "SynchronizationTrigger"));
    }

    @Test
    void synchronizationOfTheDoseAndWaveformAnnotationReportsStaysUnchecked() {
        // A.35.18, A.35.22, A.35.23 (2026d): required if the system clock is synchronized to an external reference,
        // which the data cannot show; an absent module is not reported, a present one is checked complete.
        List<DicomObject> reports = List.of(new PatientRadiationDoseSr(), new EnhancedXRayRadiationDoseSr(),
                new WaveformAnnotationSr());
        for (DicomObject report : reports) {
            assertEquals(List.of(), missing(report, "SynchronizationTrigger"), report.getClass().getSimpleName());
            report.dataset().setString(Tags.SynchronizationFrameOfReferenceUID, "1.2.840.10008.15.1.1");
            assertEquals(List.of(""), missing(report, "SynchronizationTrigger"), report.getClass().getSimpleName());
        }
        for (Class<?> iod : List.of(PatientRadiationDoseSrIod.class, EnhancedXRayRadiationDoseSrIod.class,
                WaveformAnnotationSrIod.class)) {
            assertEquals("unchecked(\"Required if system time is synchronized to an external reference; may be present"
                    + " otherwise\")", DefinitionSource.of(iod).usageCondition("SynchronizationModule"), iod.getSimpleName());
        }
    }
}

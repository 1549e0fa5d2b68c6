package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.DicomObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The usage-C modules of the IODs generated from the PS3.3 2026d tables, whose conditions were read in the 2026d IOD
 * module tables (pymedphys iod_modules.json) and written by hand (tools hand-conditions.tsv): one case per shape of
 * condition. A required module that is absent shows as its Type 1 attributes reported missing.
 */
class NewIodModuleUsageTest {

    @Test
    void aFlagAtTheTopLevelRequiresTheModule() {
        // A.86.1.2: RT Treatment Phase Intent "Required if RT Treatment Phase Intent Presence Flag (3010,0045) equals
        // YES".
        RtPhysicianIntent intent = new RtPhysicianIntent();
        requiredOnlyWith(intent, intent.dataset(), Tags.RTTreatmentPhaseIntentPresenceFlag, "NO", "YES",
                "IntendedRTTreatmentPhaseSequence");
    }

    @Test
    void aCropOfAnyInputRequiresVolumeCropping() {
        // A.80.1: Volume Cropping "Required if Global Crop (0070,120B) or any Value of Crop (0070,1204) is YES"; Crop
        // is given per item of the Volumetric Presentation State Input Sequence (C.11.23).
        PlanarMprVolumetricPresentationState mpr = new PlanarMprVolumetricPresentationState();
        mpr.dataset().setString(Tags.GlobalCrop, "NO");
        var inputs = mpr.dataset().newSequence(Tags.VolumetricPresentationStateInputSequence);
        inputs.addItem().setString(Tags.Crop, "NO");
        Dataset second = inputs.addItem();
        requiredOnlyWith(mpr, second, Tags.Crop, "NO", "YES", "VolumeCroppingSequence");
        second.setString(Tags.Crop, "NO");
        mpr.dataset().setString(Tags.GlobalCrop, "YES");
        assertTrue(missing(mpr).contains("VolumeCroppingSequence"));
    }

    @Test
    void aGraphicLayerNamedByAVolumetricAnnotationRequiresTheLayers() {
        // A.80.2.3: Graphic Layer "Required if Graphic Layer (0070,0002) is present in the Volumetric Graphic
        // Annotation Module or Graphic Annotation Module", i.e. in the items of their annotation sequences.
        VolumeRenderingVolumetricPresentationState rendering = new VolumeRenderingVolumetricPresentationState();
        Dataset annotation = rendering.dataset().newSequence(Tags.VolumetricAnnotationSequence).addItem();
        assertFalse(missing(rendering).contains("GraphicLayerSequence"));
        annotation.setString(Tags.GraphicLayer, "MEASUREMENTS");
        assertTrue(missing(rendering).contains("GraphicLayerSequence"));
    }

    @Test
    void anotherModuleBeingPresentRequiresTheModule() {
        // A.61: Surface Mesh "Required if Generic Implant Template 3D Models Module is present".
        GenericImplantTemplate template = new GenericImplantTemplate();
        assertFalse(missing(template).contains("SurfaceSequence"));
        template.dataset().setInt(Tags.ImplantTemplate3DModelSurfaceNumber, 1);
        assertTrue(missing(template).contains("SurfaceSequence"));
        // A.92.1: Waveform Presentation Montage "Required if Montage Activation Module is present".
        WaveformPresentationState waveform = new WaveformPresentationState();
        assertFalse(missing(waveform).contains("WaveformMontageSequence"));
        waveform.dataset().newSequence(Tags.MontageActivationSequence).addItem();
        assertTrue(missing(waveform).contains("WaveformMontageSequence"));
    }

    @Test
    void thePaletteDecidesBetweenPresentationLutAndIccProfile() {
        // A.33.8: Softcopy Presentation LUT "Required if the Palette Color Lookup Table Module is not present", ICC
        // Profile "Required if the Palette Color Lookup Table Module is present".
        VariableModalityLutSoftcopyPresentationState ps = new VariableModalityLutSoftcopyPresentationState();
        Set<String> grey = missing(ps);
        assertTrue(grey.contains("PresentationLUTShape"), grey.toString());
        assertFalse(grey.contains("ICCProfile"), grey.toString());
        ps.dataset().setInt(Tags.RedPaletteColorLookupTableDescriptor, VR.US, 256, 0, 16);
        Set<String> colour = missing(ps);
        assertTrue(colour.contains("ICCProfile"), colour.toString());
        assertFalse(colour.contains("PresentationLUTShape"), colour.toString());
    }

    @Test
    void aBitmapShutterNeedsTheOverlayThatHoldsIt() {
        // A.33.8: Overlay Plane "Required if Overlay is to be applied to referenced image(s) or the Bitmap Display
        // Shutter Module is present"; the bitmap shutter shows through Shutter Shape BITMAP.
        VariableModalityLutSoftcopyPresentationState ps = new VariableModalityLutSoftcopyPresentationState();
        assertFalse(missing(ps).contains("OverlayRows"));
        ps.dataset().setString(Tags.ShutterShape, "BITMAP");
        Set<String> missing = missing(ps);
        assertTrue(missing.containsAll(Set.of("OverlayRows", "ShutterOverlayGroup")), missing.toString());
        // A rectangular shutter is the Display Shutter Module's: no overlay needed.
        ps.dataset().setString(Tags.ShutterShape, "RECTANGULAR");
        assertFalse(missing(ps).contains("OverlayRows"));
    }

    @Test
    void annotationsOrActivatedOverlaysNeedGraphicLayers() {
        // A.33.6: Graphic Layer "Required if Graphic Annotations or Overlays are to be applied to referenced
        // image(s)": annotation items name their layer, and an activated overlay is assigned one (C.11.7).
        XaXrfGrayscaleSoftcopyPresentationState annotated = new XaXrfGrayscaleSoftcopyPresentationState();
        assertFalse(missing(annotated).contains("GraphicLayerSequence"));
        annotated.dataset().newSequence(Tags.GraphicAnnotationSequence).addItem()
                .setString(Tags.GraphicLayer, "ANNOTATIONS");
        assertTrue(missing(annotated).contains("GraphicLayerSequence"));
        XaXrfGrayscaleSoftcopyPresentationState activated = new XaXrfGrayscaleSoftcopyPresentationState();
        activated.dataset().setString(Tags.OverlayActivationLayer, "OVERLAYS");
        assertTrue(missing(activated).contains("GraphicLayerSequence"));
    }

    @Test
    void subtractionRecommendedForAFrameRangeNeedsTheMask() {
        // A.33.6: XA/XRF Presentation State Mask "Required if the referenced image(s) are to be subtracted", which
        // a frame display item recommending SUB viewing (C.11.21) shows, two sequences down.
        XaXrfGrayscaleSoftcopyPresentationState ps = new XaXrfGrayscaleSoftcopyPresentationState();
        Dataset display = ps.dataset().newSequence(Tags.MultiFramePresentationSequence).addItem()
                .newSequence(Tags.FrameDisplaySequence).addItem();
        requiredOnlyWith(ps, display, Tags.RecommendedViewingMode, "NAT", "SUB", "MaskSubtractionSequence");
        // A.33.8: the Mask Module likewise when the Presentation State Mask Module recommends SUB (C.11.13).
        VariableModalityLutSoftcopyPresentationState variable = new VariableModalityLutSoftcopyPresentationState();
        requiredOnlyWith(variable, variable.dataset(), Tags.RecommendedViewingMode, "NAT", "SUB",
                "MaskSubtractionSequence");
    }

    @Test
    void whatTheDataCannotShowStaysUnchecked() {
        // A.86.1.4: RT Dose Contribution "Required if the dose delivered is tracked", which the data does not
        // record: the module is not required by its absence, only checked complete once present.
        assertEquals("unchecked(\"Required if the dose delivered is tracked\")",
                DefinitionSource.of(RtRadiationSetIod.class).usageCondition("RtDoseContributionModule"));
        RtRadiationSet set = new RtRadiationSet();
        assertFalse(missing(set).contains("RadiationDoseSequence"));
        set.dataset().newSequence(Tags.RadiationDoseIdentificationSequence).addItem();
        assertTrue(missing(set).contains("RadiationDoseSequence"));
    }

    /**
     * Sets {@code tag} of {@code where} (the instance's dataset or an item in it) to {@code off}, then to {@code on},
     * and asserts that the top-level {@code keyword} is reported missing with the second value only.
     */
    private static void requiredOnlyWith(DicomObject instance, Dataset where, int tag, String off, String on,
            String keyword) {
        where.setString(tag, off);
        assertFalse(missing(instance).contains(keyword), off);
        where.setString(tag, on);
        assertTrue(missing(instance).contains(keyword), on);
    }

    /** @return the keywords of the top-level attributes reported missing */
    private static Set<String> missing(DicomObject instance) {
        return Dicom.validate(instance).violations().stream()
                .filter(v -> v.kind() == Violation.Kind.MISSING && v.path().isEmpty())
                .map(Violation::keyword)
                .collect(Collectors.toSet());
    }
}

package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.DicomObject;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions of the PS3.3 2026d volumetric and XA/XRF presentation state, implant template and waveform presentation
 * state tables, written by hand from the standard's text (tools hand-conditions.tsv; the fragment tables carry none).
 * One case per condition shape: each instance is written, read back from its bytes and validated, and the attribute
 * is reported missing when its condition holds, not when it does not, and "not allowed" where the text says only
 * "Required if ...".
 */
class PresentationAndImplantConditionsTest {

    @Test
    void aSlabNeedsItsThicknessAndAThinSliceMayNotGiveOne() throws IOException {
        // C.11.26 Table C.11.26-1 (2024d): MPR Slab Thickness required if MPR Thickness Type is SLAB, nothing else.
        PlanarMprVolumetricPresentationState mpr = new PlanarMprVolumetricPresentationState();
        mpr.dataset().setString(Tags.MPRThicknessType, "SLAB");
        assertEquals(List.of(""), missing(mpr, "MPRSlabThickness", PlanarMprVolumetricPresentationState.class));
        mpr.dataset().setString(Tags.MPRThicknessType, "THIN");
        assertEquals(List.of(), missing(mpr, "MPRSlabThickness", PlanarMprVolumetricPresentationState.class));
        mpr.dataset().setDouble(Tags.MPRSlabThickness, 5.0);
        assertEquals(List.of(""), notAllowed(mpr, "MPRSlabThickness", PlanarMprVolumetricPresentationState.class));
        mpr.dataset().setString(Tags.MPRThicknessType, "SLAB");
        assertEquals(List.of(), notAllowed(mpr, "MPRSlabThickness", PlanarMprVolumetricPresentationState.class));
    }

    @Test
    void aCroppingItemNeedsTheGeometryOfItsMethod() throws IOException {
        // C.11.24 Table C.11.24-1 (2024d): the bounding box for BOUNDING_BOX, the planes for OBLIQUE (the text's word;
        // the Enumerated Value is OBLIQUE_PLANES), each in its own Volume Cropping Sequence item.
        PlanarMprVolumetricPresentationState mpr = new PlanarMprVolumetricPresentationState();
        Dataset crop = mpr.dataset().newSequence(Tags.VolumeCroppingSequence).addItem();
        crop.setString(Tags.VolumeCroppingMethod, "BOUNDING_BOX");
        String item = "VolumeCroppingSequence[0]";
        assertEquals(List.of(item), missing(mpr, "BoundingBoxCrop", PlanarMprVolumetricPresentationState.class));
        assertEquals(List.of(), missing(mpr, "ObliqueCroppingPlaneSequence", PlanarMprVolumetricPresentationState.class));
        crop.setString(Tags.VolumeCroppingMethod, "OBLIQUE_PLANES");
        assertEquals(List.of(), missing(mpr, "BoundingBoxCrop", PlanarMprVolumetricPresentationState.class));
        assertEquals(List.of(item), missing(mpr, "ObliqueCroppingPlaneSequence",
                PlanarMprVolumetricPresentationState.class));
    }

    @Test
    void aPresentationSequenceAnimationNeedsItsCollectionAndAnIndexNeedsItsCollection() throws IOException {
        // C.11.22 Table C.11.22-1: the collection UID is required if Presentation Animation Style (Presentation
        // Animation Module) is PRESENTATION_SEQ and may be present otherwise; the position index is required if the
        // collection UID is present, and only then.
        PlanarMprVolumetricPresentationState mpr = new PlanarMprVolumetricPresentationState();
        mpr.dataset().setString(Tags.PresentationAnimationStyle, "PRESENTATION_SEQ");
        Class<PlanarMprVolumetricPresentationState> type = PlanarMprVolumetricPresentationState.class;
        assertEquals(List.of(""), missing(mpr, "PresentationSequenceCollectionUID", type));
        assertEquals(List.of(), missing(mpr, "PresentationSequencePositionIndex", type));
        mpr.dataset().setString(Tags.PresentationAnimationStyle, "INPUT_SEQ");
        mpr.dataset().setString(Tags.PresentationSequenceCollectionUID, "2.25.7");
        assertEquals(List.of(), missing(mpr, "PresentationSequenceCollectionUID", type));
        assertEquals(List.of(), notAllowed(mpr, "PresentationSequenceCollectionUID", type));
        assertEquals(List.of(""), missing(mpr, "PresentationSequencePositionIndex", type));
        mpr.dataset().remove(Tags.PresentationSequenceCollectionUID);
        mpr.dataset().setInt(Tags.PresentationSequencePositionIndex, 1);
        assertEquals(List.of(""), notAllowed(mpr, "PresentationSequencePositionIndex", type));
    }

    @Test
    void aColorOutputNeedsItsClassificationComponentsEvenEmpty() throws IOException {
        // C.11.27 Table C.11.27-1 (2024d): Presentation State Classification Component Sequence (Type 2C) required if
        // Pixel Presentation is TRUE_COLOR. Written AS_IS: the default write fills a required Type 2C attribute
        // empty (PS3.5 7.4.3), which the last assertion shows happens exactly when the condition holds.
        Class<PlanarMprVolumetricPresentationState> type = PlanarMprVolumetricPresentationState.class;
        assertEquals(List.of(""), ProseConditionsTest.missing(display("TRUE_COLOR"),
                "PresentationStateClassificationComponentSequence", type, WriteMode.AS_IS));
        assertEquals(List.of(), ProseConditionsTest.missing(display("MONOCHROME"),
                "PresentationStateClassificationComponentSequence", type, WriteMode.AS_IS));
        for (String presentation : List.of("TRUE_COLOR", "MONOCHROME")) {
            Dataset filled = ProseConditionsTest.reread(display(presentation), type, WriteMode.ANYWAY).dataset();
            assertEquals("TRUE_COLOR".equals(presentation),
                    filled.contains(Tags.PresentationStateClassificationComponentSequence), presentation);
        }
    }

    @Test
    void aTabulatedAlphaNeedsItsDataUnlessSegmented() throws IOException {
        // C.11.32 Table C.11.32-1 (2024b): Alpha Palette Color Lookup Table Data is required if Alpha LUT Transfer
        // Function is TABLE and Segmented Alpha Palette Color Lookup Table Data is absent.
        VolumeRenderingVolumetricPresentationState vr = new VolumeRenderingVolumetricPresentationState();
        Dataset component = vr.dataset().newSequence(Tags.VolumeStreamSequence).addItem()
                .newSequence(Tags.PresentationStateClassificationComponentSequence).addItem();
        component.setString(Tags.AlphaLUTTransferFunction, "TABLE");
        String item = "VolumeStreamSequence[0].PresentationStateClassificationComponentSequence[0]";
        Class<VolumeRenderingVolumetricPresentationState> type = VolumeRenderingVolumetricPresentationState.class;
        assertEquals(List.of(item), missing(vr, "AlphaPaletteColorLookupTableData", type));
        component.setInt(Tags.SegmentedAlphaPaletteColorLookupTableData, 0, 1, 255);
        assertEquals(List.of(), missing(vr, "AlphaPaletteColorLookupTableData", type));
        component.remove(Tags.SegmentedAlphaPaletteColorLookupTableData);
        component.setString(Tags.AlphaLUTTransferFunction, "NONE");
        assertEquals(List.of(), missing(vr, "AlphaPaletteColorLookupTableData", type));
    }

    @Test
    void aTabulatedColorNeedsItsRedTableOrSegmentsTheOtherTwoFollowAndSeveralComponentsNeedAlpha()
            throws IOException {
        // C.11.27 Table C.11.27-1 (innolitics 2024e module_to_attributes, row pointers read): the red data if RGB LUT
        // Transfer Function is TABLE and no segmented red data is given (and the reverse); the green and blue data if
        // the red data is present; Alpha LUT Transfer Function if the sequence has more than one component.
        Class<PlanarMprVolumetricPresentationState> type = PlanarMprVolumetricPresentationState.class;
        PlanarMprVolumetricPresentationState mpr = new PlanarMprVolumetricPresentationState();
        Dataset component = mpr.dataset().newSequence(Tags.PresentationStateClassificationComponentSequence)
                .addItem();
        component.setString(Tags.RGBLUTTransferFunction, "TABLE");
        String item = "PresentationStateClassificationComponentSequence[0]";
        assertEquals(List.of(item), missing(mpr, "RedPaletteColorLookupTableData", type));
        assertEquals(List.of(item), missing(mpr, "SegmentedRedPaletteColorLookupTableData", type));
        assertEquals(List.of(), missing(mpr, "GreenPaletteColorLookupTableData", type));
        assertEquals(List.of(), missing(mpr, "AlphaLUTTransferFunction", type));
        component.setInt(Tags.RedPaletteColorLookupTableData, 0, 255);
        assertEquals(List.of(), missing(mpr, "SegmentedRedPaletteColorLookupTableData", type));
        assertEquals(List.of(item), missing(mpr, "GreenPaletteColorLookupTableData", type));
        assertEquals(List.of(item), missing(mpr, "BluePaletteColorLookupTableData", type));
        mpr.dataset().getSequence(Tags.PresentationStateClassificationComponentSequence).addItem()
                .setString(Tags.RGBLUTTransferFunction, "IDENTITY");
        assertEquals(List.of(item, "PresentationStateClassificationComponentSequence[1]"),
                missing(mpr, "AlphaLUTTransferFunction", type));
    }

    @Test
    void aDiffuseOrSpecularReflectionNeedsALightDirection() throws IOException {
        // C.11.31 Table C.11.31-1 (2024c): Light Direction required if Diffuse or Specular Reflection Intensity is
        // present; ambient light alone has none.
        Class<VolumeRenderingVolumetricPresentationState> type = VolumeRenderingVolumetricPresentationState.class;
        VolumeRenderingVolumetricPresentationState vr = new VolumeRenderingVolumetricPresentationState();
        vr.dataset().setString(Tags.ShadingStyle, "SINGLESIDED");
        vr.dataset().setDouble(Tags.AmbientReflectionIntensity, 0.5);
        assertEquals(List.of(), missing(vr, "LightDirection", type));
        vr.dataset().setDouble(Tags.SpecularReflectionIntensity, 0.5);
        assertEquals(List.of(""), missing(vr, "LightDirection", type));
        vr.dataset().remove(Tags.SpecularReflectionIntensity);
        vr.dataset().setDouble(Tags.DiffuseReflectionIntensity, 0.5);
        assertEquals(List.of(""), missing(vr, "LightDirection", type));
    }

    @Test
    void aSubtractedFrameRangeNeedsItsMaskVisibility() throws IOException {
        // C.11.21 Table C.11.21-1 (2024c): Mask Visibility Percentage required if the Frame Display Sequence item's
        // Recommended Viewing Mode is SUB.
        XaXrfGrayscaleSoftcopyPresentationState xa = new XaXrfGrayscaleSoftcopyPresentationState();
        Dataset range = xa.dataset().newSequence(Tags.MultiFramePresentationSequence).addItem()
                .newSequence(Tags.FrameDisplaySequence).addItem();
        range.setString(Tags.RecommendedViewingMode, "SUB");
        Class<XaXrfGrayscaleSoftcopyPresentationState> type = XaXrfGrayscaleSoftcopyPresentationState.class;
        assertEquals(List.of("MultiFramePresentationSequence[0].FrameDisplaySequence[0]"),
                missing(xa, "MaskVisibilityPercentage", type));
        range.setString(Tags.RecommendedViewingMode, "NAT");
        assertEquals(List.of(), missing(xa, "MaskVisibilityPercentage", type));
    }

    @Test
    void aDerivedTemplateNeedsItsOriginAndALandmarkNeedsTheCoordinatesOfItsDrawingsOrModel() throws IOException {
        // C.29.1.1 Table C.29.1.1-1: the original and derivation references are required if Implant Type is
        // DERIVED. C.29.1.5 Table C.29.1.5-2: a planning landmark point needs 2D coordinates if the template has HPGL
        // drawings and the point no 3D coordinates, and 3D coordinates if it has a 3D model and no 2D coordinates;
        // drawings and model are top-level attributes, the point an item of the Planning Landmark Point Sequence.
        Class<GenericImplantTemplate> type = GenericImplantTemplate.class;
        GenericImplantTemplate implant = new GenericImplantTemplate();
        implant.dataset().setString(Tags.ImplantType, "DERIVED");
        assertEquals(List.of(""), missing(implant, "OriginalImplantTemplateSequence", type));
        assertEquals(List.of(""), missing(implant, "DerivationImplantTemplateSequence", type));
        implant.dataset().setString(Tags.ImplantType, "ORIGINAL");
        assertEquals(List.of(), missing(implant, "OriginalImplantTemplateSequence", type));

        Dataset point = implant.dataset().newSequence(Tags.PlanningLandmarkPointSequence).addItem();
        point.setInt(Tags.PlanningLandmarkID, 1);
        assertEquals(List.of(), missing(implant, "TwoDPointCoordinatesSequence", type));
        assertEquals(List.of(), missing(implant, "ThreeDPointCoordinates", type));
        implant.dataset().newSequence(Tags.HPGLDocumentSequence).addItem().setInt(Tags.HPGLDocumentID, 1);
        implant.dataset().setInt(Tags.ImplantTemplate3DModelSurfaceNumber, 1);
        String item = "PlanningLandmarkPointSequence[0]";
        assertEquals(List.of(item), missing(implant, "TwoDPointCoordinatesSequence", type));
        assertEquals(List.of(item), missing(implant, "ThreeDPointCoordinates", type));
        point.setDouble(Tags.ThreeDPointCoordinates, 1.0, 2.0, 3.0);
        assertEquals(List.of(), missing(implant, "TwoDPointCoordinatesSequence", type));
        assertEquals(List.of(), missing(implant, "ThreeDPointCoordinates", type));
    }

    @Test
    void aTemporalRangeNeedsOneOfItsThreeWaysOfTelling() throws IOException {
        // C.39.8 Table C.39.8-1 (2025a): each of Referenced Sample Positions, Time Offsets and DateTime is required
        // if the other two are absent, and only then; the macro is in each Waveform Textual Annotation item.
        WaveformPresentationState ps = new WaveformPresentationState();
        Dataset annotation = ps.dataset().newSequence(Tags.WaveformTextualAnnotationSequence).addItem();
        annotation.setString(Tags.TemporalRangeType, "POINT");
        String item = "WaveformTextualAnnotationSequence[0]";
        Class<WaveformPresentationState> type = WaveformPresentationState.class;
        for (String keyword : List.of("ReferencedSamplePositions", "ReferencedTimeOffsets", "ReferencedDateTime")) {
            assertEquals(List.of(item), missing(ps, keyword, type), keyword);
        }
        annotation.setDouble(Tags.ReferencedTimeOffsets, 1.5);
        for (String keyword : List.of("ReferencedSamplePositions", "ReferencedTimeOffsets", "ReferencedDateTime")) {
            assertEquals(List.of(), missing(ps, keyword, type), keyword);
        }
        annotation.setLong(Tags.ReferencedSamplePositions, VR.UL, 10);
        assertEquals(List.of(item), notAllowed(ps, "ReferencedSamplePositions", type));
    }

    @Test
    void structuredAnnotationsNeedTheirReportsInSomeSeriesItem() throws IOException {
        // C.39.1 Table C.39.1-1 (2025a): the Referenced Instance Sequence (Waveform Annotation SR documents) is
        // required if Structured Waveform Annotation Sequence is present; the reports sit in their own Series item,
        // so each item is reported while no item gives them. A Series item without it needs its waveforms.
        WaveformPresentationState ps = new WaveformPresentationState();
        List<Dataset> series = List.of(ps.dataset().newSequence(Tags.ReferencedSeriesSequence).addItem(),
                ps.dataset().getSequence(Tags.ReferencedSeriesSequence).addItem());
        series.get(0).setString(Tags.SeriesInstanceUID, "2.25.11");
        series.get(1).setString(Tags.SeriesInstanceUID, "2.25.12");
        Class<WaveformPresentationState> type = WaveformPresentationState.class;
        assertEquals(List.of(), missing(ps, "ReferencedInstanceSequence", type));
        assertEquals(List.of("ReferencedSeriesSequence[0]", "ReferencedSeriesSequence[1]"),
                missing(ps, "ReferencedWaveformSequence", type));
        ps.dataset().newSequence(Tags.StructuredWaveformAnnotationSequence).addItem()
                .setString(Tags.ReferencedSOPInstanceUID, "2.25.13");
        assertEquals(List.of("ReferencedSeriesSequence[0]", "ReferencedSeriesSequence[1]"),
                missing(ps, "ReferencedInstanceSequence", type));
        series.get(1).newSequence(Tags.ReferencedInstanceSequence).addItem()
                .setString(Tags.ReferencedSOPInstanceUID, "2.25.13");
        assertEquals(List.of(), missing(ps, "ReferencedInstanceSequence", type));
        assertEquals(List.of("ReferencedSeriesSequence[0]"), missing(ps, "ReferencedWaveformSequence", type));
    }

    @Test
    void aMaskItemNeedsTheFramesOfItsOperationAndItsImagesWhenThePresentationStateHasSeveral() throws IOException {
        // C.11.19 Table C.11.19-1 (innolitics 2024e module_to_attributes, row pointers read): Mask Frame Numbers for
        // AVG_SUB, Applicable Frame Range for REV_TID, TID Offset (2C) for TID or REV_TID; the item's Referenced Image
        // Sequence if the Presentation State Relationship Module references more than one SOP Instance.
        XaXrfGrayscaleSoftcopyPresentationState xa = new XaXrfGrayscaleSoftcopyPresentationState();
        Dataset mask = xa.dataset().newSequence(Tags.MaskSubtractionSequence).addItem();
        mask.setString(Tags.MaskOperation, "AVG_SUB");
        Dataset series = xa.dataset().newSequence(Tags.ReferencedSeriesSequence).addItem();
        series.newSequence(Tags.ReferencedImageSequence).addItem().setString(Tags.ReferencedSOPInstanceUID, "2.25.21");
        String item = "MaskSubtractionSequence[0]";
        Class<XaXrfGrayscaleSoftcopyPresentationState> type = XaXrfGrayscaleSoftcopyPresentationState.class;
        assertEquals(List.of(item), missing(xa, "MaskFrameNumbers", type));
        assertEquals(List.of(), missing(xa, "ApplicableFrameRange", type));
        assertEquals(List.of(), missing(xa, "ReferencedImageSequence", type));
        mask.setInt(Tags.TIDOffset, 2);
        // The 2024e list is silent on "may be present otherwise", which does not forbid it (docs/generators.md).
        assertEquals(List.of(), notAllowed(xa, "TIDOffset", type));
        series.getSequence(Tags.ReferencedImageSequence).addItem().setString(Tags.ReferencedSOPInstanceUID, "2.25.22");
        assertEquals(List.of(item), missing(xa, "ReferencedImageSequence", type));
        mask.setString(Tags.MaskOperation, "REV_TID");
        assertEquals(List.of(), missing(xa, "MaskFrameNumbers", type));
        assertEquals(List.of(item), missing(xa, "ApplicableFrameRange", type));
        assertEquals(List.of(), notAllowed(xa, "TIDOffset", type));
    }

    @Test
    void anInputNeedsItsIndicesWhenAnimatedCroppedOrSlabbedAndATextBoxNeedsItsOtherCorner() throws IOException {
        // C.11.23 Table C.11.23-1 (innolitics 2024e module_to_attributes, row pointers read): an input item's
        // position index if the top-level Presentation Animation Style is INPUT_SEQ, its Rendering Method if the
        // top-level MPR Thickness Type is SLAB, its Cropping Specification Index if its Crop is YES; the Global
        // Cropping Specification Index if Global Crop is YES. C.11.28: a text object's bottom right corner if its top
        // left one is present. C.11.24: a cropping item's images if the method is INCLUDE_SEG or EXCLUDE_SEG.
        Class<PlanarMprVolumetricPresentationState> type = PlanarMprVolumetricPresentationState.class;
        PlanarMprVolumetricPresentationState mpr = new PlanarMprVolumetricPresentationState();
        Dataset input = mpr.dataset().newSequence(Tags.VolumetricPresentationStateInputSequence).addItem();
        input.setString(Tags.Crop, "NO");
        mpr.dataset().setString(Tags.PresentationAnimationStyle, "SWIVEL");
        mpr.dataset().setString(Tags.MPRThicknessType, "THIN");
        mpr.dataset().setString(Tags.GlobalCrop, "NO");
        String item = "VolumetricPresentationStateInputSequence[0]";
        for (String keyword : List.of("InputSequencePositionIndex", "RenderingMethod", "CroppingSpecificationIndex",
                "GlobalCroppingSpecificationIndex")) {
            assertEquals(List.of(), missing(mpr, keyword, type), keyword);
        }
        mpr.dataset().setString(Tags.PresentationAnimationStyle, "INPUT_SEQ");
        mpr.dataset().setString(Tags.MPRThicknessType, "SLAB");
        mpr.dataset().setString(Tags.GlobalCrop, "YES");
        input.setString(Tags.Crop, "YES");
        for (String keyword : List.of("InputSequencePositionIndex", "RenderingMethod", "CroppingSpecificationIndex")) {
            assertEquals(List.of(item), missing(mpr, keyword, type), keyword);
        }
        assertEquals(List.of(""), missing(mpr, "GlobalCroppingSpecificationIndex", type));

        Dataset text = mpr.dataset().newSequence(Tags.VolumetricAnnotationSequence).addItem()
                .newSequence(Tags.TextObjectSequence).addItem();
        text.setString(Tags.UnformattedTextValue, "lesion");
        assertEquals(List.of(), missing(mpr, "BoundingBoxBottomRightHandCorner", type));
        text.setDouble(Tags.BoundingBoxTopLeftHandCorner, 1.0, 2.0);
        assertEquals(List.of("VolumetricAnnotationSequence[0].TextObjectSequence[0]"),
                missing(mpr, "BoundingBoxBottomRightHandCorner", type));

        Dataset crop = mpr.dataset().newSequence(Tags.VolumeCroppingSequence).addItem();
        crop.setString(Tags.VolumeCroppingMethod, "BOUNDING_BOX");
        assertEquals(List.of(), missing(mpr, "ReferencedImageSequence", type));
        crop.setString(Tags.VolumeCroppingMethod, "EXCLUDE_SEG");
        assertEquals(List.of("VolumeCroppingSequence[0]"), missing(mpr, "ReferencedImageSequence", type));
    }

    @Test
    void anAnalogFilterNeedsItsAnalogCharacteristics() throws IOException {
        // C.10.12 Table C.10-12 (innolitics 2024e module_to_attributes: the Waveform Module's filter rows, which the
        // macro took over): the analog (digital) characteristics if Waveform Filter Type is ANALOG (DIGITAL).
        WaveformPresentationState ps = new WaveformPresentationState();
        Dataset filter = ps.dataset().newSequence(Tags.WaveformMontageSequence).addItem()
                .newSequence(Tags.MontageChannelSequence).addItem()
                .newSequence(Tags.FilterLowFrequencyCharacteristicsSequence).addItem();
        filter.setString(Tags.WaveformFilterType, "ANALOG");
        String item = "WaveformMontageSequence[0].MontageChannelSequence[0]"
                + ".FilterLowFrequencyCharacteristicsSequence[0]";
        Class<WaveformPresentationState> type = WaveformPresentationState.class;
        assertEquals(List.of(item), missing(ps, "AnalogFilterCharacteristicsSequence", type));
        assertEquals(List.of(), missing(ps, "DigitalFilterCharacteristicsSequence", type));
        filter.setString(Tags.WaveformFilterType, "DIGITAL");
        assertEquals(List.of(), missing(ps, "AnalogFilterCharacteristicsSequence", type));
        assertEquals(List.of(item), missing(ps, "DigitalFilterCharacteristicsSequence", type));
    }

    /** @return a Planar MPR presentation state with the Pixel Presentation and the UIDs that AS_IS needs */
    private static PlanarMprVolumetricPresentationState display(String pixelPresentation) {
        PlanarMprVolumetricPresentationState mpr = new PlanarMprVolumetricPresentationState();
        mpr.dataset().setString(Tags.SOPClassUID, PlanarMprVolumetricPresentationState.SOP_CLASS_UIDS.get(0));
        mpr.dataset().setString(Tags.SOPInstanceUID, "2.25.3");
        mpr.dataset().setString(Tags.PixelPresentation, pixelPresentation);
        return mpr;
    }

    private static <T extends DicomObject> List<String> missing(T instance, String keyword, Class<T> type)
            throws IOException {
        return ProseConditionsTest.missing(instance, keyword, type);
    }

    /** @return the item paths (empty for the top level) where the keyword is reported present when not allowed */
    private static <T extends DicomObject> List<String> notAllowed(T instance, String keyword, Class<T> type)
            throws IOException {
        return CtRtHandConditionsTest.reported(ProseConditionsTest.reread(instance, type, WriteMode.ANYWAY),
                Violation.Kind.NOT_ALLOWED, keyword);
    }
}

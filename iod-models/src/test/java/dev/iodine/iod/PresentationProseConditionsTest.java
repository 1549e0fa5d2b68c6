package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prose-only conditions of the presentation state modules written by hand from PS3.3 (tools hand-conditions.tsv,
 * issue 4): each instance is written, read back from its bytes and validated, as in {@link ProseConditionsTest}.
 */
class PresentationProseConditionsTest {

    private static final String[] ALIGNMENTS = {"HorizontalAlignment", "VerticalAlignment"};

    @Test
    void aBoundedTextNeedsItsAlignment() throws IOException {
        // PS3.3 C.10.5 Text Style Sequence Macro (2024e): the alignments are required if the Text Object item that
        // holds the style has a Bounding Box Top Left Hand Corner; text placed by its Anchor Point needs none.
        String style = "GraphicAnnotationSequence[0].TextObjectSequence[0].TextStyleSequence[0]";
        for (String keyword : ALIGNMENTS) {
            assertEquals(List.of(style), ProseConditionsTest.missing(textObject(true),
                    keyword, GrayscaleSoftcopyPresentationState.class, WriteMode.ANYWAY), keyword);
            assertEquals(List.of(), ProseConditionsTest.missing(textObject(false),
                    keyword, GrayscaleSoftcopyPresentationState.class, WriteMode.ANYWAY), keyword);
        }
    }

    @Test
    void anOverlayOfThePresentationStateNeedsItsActivationLayer() throws IOException {
        // PS3.3 C.11.7 (2024e): Overlay Activation Layer (Type 2C) is required if group 60xx is present in the
        // Presentation State; C.11.7 also forbids activating the overlay a Bitmap Display Shutter uses. Written AS_IS:
        // the default write fills a required Type 2C attribute empty (PS3.5 7.4.3).
        assertEquals(List.of(""), ProseConditionsTest.missing(overlay(false), "OverlayActivationLayer",
                GrayscaleSoftcopyPresentationState.class, WriteMode.AS_IS));
        assertEquals(List.of(), ProseConditionsTest.missing(overlay(true), "OverlayActivationLayer",
                GrayscaleSoftcopyPresentationState.class, WriteMode.AS_IS));
        Dataset filled = ProseConditionsTest.reread(overlay(false), GrayscaleSoftcopyPresentationState.class,
                WriteMode.ANYWAY).dataset();
        assertEquals(true, filled.contains(Tags.OverlayActivationLayer));
        assertEquals(false, filled.hasValue(Tags.OverlayActivationLayer));
    }

    /** @return a presentation state with one text object placed by bounding box or by anchor point, styled */
    private static GrayscaleSoftcopyPresentationState textObject(boolean boundingBox) {
        GrayscaleSoftcopyPresentationState ps = new GrayscaleSoftcopyPresentationState();
        Dataset annotation = ps.dataset().newSequence(Tags.GraphicAnnotationSequence).addItem();
        annotation.setString(Tags.GraphicLayer, "LAYER");
        Dataset text = annotation.newSequence(Tags.TextObjectSequence).addItem();
        text.setString(Tags.UnformattedTextValue, "Lesion");
        text.setFloat(boundingBox ? Tags.BoundingBoxTopLeftHandCorner : Tags.AnchorPoint, VR.FL, 10f, 20f);
        text.newSequence(Tags.TextStyleSequence).addItem().setString(Tags.ShadowStyle, "OFF");
        return ps;
    }

    /**
     * @return a presentation state with an overlay plane in group 6000, used by its bitmap shutter or not; the SOP
     *     Class and Instance are set because AS_IS fills nothing and the File Meta Information needs them
     */
    private static GrayscaleSoftcopyPresentationState overlay(boolean shutter) {
        GrayscaleSoftcopyPresentationState ps = new GrayscaleSoftcopyPresentationState();
        ps.dataset().setString(Tags.SOPClassUID, GrayscaleSoftcopyPresentationState.SOP_CLASS_UIDS.get(0));
        ps.dataset().setString(Tags.SOPInstanceUID, "2.25.2");
        ps.dataset().setInt(Tags.OverlayRows, VR.US, 4);
        ps.dataset().setInt(Tags.OverlayColumns, VR.US, 4);
        if (shutter) {
            ps.dataset().setInt(Tags.ShutterOverlayGroup, VR.US, 0x6000);
        }
        return ps;
    }
}

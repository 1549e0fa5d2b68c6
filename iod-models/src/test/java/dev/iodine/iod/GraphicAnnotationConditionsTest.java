package dev.iodine.iod;

import static dev.iodine.iod.CtRtHandConditionsTest.missing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions of the Graphic Annotation Module (PS3.3 C.10.5) written by hand (tools hand-conditions.tsv), on a
 * Grayscale Softcopy Presentation State built by hand: the attribute is reported missing when its condition holds
 * and not otherwise.
 */
class GraphicAnnotationConditionsTest {

    @Test
    void aClosedGraphicSaysWhetherItIsFilled() {
        // Table C.10-5: Graphic Filled is required if the graphic is closed, e.g. Graphic Type CIRCLE or ELLIPSE.
        GrayscaleSoftcopyPresentationState ps = new GrayscaleSoftcopyPresentationState();
        Dataset graphic = ps.dataset().newSequence(Tags.GraphicAnnotationSequence).addItem()
                .newSequence(Tags.GraphicObjectSequence).addItem();
        graphic.setString(Tags.GraphicType, "CIRCLE");
        assertEquals(List.of("GraphicAnnotationSequence[0].GraphicObjectSequence[0]"), missing(ps, "GraphicFilled"));

        graphic.setString(Tags.GraphicType, "POINT");
        assertEquals(List.of(), missing(ps, "GraphicFilled"));
    }

    @Test
    void aTextObjectsStyleIsCheckedLikeACompoundGraphicsStyle() {
        // Table C.10-5 includes the Text Style Sequence Macro in the Text Object item too (2024e; dicom3tools only
        // in the Compound Graphic item, tools hand-includes.tsv adds it): a shadow needs its offsets.
        GrayscaleSoftcopyPresentationState ps = new GrayscaleSoftcopyPresentationState();
        Dataset style = ps.dataset().newSequence(Tags.GraphicAnnotationSequence).addItem()
                .newSequence(Tags.TextObjectSequence).addItem()
                .newSequence(Tags.TextStyleSequence).addItem();
        style.setString(Tags.ShadowStyle, "NORMAL");
        assertEquals(List.of("GraphicAnnotationSequence[0].TextObjectSequence[0].TextStyleSequence[0]"),
                missing(ps, "ShadowOffsetX"));

        style.setString(Tags.ShadowStyle, "OFF");
        assertEquals(List.of(), missing(ps, "ShadowOffsetX"));
    }
}

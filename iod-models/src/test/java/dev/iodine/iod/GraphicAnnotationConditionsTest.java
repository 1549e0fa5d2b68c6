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
}

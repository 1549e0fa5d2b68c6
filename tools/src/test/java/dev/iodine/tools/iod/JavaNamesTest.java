package dev.iodine.tools.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void titlesBecomeTheNamesAUserWouldGuess() {
        assertEquals("CtImage", JavaNames.type("CT Image"));
        assertEquals("RtPlan", JavaNames.type("RT Plan"));
        assertEquals("RtIonPlan", JavaNames.type("RT Ion Plan"));
        assertEquals("EnhancedCtImage", JavaNames.type("Enhanced CT Image"));
        assertEquals("ContrastBolus", JavaNames.type("Contrast/Bolus"));
        assertEquals("MultiEnergyCtImage", JavaNames.type("Multi-energy CT Image"));
        assertEquals("DigitalXRayImage", JavaNames.type("Digital X-Ray Image"));
        assertEquals("TwelveLeadEcg", JavaNames.type("12-Lead ECG"));
        assertEquals("ThreeDSpatialCoordinates", JavaNames.type("3D Spatial Coordinates"));
    }

    @Test
    void camelCaseNamesSplitIntoWordsWithAcronymsKept() {
        assertEquals("RT Ion Beams Session Record", JavaNames.words("RTIonBeamsSessionRecord"));
        assertEquals("Multi Frame Functional Groups For Enhanced CT Image",
                JavaNames.words("MultiFrameFunctionalGroupsForEnhancedCTImage"));
        assertEquals("VOILUT", JavaNames.words("VOILUT"));
    }

    @Test
    void itemsAreNamedAfterTheirSequence() {
        assertEquals("Beam", JavaNames.item("BeamSequence"));
        assertEquals("ControlPoint", JavaNames.item("ControlPointSequence"));
        assertEquals("ReferencedSOP", JavaNames.item("ReferencedSOPSequence"));
        assertEquals("PixelDataProviderURLItem", JavaNames.item("PixelDataProviderURL"));
    }

    @Test
    void aTitleWithoutLettersIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JavaNames.type(" / "));
        assertEquals("no Java name can be made from ' / '", e.getMessage());
    }
}

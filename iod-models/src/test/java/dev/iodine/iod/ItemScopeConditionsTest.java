package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.DicomObject;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows inside sequence items whose condition names an attribute of the instance, which the item cannot hold (Image
 * Type, Number of Frames, Acquisition Time Synchronized): the importer reads such a clause at the top level
 * (ConditionScopes) or hand-conditions.tsv writes the row. Before, the conditions could never hold, so the rows were
 * never required and, where PS3.3 allows them only when required, reported as not allowed whenever present. Each
 * instance is written AS_IS (the default write fills a required, absent Type 2C attribute empty, PS3.5 7.4.3), read
 * back from its bytes and validated.
 */
class ItemScopeConditionsTest {

    private static final String EXPOSURE = "ExposureSequence[0]";

    @Test
    void anRtImageExposureItemGivesWhatTheImageTypeAsksFor() throws IOException {
        // PS3.3 C.8.8.2 Table C.8-38 (2024e condition list): in each Exposure Sequence item KVP is required if Image
        // Type Value 3 is PORTAL, SIMULATOR or RADIOGRAPH, X-Ray Tube Current and Exposure Time if SIMULATOR or
        // RADIOGRAPH, Meterset Exposure if PORTAL (all Type 2C).
        RtImage portal = rtImage("PORTAL", 1);
        assertReported(List.of(EXPOSURE), portal, RtImage.class, Violation.Kind.MISSING, "KVP", "MetersetExposure");
        assertReported(List.of(), portal, RtImage.class, Violation.Kind.MISSING, "XRayTubeCurrent", "ExposureTime");

        RtImage simulator = rtImage("SIMULATOR", 1);
        assertReported(List.of(EXPOSURE), simulator, RtImage.class, Violation.Kind.MISSING, "KVP", "XRayTubeCurrent",
                "ExposureTime");
        assertReported(List.of(), simulator, RtImage.class, Violation.Kind.MISSING, "MetersetExposure");

        RtImage drr = rtImage("DRR", 1);
        assertReported(List.of(), drr, RtImage.class, Violation.Kind.MISSING, "KVP", "XRayTubeCurrent", "ExposureTime",
                "MetersetExposure");
    }

    @Test
    void anExposureFactorTheImageTypeDoesNotAskForIsNotAllowed() throws IOException {
        // PS3.3 C.8.8.2 Table C.8-38 (2024e condition list): the rows say only "Required if ...", with no "may be
        // present otherwise", so PS3.5 7.4.5 forbids them in an item whose image's Value 3 does not call for them.
        // The rows are hand-written (Image Type read at the top level) and keep dicom3tools' flag for it.
        RtImage drr = rtImage("DRR", 1);
        drr.dataset().getSequence(Tags.ExposureSequence).get(0).setString(Tags.KVP, "120");
        assertReported(List.of(EXPOSURE), drr, RtImage.class, Violation.Kind.NOT_ALLOWED, "KVP");
        RtImage portal = rtImage("PORTAL", 1);
        portal.dataset().getSequence(Tags.ExposureSequence).get(0).setString(Tags.KVP, "6000");
        assertReported(List.of(), portal, RtImage.class, Violation.Kind.NOT_ALLOWED, "KVP");
        portal.dataset().getSequence(Tags.ExposureSequence).get(0).setString(Tags.XRayTubeCurrent, "100");
        assertReported(List.of(EXPOSURE), portal, RtImage.class, Violation.Kind.NOT_ALLOWED, "XRayTubeCurrent");
    }

    @Test
    void eachExposureOfAMultiFrameRtImageNamesItsFrame() throws IOException {
        // PS3.3 C.8.8.2.4: Referenced Frame Number is given in each Exposure Sequence item of a multiple exposure
        // image of more than one frame (Number of Frames is the instance's, from the Multi-frame Module).
        assertReported(List.of(EXPOSURE), rtImage("PORTAL", 2), RtImage.class, Violation.Kind.MISSING, "ReferencedFrameNumber");
        assertReported(List.of(), rtImage("PORTAL", 1), RtImage.class, Violation.Kind.MISSING, "ReferencedFrameNumber");
    }

    @Test
    void aTransmissionImageGivesTheSourceToDetectorDistance() throws IOException {
        // PS3.3 C.8.4.11 (2024e condition list): a Detector Information item gives Distance Source to Detector if
        // Image Type Value 4 is TRANSMISSION and Value 3 is none of TOMO, GATED TOMO, RECON TOMO, RECON GATED TOMO;
        // C.8.4.12: a Rotation Information item if Value 4 is TRANSMISSION (both Type 2C).
        String detector = "DetectorInformationSequence[0]";
        String rotation = "RotationInformationSequence[0]";
        for (String value3 : List.of("STATIC", "DYNAMIC", "GATED", "WHOLE BODY")) {
            assertEquals(List.of(detector), distance(nuclearMedicine(value3, "TRANSMISSION")), value3);
        }
        assertEquals(List.of(rotation), distance(nuclearMedicine("TOMO", "TRANSMISSION")));
        assertEquals(List.of(rotation), distance(nuclearMedicine("RECON GATED TOMO", "TRANSMISSION")));
        assertEquals(List.of(), distance(nuclearMedicine("STATIC", "EMISSION")));
        assertEquals(List.of(), distance(nuclearMedicine("TOMO", "EMISSION")));
    }

    @Test
    void aSynchronizedWaveformGivesEachMultiplexGroupItsTimeOffset() throws IOException {
        // PS3.3 C.10.9 (2024e condition list): Multiplex Group Time Offset is required if Acquisition Time
        // Synchronized (Synchronization Module, top level) is Y, and may be present otherwise: hand-conditions.tsv says
        // so ("allowed"), against dicom3tools, which does not flag the row.
        String group = "WaveformSequence[0]";
        assertReported(List.of(group), ecg("Y", false), TwelveLeadEcg.class, Violation.Kind.MISSING, "MultiplexGroupTimeOffset");
        assertReported(List.of(), ecg("N", false), TwelveLeadEcg.class, Violation.Kind.MISSING, "MultiplexGroupTimeOffset");
        assertReported(List.of(), ecg("N", true), TwelveLeadEcg.class, Violation.Kind.NOT_ALLOWED, "MultiplexGroupTimeOffset");
        assertReported(List.of(), ecg("Y", true), TwelveLeadEcg.class, Violation.Kind.NOT_ALLOWED, "MultiplexGroupTimeOffset");
    }

    /** @return an RT Image of the Image Type Value 3 and frame count, with one empty Exposure Sequence item */
    private static RtImage rtImage(String value3, int frames) {
        RtImage image = new RtImage();
        identify(image, RtImage.SOP_CLASS_UIDS.get(0));
        image.dataset().setString(Tags.ImageType, "ORIGINAL", "PRIMARY", value3);
        image.dataset().setString(Tags.NumberOfFrames, Integer.toString(frames));
        image.dataset().newSequence(Tags.ExposureSequence).addItem();
        return image;
    }

    /**
     * @return an NM Image of the Image Type Values 3 and 4 with one empty detector item and, for a tomographic Value
     *     3 (the NM Tomo Acquisition Module's images), one empty rotation item
     */
    private static NuclearMedicineImage nuclearMedicine(String value3, String value4) {
        NuclearMedicineImage image = new NuclearMedicineImage();
        identify(image, NuclearMedicineImage.SOP_CLASS_UIDS.get(0));
        image.dataset().setString(Tags.ImageType, "ORIGINAL", "PRIMARY", value3, value4);
        image.dataset().newSequence(Tags.DetectorInformationSequence).addItem();
        if (value3.contains("TOMO")) {
            image.dataset().newSequence(Tags.RotationInformationSequence).addItem();
        }
        return image;
    }

    private static List<String> distance(NuclearMedicineImage image) throws IOException {
        return reported(image, NuclearMedicineImage.class, Violation.Kind.MISSING, "DistanceSourceToDetector");
    }

    /** @return a 12-Lead ECG with Acquisition Time Synchronized and one multiplex group, with or without its offset */
    private static TwelveLeadEcg ecg(String synchronized_, boolean offset) {
        TwelveLeadEcg ecg = new TwelveLeadEcg();
        identify(ecg, TwelveLeadEcg.SOP_CLASS_UIDS.get(0));
        ecg.dataset().setString(Tags.AcquisitionTimeSynchronized, synchronized_);
        Dataset group = ecg.dataset().newSequence(Tags.WaveformSequence).addItem();
        if (offset) {
            group.setString(Tags.MultiplexGroupTimeOffset, "0.5");
        }
        return ecg;
    }

    /** AS_IS fills nothing, and the File Meta Information needs the SOP Class and Instance. */
    private static void identify(DicomObject instance, String sopClass) {
        instance.dataset().setString(Tags.SOPClassUID, sopClass);
        instance.dataset().setString(Tags.SOPInstanceUID, "2.25.7");
    }

    private static <T extends DicomObject> void assertReported(List<String> expected, T instance, Class<T> type,
            Violation.Kind kind, String... keywords) throws IOException {
        for (String keyword : keywords) {
            assertEquals(expected, reported(instance, type, kind, keyword), keyword);
        }
    }

    /** @return where the keyword is reported as {@code kind} once the instance is written AS_IS and read back */
    private static <T extends DicomObject> List<String> reported(T instance, Class<T> type, Violation.Kind kind,
            String keyword) throws IOException {
        return CtRtHandConditionsTest.reported(ProseConditionsTest.reread(instance, type, WriteMode.AS_IS), kind,
                keyword);
    }
}

package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Dicom;
import dev.iodine.data.PersonName;
import dev.iodine.iod.value.Modality;
import dev.iodine.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's builder example: an RT plan with two beams of two control points each, written through
 * {@code RtPlan.builder()} (items filled by consumers, to any depth), valid, written, read back, and checked by
 * dciodvfy when it is installed. The machine settings are FromScratchTest's.
 */
class RtPlanBuilderTest {

    static RtPlan builtRtPlan() {
        return RtPlan.builder()
                .patientName(PersonName.of("Phantom", "Water"))
                .patientID("PHANTOM-1")
                .modality(Modality.RTPLAN)
                .rTPlanLabel("AP-PA")
                .rTPlanGeometry("TREATMENT_DEVICE")
                .fractionGroupSequence(group -> FromScratchTest.fractionGroup(group, 2))
                .beamSequence(beam -> {                        // one Beam Sequence item per call
                    FromScratchTest.staticBeam(beam, 1, "AP");     // beam.setBeamNumber(1), the machine, its jaws
                    beam.addControlPointSequenceItem(cp -> FromScratchTest.firstControlPoint(cp, 0.0));
                    beam.addControlPointSequenceItem(FromScratchTest::lastControlPoint);
                })
                .beamSequence(beam -> {
                    FromScratchTest.staticBeam(beam, 2, "PA");
                    beam.addControlPointSequenceItem(cp -> {      // items fill their own sequences, to any depth
                        FromScratchTest.firstControlPoint(cp, 0.0);
                        cp.setGantryAngle(180.0);
                    });
                    beam.addControlPointSequenceItem(FromScratchTest::lastControlPoint);
                })
                .build();
    }

    @Test
    void rtPlanBuiltWithItsBeamsIsValidWrittenAndReadsBack(@TempDir Path dir) throws Exception {
        RtPlan plan = builtRtPlan();
        assertEquals(2, plan.getBeamSequence().size());
        assertEquals(2, plan.getBeamSequence().get(0).getControlPointSequence().size());
        assertEquals(2, plan.getBeamSequence().get(1).getControlPointSequence().get(0)
                .getBeamLimitingDevicePositionSequence().size());

        Path file = dir.resolve("plan.dcm");
        Dicom.write(file, plan);   // fills the UIDs and the empty Type 2 attributes, refuses an invalid plan

        RtPlan back = Dicom.read(file, RtPlan.class);
        ValidationReport report = Dicom.validate(back);
        assertTrue(report.isValid(), report.toString());
        assertEquals(List.of(), back.checkConstraints());
        assertEquals(2, back.getBeamSequence().size());
        assertEquals("PA", back.getBeamSequence().get(1).getBeamName());
        assertEquals(180.0, back.getBeamSequence().get(1).getControlPointSequence().get(0).getGantryAngle());
        assertEquals(0.0, back.getBeamSequence().get(0).getControlPointSequence().get(0).getGantryAngle());
        assertTrue(back.getBeamSequence().get(1).getControlPointSequence().get(1).getGantryAngle() == null,
                "the last control point changes nothing");
        FromScratchTest.assertNoDciodvfyErrors(file);
    }

    @Test
    void emptySequenceThroughTheBuilderIsPresentWithoutItems() {
        RtPlan plan = RtPlan.builder().referencedStructureSetSequenceEmpty().build();
        assertTrue(plan.containsReferencedStructureSetSequence());
        assertEquals(List.of(), plan.getReferencedStructureSetSequence());
    }
}

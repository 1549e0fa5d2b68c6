package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Dicom;
import dev.iodine.data.PersonName;
import dev.iodine.iod.module.RtBeamsModuleData.Beam;
import dev.iodine.iod.module.RtBeamsModuleData.Beam.ControlPoint;
import dev.iodine.iod.module.RtFractionSchemeModuleData.FractionGroup;
import dev.iodine.iod.value.BeamLimitingDeviceRotationDirection;
import dev.iodine.iod.value.BeamType;
import dev.iodine.iod.value.GantryRotationDirection;
import dev.iodine.iod.value.Modality;
import dev.iodine.iod.value.PatientSupportRotationDirection;
import dev.iodine.iod.value.PhotometricInterpretation;
import dev.iodine.iod.value.PrimaryDosimeterUnit;
import dev.iodine.iod.value.RTBeamLimitingDeviceType;
import dev.iodine.iod.value.TableTopEccentricRotationDirection;
import dev.iodine.iod.value.TableTopPitchRotationDirection;
import dev.iodine.iod.value.TableTopRollRotationDirection;
import dev.iodine.testdata.Dciodvfy;
import dev.iodine.testdata.DciodvfyFinding;
import dev.iodine.testdata.DciodvfyReport;
import dev.iodine.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example: a CT image with pixel data and an RT plan with beams and control points, built from
 * nothing with the typed classes, written, read back, and checked by dciodvfy when it is installed.
 */
class FromScratchTest {

    /** The jaws of the plan's machine. */
    private static final List<RTBeamLimitingDeviceType> JAWS =
            List.of(RTBeamLimitingDeviceType.ASYMX, RTBeamLimitingDeviceType.ASYMY);

    static CtImage newCtImage() {
        CtImage ct = new CtImage();
        ct.setPatientName(PersonName.of("Phantom", "Water"));
        ct.setPatientID("PHANTOM-1");
        ct.setModality(Modality.CT);
        ct.setImageType(new String[] {"ORIGINAL", "PRIMARY", "AXIAL"});
        ct.setPixelSpacing(new double[] {0.5, 0.5});
        ct.setImageOrientationPatient(new double[] {1, 0, 0, 0, 1, 0});
        ct.setImagePositionPatient(new double[] {-8, -8, 0});
        ct.setSliceThickness(2.0);
        ct.setSamplesPerPixel(1);
        ct.setPhotometricInterpretation(PhotometricInterpretation.MONOCHROME2);
        ct.setRows(32);
        ct.setColumns(32);
        ct.setBitsAllocated(16);
        ct.setBitsStored(12);
        ct.setHighBit(11);
        ct.setPixelRepresentation(0);
        ct.setRescaleIntercept(-1024.0);
        ct.setRescaleSlope(1.0);
        byte[] pixels = new byte[32 * 32 * 2];
        for (int i = 0; i < 32 * 32; i++) {
            int value = 1024 + (i % 32) * 8;    // a ramp of Hounsfield units from water upwards
            pixels[2 * i] = (byte) value;
            pixels[2 * i + 1] = (byte) (value >> 8);
        }
        ct.setPixelData(pixels);
        return ct;
    }

    static RtPlan newRtPlan() {
        RtPlan plan = new RtPlan();
        plan.setPatientName(PersonName.of("Phantom", "Water"));
        plan.setPatientID("PHANTOM-1");
        plan.setModality(Modality.RTPLAN);
        plan.setRTPlanLabel("AP-PA");
        plan.setRTPlanGeometry("TREATMENT_DEVICE");
        fractionGroup(plan.addFractionGroupSequenceItem(), 2);
        for (int number = 1; number <= 2; number++) {
            Beam beam = plan.addBeamSequenceItem();
            staticBeam(beam, number, number == 1 ? "AP" : "PA");
            firstControlPoint(beam.addControlPointSequenceItem(), number == 1 ? 0.0 : 180.0);
            lastControlPoint(beam.addControlPointSequenceItem());
        }
        return plan;
    }

    /** One fraction group of 25 fractions delivering beams 1 to {@code beams}. */
    static void fractionGroup(FractionGroup fractions, int beams) {
        fractions.setFractionGroupNumber(1);
        fractions.setNumberOfFractionsPlanned(25);
        fractions.setNumberOfBeams(beams);
        fractions.setNumberOfBrachyApplicationSetups(0);
        for (int number = 1; number <= beams; number++) {
            fractions.addReferencedBeamSequenceItem().setReferencedBeamNumber(number);
        }
    }

    /** A static photon beam of the plan's machine, with jaws only; its two control points are added apart. */
    static void staticBeam(Beam beam, int number, String name) {
        beam.setBeamNumber(number);
        beam.setBeamName(name);
        beam.setBeamType(BeamType.STATIC);
        beam.setRadiationType("PHOTON");
        beam.setTreatmentMachineName("LINAC-1");
        beam.setPrimaryDosimeterUnit(PrimaryDosimeterUnit.MU);
        beam.setSourceAxisDistance(1000.0);
        for (RTBeamLimitingDeviceType jaw : JAWS) {
            Beam.BeamLimitingDevice device = beam.addBeamLimitingDeviceSequenceItem();
            device.setRTBeamLimitingDeviceType(jaw);
            device.setNumberOfLeafJawPairs(1);
        }
        beam.setNumberOfWedges(0);
        beam.setNumberOfCompensators(0);
        beam.setNumberOfBoli(0);
        beam.setNumberOfBlocks(0);
        beam.setFinalCumulativeMetersetWeight(1.0);
        beam.setNumberOfControlPoints(2);
    }

    /** The first control point, which gives every machine setting (PS3.3 C.8.8.14.5). */
    static void firstControlPoint(ControlPoint cp, double gantry) {
        cp.setControlPointIndex(0);
        cp.setCumulativeMetersetWeight(0.0);
        cp.setNominalBeamEnergy(6.0);
        for (RTBeamLimitingDeviceType jaw : JAWS) {
            var position = cp.addBeamLimitingDevicePositionSequenceItem();
            position.setRTBeamLimitingDeviceType(jaw);
            position.setLeafJawPositions(new double[] {-50, 50});
        }
        cp.setGantryAngle(gantry);
        cp.setGantryRotationDirection(GantryRotationDirection.NONE);
        cp.setBeamLimitingDeviceAngle(0.0);
        cp.setBeamLimitingDeviceRotationDirection(BeamLimitingDeviceRotationDirection.NONE);
        cp.setPatientSupportAngle(0.0);
        cp.setPatientSupportRotationDirection(PatientSupportRotationDirection.NONE);
        cp.setTableTopEccentricAngle(0.0);
        cp.setTableTopEccentricRotationDirection(TableTopEccentricRotationDirection.NONE);
        cp.setTableTopPitchAngle(0.0f);
        cp.setTableTopPitchRotationDirection(TableTopPitchRotationDirection.NONE);
        cp.setTableTopRollAngle(0.0f);
        cp.setTableTopRollRotationDirection(TableTopRollRotationDirection.NONE);
        cp.setIsocenterPosition(new double[] {0, 0, 0});
    }

    /** The last control point: the whole meterset delivered, nothing changed. */
    static void lastControlPoint(ControlPoint cp) {
        cp.setControlPointIndex(1);
        cp.setCumulativeMetersetWeight(1.0);
    }

    @Test
    void ctImageBuiltFromNothingIsWrittenValidAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ct.dcm");
        CtImage ct = newCtImage();
        Dicom.write(file, ct);

        CtImage back = assertInstanceOf(CtImage.class, Dicom.read(file));
        ValidationReport report = Dicom.validate(back);
        assertTrue(report.isValid(), report.toString());
        assertTrue(back.getSOPInstanceUID().startsWith("2.25."), back.getSOPInstanceUID());
        assertEquals("1.2.840.10008.5.1.4.1.1.2", back.getSOPClassUID());
        assertTrue(back.containsStudyDate() && back.getStudyDate() == null, "Type 2 Study Date written empty");
        assertArrayEquals(ct.getPixelData(), back.getPixelData());
        assertNoDciodvfyErrors(file);
    }

    @Test
    void rtPlanBuiltFromNothingIsWrittenValidAndReadsBackWithItsBeams(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.dcm");
        Dicom.write(file, newRtPlan());

        RtPlan back = Dicom.read(file, RtPlan.class);
        assertTrue(Dicom.validate(back).isValid(), Dicom.validate(back).toString());
        assertEquals(2, back.getBeamSequence().size());
        assertEquals(180.0, back.getBeamSequence().get(1).getControlPointSequence().get(0).getGantryAngle());
        assertEquals("PA", back.getBeamSequence().get(1).getBeamName());
        assertNoDciodvfyErrors(file);
    }

    static void assertNoDciodvfyErrors(Path file) {
        DciodvfyReport report = Dciodvfy.require().run(file);
        List<String> errors = report.errors().stream().map(DciodvfyFinding::line).toList();
        assertEquals(List.of(), errors, report.output());
    }
}

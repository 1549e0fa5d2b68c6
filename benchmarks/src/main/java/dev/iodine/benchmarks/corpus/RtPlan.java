package dev.iodine.benchmarks.corpus;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.UIDs;
import java.util.Random;

/**
 * An RT Plan (PS3.3 A.20) of {@link #BEAMS} dynamic MLC beams with {@link #CONTROL_POINTS} control points each, every
 * control point carrying its angles, meterset weight and the positions of the X and Y jaws and of a 2 x 60 leaf
 * MLC: about 16,500 elements, most of them DS. Leaf positions are a smooth random walk from a fixed seed.
 */
final class RtPlan {

    static final int BEAMS = 10;
    static final int CONTROL_POINTS = 100;
    private static final int LEAF_PAIRS = 60;

    private RtPlan() {
    }

    /** Plan number {@code index}; plans differ in their values, not in their structure. */
    static Dataset plan(int index) {
        return plan(index, BEAMS, CONTROL_POINTS);
    }

    static Dataset plan(int index, int beams, int controlPoints) {
        Random rnd = new Random(2000L + index);
        Dataset ds = new Dataset();
        CommonModules.patientAndStudy(ds);
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.InstanceCreationDate, VR.DA, "20240402");
        ds.setString(Tags.InstanceCreationTime, VR.TM, "141502.125");
        ds.setString(Tags.SOPClassUID, VR.UI, UIDs.RTPlanStorage);
        ds.setString(Tags.SOPInstanceUID, VR.UI, Uids.of("rtplan/sop/" + index));
        ds.setString(Tags.Modality, VR.CS, "RTPLAN");
        ds.setString(Tags.Manufacturer, VR.LO, "Iodine Oncology");
        ds.setString(Tags.SeriesDescription, VR.LO, "VMAT prostate");
        ds.setString(Tags.OperatorsName, VR.PN, "Nakamura^Yuki=中村^由紀");
        ds.setString(Tags.ManufacturerModelName, VR.LO, "Iodine Planning");
        ds.setString(Tags.SoftwareVersions, VR.LO, "16.1.3");
        ds.setString(Tags.SeriesInstanceUID, VR.UI, Uids.of("rtplan/series/" + index));
        ds.setInt(Tags.SeriesNumber, VR.IS, 100 + index);
        ds.setInt(Tags.InstanceNumber, VR.IS, 1);
        ds.setString(Tags.RTPlanLabel, VR.SH, "Prostate_" + index);
        ds.setString(Tags.RTPlanName, VR.LO, "Prostate VMAT 78Gy/39fx");
        ds.setString(Tags.RTPlanDate, VR.DA, "20240402");
        ds.setString(Tags.RTPlanTime, VR.TM, "141502");
        ds.setString(Tags.RTPlanGeometry, VR.CS, "PATIENT");
        Sequence rs = ds.newSequence(Tags.ReferencedStructureSetSequence);
        rs.addItem().setString(Tags.ReferencedSOPClassUID, VR.UI, UIDs.RTStructureSetStorage)
                .setString(Tags.ReferencedSOPInstanceUID, VR.UI, Uids.of("rtstruct"));

        Sequence doseRefs = ds.newSequence(Tags.DoseReferenceSequence);
        Dataset target = doseRefs.addItem();
        target.setInt(Tags.DoseReferenceNumber, VR.IS, 1);
        target.setString(Tags.DoseReferenceUID, VR.UI, Uids.of("rtplan/dose-ref/" + index));
        target.setString(Tags.DoseReferenceStructureType, VR.CS, "SITE");
        target.setString(Tags.DoseReferenceDescription, VR.LO, "PTV prostate");
        target.setString(Tags.DoseReferenceType, VR.CS, "TARGET");
        target.setDouble(Tags.DeliveryMaximumDose, VR.DS, 81.9);
        target.setDouble(Tags.TargetPrescriptionDose, VR.DS, 78);

        Sequence fractions = ds.newSequence(Tags.FractionGroupSequence);
        Dataset fg = fractions.addItem();
        fg.setInt(Tags.FractionGroupNumber, VR.IS, 1);
        fg.setInt(Tags.NumberOfFractionsPlanned, VR.IS, 39);
        fg.setInt(Tags.NumberOfBeams, VR.IS, beams);
        fg.setInt(Tags.NumberOfBrachyApplicationSetups, VR.IS, 0);
        Sequence refBeams = fg.newSequence(Tags.ReferencedBeamSequence);

        Sequence beamSeq = ds.newSequence(Tags.BeamSequence);
        for (int b = 0; b < beams; b++) {
            double mu = 80 + rnd.nextDouble() * 60;
            refBeams.addItem().setInt(Tags.ReferencedBeamNumber, VR.IS, b + 1)
                    .setDouble(Tags.BeamDoseSpecificationPoint, VR.DS, 1.2, -3.4, 10.5)
                    .setDouble(Tags.BeamDose, VR.DS, 2.0 / beams)
                    .setDouble(Tags.BeamMeterset, VR.DS, round(mu, 4));
            beam(beamSeq.addItem(), b, controlPoints, rnd);
        }

        Sequence setup = ds.newSequence(Tags.PatientSetupSequence);
        setup.addItem().setString(Tags.PatientPosition, VR.CS, "HFS").setInt(Tags.PatientSetupNumber, VR.IS, 1)
                .setString(Tags.SetupTechnique, VR.CS, "ISOCENTRIC");
        ds.setString(Tags.ApprovalStatus, VR.CS, "APPROVED");
        ds.setString(Tags.ReviewDate, VR.DA, "20240403");
        ds.setString(Tags.ReviewTime, VR.TM, "083012");
        ds.setString(Tags.ReviewerName, VR.PN, "Favre^Jean");
        return ds;
    }

    private static void beam(Dataset beam, int b, int controlPoints, Random rnd) {
        beam.setString(Tags.Manufacturer, VR.LO, "Iodine Linac");
        beam.setString(Tags.InstitutionName, VR.LO, "Hôpital Universitaire de Genève");
        beam.setString(Tags.TreatmentMachineName, VR.SH, "TrueBeam1");
        beam.setString(Tags.PrimaryDosimeterUnit, VR.CS, "MU");
        beam.setDouble(Tags.SourceAxisDistance, VR.DS, 1000);
        Sequence devices = beam.newSequence(Tags.BeamLimitingDeviceSequence);
        devices.addItem().setString(Tags.RTBeamLimitingDeviceType, VR.CS, "ASYMX").setInt(Tags.NumberOfLeafJawPairs, VR.IS, 1);
        devices.addItem().setString(Tags.RTBeamLimitingDeviceType, VR.CS, "ASYMY").setInt(Tags.NumberOfLeafJawPairs, VR.IS, 1);
        double[] boundaries = new double[LEAF_PAIRS + 1];
        for (int k = 0; k <= LEAF_PAIRS; k++) {
            // 10 outer pairs of 10 mm, 40 central pairs of 5 mm (a 120-leaf MLC).
            boundaries[k] = k <= 10 ? -200 + 10 * k : k <= 50 ? -100 + 5 * (k - 10) : 100 + 10 * (k - 50);
        }
        devices.addItem().setString(Tags.RTBeamLimitingDeviceType, VR.CS, "MLCX")
                .setInt(Tags.NumberOfLeafJawPairs, VR.IS, LEAF_PAIRS)
                .setDouble(Tags.LeafPositionBoundaries, VR.DS, boundaries);
        beam.setInt(Tags.BeamNumber, VR.IS, b + 1);
        beam.setString(Tags.BeamName, VR.LO, "ARC" + (b + 1));
        beam.setString(Tags.BeamDescription, VR.ST, "VMAT arc " + (b + 1));
        beam.setString(Tags.BeamType, VR.CS, "DYNAMIC");
        beam.setString(Tags.RadiationType, VR.CS, "PHOTON");
        beam.setString(Tags.TreatmentDeliveryType, VR.CS, "TREATMENT");
        beam.setInt(Tags.NumberOfWedges, VR.IS, 0);
        beam.setInt(Tags.NumberOfCompensators, VR.IS, 0);
        beam.setInt(Tags.NumberOfBoli, VR.IS, 0);
        beam.setInt(Tags.NumberOfBlocks, VR.IS, 0);
        beam.setDouble(Tags.FinalCumulativeMetersetWeight, VR.DS, 1);
        beam.setInt(Tags.NumberOfControlPoints, VR.IS, controlPoints);
        beam.setInt(Tags.ReferencedPatientSetupNumber, VR.IS, 1);

        Sequence cps = beam.newSequence(Tags.ControlPointSequence);
        double[] leaves = new double[2 * LEAF_PAIRS];
        for (int k = 0; k < LEAF_PAIRS; k++) {
            leaves[k] = -20 - rnd.nextDouble() * 30;
            leaves[LEAF_PAIRS + k] = 20 + rnd.nextDouble() * 30;
        }
        boolean clockwise = b % 2 == 0;
        for (int c = 0; c < controlPoints; c++) {
            Dataset cp = cps.addItem();
            double fraction = controlPoints == 1 ? 1 : (double) c / (controlPoints - 1);
            cp.setInt(Tags.ControlPointIndex, VR.IS, c);
            cp.setDouble(Tags.NominalBeamEnergy, VR.DS, 6);
            Sequence positions = cp.newSequence(Tags.BeamLimitingDevicePositionSequence);
            positions.addItem().setString(Tags.RTBeamLimitingDeviceType, VR.CS, "ASYMX")
                    .setDouble(Tags.LeafJawPositions, VR.DS, round(-55 - rnd.nextDouble(), 2), round(55 + rnd.nextDouble(), 2));
            positions.addItem().setString(Tags.RTBeamLimitingDeviceType, VR.CS, "ASYMY")
                    .setDouble(Tags.LeafJawPositions, VR.DS, round(-60 - rnd.nextDouble(), 2), round(60 + rnd.nextDouble(), 2));
            double[] now = new double[leaves.length];
            for (int k = 0; k < LEAF_PAIRS; k++) {
                leaves[k] = Math.min(leaves[k] + rnd.nextGaussian(), -0.5);
                leaves[LEAF_PAIRS + k] = Math.max(leaves[LEAF_PAIRS + k] + rnd.nextGaussian(), leaves[k] + 0.5);
                now[k] = round(leaves[k], 3);
                now[LEAF_PAIRS + k] = round(leaves[LEAF_PAIRS + k], 3);
            }
            positions.addItem().setString(Tags.RTBeamLimitingDeviceType, VR.CS, "MLCX").setDouble(Tags.LeafJawPositions, VR.DS, now);
            double gantry = (clockwise ? 181 + fraction * 358 : 179 - fraction * 358 + 360) % 360;
            cp.setDouble(Tags.GantryAngle, VR.DS, round(gantry, 4));
            cp.setString(Tags.GantryRotationDirection, VR.CS, clockwise ? "CW" : "CC");
            cp.setDouble(Tags.BeamLimitingDeviceAngle, VR.DS, clockwise ? 30 : 330);
            cp.setDouble(Tags.PatientSupportAngle, VR.DS, 0);
            cp.setDouble(Tags.IsocenterPosition, VR.DS, 1.2, -3.4, 10.5);
            cp.setDouble(Tags.SourceToSurfaceDistance, VR.DS, round(900 + rnd.nextDouble() * 50, 3));
            cp.setDouble(Tags.CumulativeMetersetWeight, VR.DS, round(fraction, 6));
        }
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}

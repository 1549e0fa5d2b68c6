package dev.iodine.benchmarks.corpus;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.UIDs;
import java.util.Random;

/**
 * The header of one slice of an axial CT series as a scanner writes it (CT Image IOD, PS3.3 A.3): SOP Common,
 * Patient, General Study, Patient Study, General Series, Frame of Reference, General Equipment, General Image,
 * Image Plane, Image Pixel, CT Image, VOI LUT and a private block, about 150 elements with a few sequences.
 * Values vary per slice (position, time, exposure) from a fixed seed.
 */
final class CtSeries {

    static final int ROWS = 512;
    static final int COLUMNS = 512;
    private static final double SLICE_SPACING = 1.25;
    private static final String CREATOR = "IODINE BENCH CT 1.0";

    private CtSeries() {
    }

    /** The header of slice {@code index} (0-based) of a series of {@code count} slices. */
    static Dataset slice(int index, int count) {
        Random rnd = new Random(1000L + index);
        Dataset ds = new Dataset();
        CommonModules.patientAndStudy(ds);
        CommonModules.ctEquipmentAndPixels(ds);
        String time = String.format("0931%02d.%06d", index % 60, rnd.nextInt(1_000_000));
        double z = -200 + index * SLICE_SPACING;

        // SOP Common (C.12.1)
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL", "CT_SOM5 SPI");
        ds.setString(Tags.InstanceCreationDate, VR.DA, "20240312");
        ds.setString(Tags.InstanceCreationTime, VR.TM, time);
        ds.setString(Tags.SOPClassUID, VR.UI, UIDs.CTImageStorage);
        ds.setString(Tags.SOPInstanceUID, VR.UI, Uids.of("ct/sop/" + index));
        ds.setString(Tags.SeriesDate, VR.DA, "20240312");
        ds.setString(Tags.AcquisitionDate, VR.DA, "20240312");
        ds.setString(Tags.ContentDate, VR.DA, "20240312");
        ds.setString(Tags.SeriesTime, VR.TM, "093105.120000");
        ds.setString(Tags.AcquisitionTime, VR.TM, time);
        ds.setString(Tags.ContentTime, VR.TM, time);
        ds.setString(Tags.InstitutionAddress, VR.ST, "Rue Gabrielle-Perret-Gentil 4\r\n1205 Genève\r\nSwitzerland");
        ds.setString(Tags.StationName, VR.SH, "CTAWP91842");
        Codes.put(ds, Tags.ProcedureCodeSequence, "CTTAP", "99IODINE", "CT Thorax Abdomen Pelvis");
        ds.setString(Tags.SeriesDescription, VR.LO, "Thorax-Abdomen 1.25 B30f");
        ds.setString(Tags.InstitutionalDepartmentName, VR.LO, "Radiologie");
        ds.setString(Tags.PhysiciansOfRecord, VR.PN, "Favre^Jean");
        ds.setString(Tags.OperatorsName, VR.PN, "Rossi^Chiara", "Keller^Tom");
        Sequence ref = ds.newSequence(Tags.ReferencedPerformedProcedureStepSequence);
        ref.addItem().setString(Tags.ReferencedSOPClassUID, VR.UI, UIDs.ModalityPerformedProcedureStep)
                .setString(Tags.ReferencedSOPInstanceUID, VR.UI, Uids.of("ct/mpps"));
        Sequence src = ds.newSequence(Tags.SourceImageSequence);
        if (index > 0) {
            src.addItem().setString(Tags.ReferencedSOPClassUID, VR.UI, UIDs.CTImageStorage)
                    .setString(Tags.ReferencedSOPInstanceUID, VR.UI, Uids.of("ct/sop/" + (index - 1)));
        }
        ds.setString(Tags.DerivationDescription, VR.ST, "");
        ds.setString(Tags.IrradiationEventUID, VR.UI, Uids.of("ct/irradiation"));

        // Patient (C.7.1.1), Patient Study (C.7.2.2)
        ds.setString(Tags.IssuerOfPatientID, VR.LO, "HUG");
        Sequence other = ds.newSequence(Tags.OtherPatientIDsSequence);
        other.addItem().setString(Tags.PatientID, VR.LO, "756.1234.5678.97").setString(Tags.IssuerOfPatientID, VR.LO, "AVS")
                .setString(Tags.TypeOfPatientID, VR.CS, "TEXT");
        ds.setString(Tags.PatientAge, VR.AS, "066Y");
        ds.setDouble(Tags.PatientSize, VR.DS, 1.78);
        ds.setDouble(Tags.PatientWeight, VR.DS, 81.5);
        ds.setString(Tags.AdditionalPatientHistory, VR.LT, "Suivi oncologique, status post résection.");
        ds.setString(Tags.PatientIdentityRemoved, VR.CS, "NO");

        // CT Image (C.8.2.1), acquisition
        ds.setString(Tags.ContrastBolusAgent, VR.LO, "Iopamidol 370");
        ds.setString(Tags.ScanOptions, VR.CS, "HELICAL_CT");
        ds.setDouble(Tags.SliceThickness, VR.DS, SLICE_SPACING);
        ds.setDouble(Tags.KVP, VR.DS, 120);
        ds.setDouble(Tags.DataCollectionDiameter, VR.DS, 500);
        ds.setString(Tags.ProtocolName, VR.LO, "ThoraxAbdomen_KM");
        ds.setDouble(Tags.ReconstructionDiameter, VR.DS, 380);
        ds.setDouble(Tags.DistanceSourceToDetector, VR.DS, 1085.6);
        ds.setDouble(Tags.DistanceSourceToPatient, VR.DS, 595);
        ds.setDouble(Tags.GantryDetectorTilt, VR.DS, 0);
        ds.setDouble(Tags.TableHeight, VR.DS, 148);
        ds.setString(Tags.RotationDirection, VR.CS, "CW");
        ds.setInt(Tags.ExposureTime, VR.IS, 500);
        ds.setInt(Tags.XRayTubeCurrent, VR.IS, 180 + rnd.nextInt(120));
        ds.setInt(Tags.Exposure, VR.IS, 90 + rnd.nextInt(60));
        ds.setString(Tags.FilterType, VR.SH, "FLAT");
        ds.setInt(Tags.GeneratorPower, VR.IS, 36);
        ds.setDouble(Tags.FocalSpots, VR.DS, 1.2);
        ds.setString(Tags.ConvolutionKernel, VR.SH, "B30f");
        ds.setDouble(Tags.RevolutionTime, VR.FD, 0.5);
        ds.setDouble(Tags.SingleCollimationWidth, VR.FD, 0.6);
        ds.setDouble(Tags.TotalCollimationWidth, VR.FD, 38.4);
        ds.setDouble(Tags.TableSpeed, VR.FD, 46.1);
        ds.setDouble(Tags.TableFeedPerRotation, VR.FD, 23.0);
        ds.setDouble(Tags.SpiralPitchFactor, VR.FD, 0.6);
        ds.setDouble(Tags.CTDIvol, VR.FD, 7.5 + rnd.nextDouble());
        Codes.put(ds, Tags.CTDIPhantomTypeCodeSequence, "113691", "DCM", "IEC Body Dosimetry Phantom");

        // General Study, General Series, Frame of Reference, General Image
        ds.setString(Tags.SeriesInstanceUID, VR.UI, Uids.of("ct/series"));
        ds.setInt(Tags.SeriesNumber, VR.IS, 3);
        ds.setInt(Tags.AcquisitionNumber, VR.IS, 2);
        ds.setInt(Tags.InstanceNumber, VR.IS, index + 1);
        ds.setDouble(Tags.ImagePositionPatient, VR.DS, -190.0, -365.4, z);
        ds.setDouble(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tags.SliceLocation, VR.DS, z);
        ds.setString(Tags.ImageComments, VR.LT, "Slice " + (index + 1) + " of " + count);
        Sequence request = ds.newSequence(Tags.RequestAttributesSequence);
        Dataset req = request.addItem();
        req.setString(Tags.ScheduledProcedureStepID, VR.SH, "SPS-77312");
        req.setString(Tags.RequestedProcedureID, VR.SH, "RP-42-1");
        Codes.put(req, Tags.ScheduledProtocolCodeSequence, "CTTAP", "99IODINE", "CT Thorax Abdomen Pelvis");

        // Image Pixel (C.7.6.3), Image Plane (C.7.6.2), CT Image rescale, VOI LUT (C.11.2)
        ds.setDouble(Tags.PixelSpacing, VR.DS, 0.7421875, 0.7421875);
        ds.setInt(Tags.SmallestImagePixelValue, VR.US, 0);
        ds.setInt(Tags.LargestImagePixelValue, VR.US, 1700 + rnd.nextInt(2000));
        ds.setDouble(Tags.WindowCenter, VR.DS, 40, 400);
        ds.setDouble(Tags.WindowWidth, VR.DS, 400, 1500);
        ds.setDouble(Tags.RescaleIntercept, VR.DS, -1024);
        ds.setDouble(Tags.RescaleSlope, VR.DS, 1);
        ds.setString(Tags.RescaleType, VR.LO, "HU");
        ds.setString(Tags.WindowCenterWidthExplanation, VR.LO, "WINDOW1", "WINDOW2");

        // A vendor block of the kind every scanner adds (PS3.5 7.8): creator, text, numbers, a binary blob.
        int block = ds.reservePrivateTag(CREATOR, 0x00191000);
        ds.setString(block, VR.LO, "Iodine reconstruction");
        ds.setDouble(block + 1, VR.DS, 0.5, 0.6, 38.4);
        ds.setInt(block + 2, VR.SL, rnd.nextInt(100_000));
        ds.setDouble(block + 3, VR.FD, rnd.nextGaussian(), rnd.nextGaussian());
        ds.setString(block + 4, VR.SH, "B30f");
        byte[] blob = new byte[2048];
        rnd.nextBytes(blob);
        ds.setBytes(block + 5, VR.OB, blob);
        ds.setString(block + 6, VR.UT, "kernel=B30f;iterations=3;strength=2;noiseIndex=" + rnd.nextInt(40));
        return ds;
    }
}

package dev.iodine.benchmarks.corpus;

import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;

/**
 * The modules every file of the corpus shares, because they all belong to one patient's study: Patient (PS3.3
 * C.7.1.1), General Study (C.7.2.1), Frame of Reference (C.7.4.1); and those the two CT objects share: General
 * Equipment (C.7.5.1) and Image Pixel (C.7.6.3) of 512 x 512 12-bit-in-16 monochrome frames.
 */
final class CommonModules {

    private CommonModules() {
    }

    static void patientAndStudy(Dataset ds) {
        ds.setString(Tags.PatientName, VR.PN, "Dupont^Jean-François^^M.");
        ds.setString(Tags.PatientID, VR.LO, "PAT-0042-7731");
        ds.setString(Tags.PatientBirthDate, VR.DA, "19571103");
        ds.setString(Tags.PatientSex, VR.CS, "M");
        ds.setString(Tags.StudyInstanceUID, VR.UI, Uids.of("ct/study"));
        ds.setString(Tags.StudyDate, VR.DA, "20240312");
        ds.setString(Tags.StudyTime, VR.TM, "092955.000000");
        ds.setString(Tags.StudyID, VR.SH, "42");
        ds.setString(Tags.AccessionNumber, VR.SH, "A20240312-0042");
        ds.setString(Tags.ReferringPhysicianName, VR.PN, "Müller^Anna^^Dr.");
        ds.setString(Tags.StudyDescription, VR.LO, "CT THORAX ABDOMEN PELVIS mit KM");
        ds.setString(Tags.FrameOfReferenceUID, VR.UI, Uids.of("ct/frame-of-reference"));
        ds.setString(Tags.PositionReferenceIndicator, VR.LO, "");
    }

    static void ctEquipmentAndPixels(Dataset ds) {
        ds.setString(Tags.Modality, VR.CS, "CT");
        ds.setString(Tags.Manufacturer, VR.LO, "Iodine Medical Systems");
        ds.setString(Tags.InstitutionName, VR.LO, "Hôpital Universitaire de Genève");
        ds.setString(Tags.ManufacturerModelName, VR.LO, "Iodine Somatom 128");
        ds.setString(Tags.DeviceSerialNumber, VR.LO, "91842");
        ds.setString(Tags.SoftwareVersions, VR.LO, "syngo CT VA48A", "SOM5 CT 2.0");
        ds.setString(Tags.BodyPartExamined, VR.CS, "CHEST");
        ds.setString(Tags.PatientPosition, VR.CS, "FFS");
        ds.setInt(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tags.Rows, VR.US, CtSeries.ROWS);
        ds.setInt(Tags.Columns, VR.US, CtSeries.COLUMNS);
        ds.setInt(Tags.BitsAllocated, VR.US, 16);
        ds.setInt(Tags.BitsStored, VR.US, 12);
        ds.setInt(Tags.HighBit, VR.US, 11);
        ds.setInt(Tags.PixelRepresentation, VR.US, 0);
        ds.setString(Tags.LossyImageCompression, VR.CS, "00");
    }
}

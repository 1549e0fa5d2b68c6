package dev.iodine.cli;

import dev.iodine.data.Dataset;
import dev.iodine.data.PersonName;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.io.DicomWriter;
import dev.iodine.io.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the sample file {@code testdata/src/main/resources/samples/ct-phantom.dcm} with Iodine's own writer: a
 * synthetic 64×64 16-bit CT slice of a water phantom (a 0 HU cylinder in air with bone, fat and air inserts) and
 * the header a CT scanner would write (CT Image IOD, PS3.3 A.3). Deterministic: the same bytes on every run, which
 * {@link CtPhantomGeneratorTest} checks against the committed file.
 *
 * <p>Regenerate the committed file (from the repository root) with:
 * <pre>
 * mvn -q -B -pl cli -am test -Dtest=CtPhantomGeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Diodine.regenerate=true
 * </pre>
 */
final class CtPhantomGenerator {

    /** Where the sample lives, relative to the repository root. */
    static final String SAMPLE = "testdata/src/main/resources/samples/ct-phantom.dcm";

    static final int SIZE = 64;
    /** Stored value = HU + 1024 (Rescale Intercept -1024, Slope 1), so air (-1000 HU) is 24. */
    private static final int INTERCEPT = -1024;

    // Fixed UIDs under 2.25 (PS3.5 B.2), derived once from random UUIDs, so that the file never changes.
    private static final String STUDY_UID = "2.25.142367457125813398012431235913617410521";
    private static final String SERIES_UID = "2.25.263188472912471025118935208271063419847";
    private static final String INSTANCE_UID = "2.25.318652107384615285939016241727160347921";
    private static final String FRAME_OF_REFERENCE_UID = "2.25.76530268129751284911762431305802351768";
    private static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";

    private CtPhantomGenerator() {
    }

    /** Writes the phantom to {@code target} (Explicit VR Little Endian), replacing it. */
    static void write(Path target) throws IOException {
        DicomWriter.write(target, DicomWriter.newFile(dataset(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                WriteOptions.DEFAULT);
    }

    static Dataset dataset() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100")
                .setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL")
                .setString(Tags.SOPClassUID, VR.UI, CT_IMAGE_STORAGE)
                .setString(Tags.SOPInstanceUID, VR.UI, INSTANCE_UID)
                .setString(Tags.StudyDate, VR.DA, "20250101")
                .setString(Tags.ContentDate, VR.DA, "20250101")
                .setString(Tags.StudyTime, VR.TM, "093000")
                .setString(Tags.ContentTime, VR.TM, "093012.500")
                .setString(Tags.AccessionNumber, VR.SH, "IODINE0001")
                .setString(Tags.Modality, VR.CS, "CT")
                .setString(Tags.Manufacturer, VR.LO, "Iodine")
                .setEmpty(Tags.ReferringPhysicianName, VR.PN)
                .setString(Tags.StudyDescription, VR.LO, "Water phantom")
                .setString(Tags.SeriesDescription, VR.LO, "Axial 5 mm")
                .setString(Tags.ManufacturerModelName, VR.LO, "Synthetic phantom");
        Sequence procedure = ds.newSequence(Tags.ProcedureCodeSequence);
        procedure.addItem()
                .setString(Tags.CodeValue, VR.SH, "CTHEAD")
                .setString(Tags.CodingSchemeDesignator, VR.SH, "99IODINE")
                .setString(Tags.CodeMeaning, VR.LO, "CT phantom head protocol");
        ds.setPersonName(Tags.PatientName, PersonName.parse("Phantom^Water"))
                .setString(Tags.PatientID, VR.LO, "PHANTOM-001")
                .setEmpty(Tags.PatientBirthDate, VR.DA)
                .setString(Tags.PatientSex, VR.CS, "O")
                .setString(Tags.BodyPartExamined, VR.CS, "HEAD")
                .setString(Tags.SliceThickness, VR.DS, "5.0")
                .setString(Tags.KVP, VR.DS, "120")
                .setString(Tags.DataCollectionDiameter, VR.DS, "250.0")
                .setString(Tags.ReconstructionDiameter, VR.DS, "250.0")
                .setInt(Tags.ExposureTime, VR.IS, 1000)
                .setInt(Tags.XRayTubeCurrent, VR.IS, 200)
                .setString(Tags.ConvolutionKernel, VR.SH, "STANDARD")
                .setString(Tags.PatientPosition, VR.CS, "HFS")
                .setString(Tags.StudyInstanceUID, VR.UI, STUDY_UID)
                .setString(Tags.SeriesInstanceUID, VR.UI, SERIES_UID)
                .setString(Tags.StudyID, VR.SH, "1")
                .setInt(Tags.SeriesNumber, VR.IS, 2)
                .setInt(Tags.AcquisitionNumber, VR.IS, 1)
                .setInt(Tags.InstanceNumber, VR.IS, 1)
                .setString(Tags.ImagePositionPatient, VR.DS, "-125.0", "-125.0", "0.0")
                .setString(Tags.ImageOrientationPatient, VR.DS, "1", "0", "0", "0", "1", "0")
                .setString(Tags.FrameOfReferenceUID, VR.UI, FRAME_OF_REFERENCE_UID)
                .setEmpty(Tags.PositionReferenceIndicator, VR.LO)
                .setString(Tags.SliceLocation, VR.DS, "0.0")
                .setInt(Tags.SamplesPerPixel, VR.US, 1)
                .setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2")
                .setInt(Tags.Rows, VR.US, SIZE)
                .setInt(Tags.Columns, VR.US, SIZE)
                // 250 mm field of view over 64 pixels.
                .setString(Tags.PixelSpacing, VR.DS, "3.90625", "3.90625")
                .setInt(Tags.BitsAllocated, VR.US, 16)
                .setInt(Tags.BitsStored, VR.US, 12)
                .setInt(Tags.HighBit, VR.US, 11)
                .setInt(Tags.PixelRepresentation, VR.US, 0)
                .setString(Tags.WindowCenter, VR.DS, "40")
                .setString(Tags.WindowWidth, VR.DS, "400")
                .setString(Tags.RescaleIntercept, VR.DS, Integer.toString(INTERCEPT))
                .setString(Tags.RescaleSlope, VR.DS, "1")
                .setString(Tags.RescaleType, VR.LO, "HU");
        // A private block, as scanners write them (PS3.5 7.8.1).
        int creator = ds.reservePrivateTag("IODINE PHANTOM", 0x00110001);
        ds.setString(creator, VR.LO, "water cylinder, 3 inserts");
        ds.setBytes(Tags.PixelData, VR.OW, pixels());
        return ds;
    }

    /** Little-endian 16-bit stored values of the slice, row by row. */
    static byte[] pixels() {
        byte[] b = new byte[SIZE * SIZE * 2];
        double c = (SIZE - 1) / 2.0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int hu = huAt(x - c, y - c);
                int stored = hu - INTERCEPT;
                int i = (y * SIZE + x) * 2;
                b[i] = (byte) stored;
                b[i + 1] = (byte) (stored >>> 8);
            }
        }
        return b;
    }

    /** Hounsfield units at a point (in pixels from the centre): air, water, and bone/fat/air rods. */
    private static int huAt(double dx, double dy) {
        if (StrictMath.hypot(dx, dy) > 28) {
            return -1000;
        }
        if (StrictMath.hypot(dx - 12, dy) < 5) {
            return 1000;
        }
        if (StrictMath.hypot(dx + 12, dy) < 5) {
            return -100;
        }
        if (StrictMath.hypot(dx, dy - 12) < 4) {
            return -1000;
        }
        // Water, with a faint deterministic ripple so that the image is not flat.
        return (int) Math.round(4 * StrictMath.sin(dx / 3.0) * StrictMath.cos(dy / 3.0));
    }
}

package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.BindOptions;
import dev.iodine.bind.Bound;
import dev.iodine.bind.Dicom;
import dev.iodine.bind.SopClassMismatchException;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.PersonName;
import dev.iodine.data.Tag;
import dev.iodine.dict.Tags;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.testdata.Corpus;
import dev.iodine.validation.DicomValidationException;
import dev.iodine.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade with the generated classes, on corpus files and on objects built in memory. */
class DicomFacadeTest {

    /** An RT plan with 48 private elements and one error (Type of Patient ID missing in an item). */
    private static final String PLAN = "brachy-hdr-tg43-check/rtplan.dcm";
    private static final String CT = "dcm4che/CT-JPEGLosslessSV1.dcm";

    private static Path corpus(String file) {
        return Corpus.require().root().resolve(file);
    }

    @Test
    void aTypedObjectReadAndWrittenAsItIsGivesTheSameBytesPrivateElementsIncluded(@TempDir Path dir)
            throws Exception {
        RtPlan plan = Dicom.read(corpus(PLAN), RtPlan.class);
        assertTrue(countPrivate(plan.dataset()) > 0);
        Path copy = dir.resolve("copy.dcm");
        Dicom.write(copy, plan, WriteMode.AS_IS);
        assertArrayEquals(Files.readAllBytes(corpus(PLAN)), Files.readAllBytes(copy));
    }

    @Test
    void aValidFileReadAndWrittenBackUntouchedIsTheSameBytes(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.dcm");
        Dicom.write(first, FromScratchTest.newRtPlan());
        Path second = dir.resolve("second.dcm");
        Dicom.write(second, Dicom.read(first, RtPlan.class));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void aChangedTypedFieldIsWrittenAndUnmappedPrivateElementsStay(@TempDir Path dir) throws Exception {
        RtPlan plan = Dicom.read(corpus(PLAN), RtPlan.class);
        int privateElements = countPrivate(plan.dataset());
        plan.setRTPlanLabel("RENAMED");
        Path copy = dir.resolve("renamed.dcm");
        Dicom.write(copy, plan, WriteMode.ANYWAY);
        RtPlan back = Dicom.read(copy, RtPlan.class);
        assertEquals("RENAMED", back.getRTPlanLabel());
        assertEquals(privateElements, countPrivate(back.dataset()));
        assertEquals(plan.getBeamSequence().size() + plan.getApplicationSetupSequence().size(),
                back.getBeamSequence().size() + back.getApplicationSetupSequence().size());
    }

    @Test
    void aNewSopInstanceUidIsCarriedIntoTheFileMetaOfAFileReadBefore(@TempDir Path dir) throws Exception {
        RtPlan plan = Dicom.read(corpus(PLAN), RtPlan.class);
        plan.setSOPInstanceUID("2.25.1234");
        Path copy = dir.resolve("new-uid.dcm");
        Dicom.write(copy, plan, WriteMode.AS_IS);
        DicomFile written = DicomReader.read(copy);
        assertEquals("2.25.1234", written.fileMeta().getString(Tags.MediaStorageSOPInstanceUID));
        assertEquals("2.25.1234", written.dataset().getString(Tags.SOPInstanceUID));
    }

    @Test
    void strictBindingListsEveryViolationAndLenientBindingReturnsThem() throws Exception {
        Path plan = corpus(PLAN); // outside assertThrows: a missing corpus must skip the test, not fail it
        DicomValidationException e = assertThrows(DicomValidationException.class,
                () -> Dicom.read(plan, RtPlan.class, BindOptions.DEFAULT.withStrict(true)));
        assertTrue(e.getMessage().contains("OtherPatientIDsSequence[0] (0010,0022) TypeOfPatientID: missing"),
                e.getMessage());
        Bound<RtPlan> lenient = Dicom.readValidated(corpus(PLAN), RtPlan.class, BindOptions.DEFAULT);
        assertEquals(e.report().errors(), lenient.report().errors());
        assertEquals("RT Plan", lenient.report().iod());
    }

    @Test
    void aFileOfAnotherSopClassIsRefusedNamingBothUnlessBoundAnyway() throws Exception {
        Path ct = corpus(CT); // outside assertThrows: a missing corpus must skip the test, not fail it
        SopClassMismatchException e = assertThrows(SopClassMismatchException.class,
                () -> Dicom.read(ct, RtPlan.class));
        assertTrue(e.getMessage().contains("1.2.840.10008.5.1.4.1.1.2 CT Image Storage"), e.getMessage());
        assertTrue(e.getMessage().contains("RT Plan IOD (1.2.840.10008.5.1.4.1.1.481.5 RT Plan Storage)"),
                e.getMessage());
        RtPlan forced = Dicom.read(corpus(CT), RtPlan.class, BindOptions.DEFAULT.withAnySopClass(true));
        assertTrue(Dicom.validate(forced).violations().stream().anyMatch(v -> v.kind() == Violation.Kind.SOP_CLASS));
        assertInstanceOf(CtImage.class, Dicom.read(corpus(CT)));
    }

    @Test
    void writeRefusesAnInvalidObjectAndWritesNothing(@TempDir Path dir) {
        RtPlan plan = new RtPlan();
        Path file = dir.resolve("invalid.dcm");
        DicomValidationException e = assertThrows(DicomValidationException.class, () -> Dicom.write(file, plan));
        assertTrue(e.getMessage().startsWith("Cannot write " + file + ":\n"), e.getMessage());
        assertTrue(e.report().errors().stream().anyMatch(v -> v.tag() == Tags.RTPlanLabel), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void writeAnywayWritesAnInvalidObjectToAStreamThatReadsBack() throws Exception {
        RtPlan plan = new RtPlan();
        plan.setPatientName(PersonName.of("Müller", "Jörg"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dicom.write(out, plan, WriteMode.ANYWAY);
        RtPlan back = Dicom.read(new ByteArrayInputStream(out.toByteArray()), RtPlan.class);
        assertEquals("ISO_IR 100", back.dataset().getString(Tags.SpecificCharacterSet));
        assertEquals("Müller^Jörg", back.dataset().getPersonName(Tags.PatientName).toString());
        assertTrue(back.dataset().getString(Tags.SOPInstanceUID).startsWith("2.25."));
    }

    private static int countPrivate(Dataset ds) {
        int n = 0;
        for (int i = 0; i < ds.size(); i++) {
            n += Tag.isPrivate(ds.tagAt(i)) ? 1 : 0;
        }
        return n;
    }
}

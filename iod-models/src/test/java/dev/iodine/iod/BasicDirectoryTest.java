package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.BindOptions;
import dev.iodine.bind.Dicom;
import dev.iodine.bind.SopClassMismatchException;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.PersonName;
import dev.iodine.dict.Tags;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomParseException;
import dev.iodine.io.DicomReader;
import dev.iodine.io.DicomWriter;
import dev.iodine.io.DirectoryRecords;
import dev.iodine.io.WriteOptions;
import dev.iodine.iod.module.DirectoryInformationModuleData.DirectoryRecord;
import dev.iodine.iod.value.DirectoryRecordType;
import dev.iodine.testdata.Corpus;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Basic Directory IOD (PS3.3 F.3) on the DICOMDIR files of ../shared/corpus: bound by the File Meta's Media
 * Storage SOP Class UID (a DICOMDIR has no SOP Common module), typed records, the record tree through the file
 * offsets, and offsets recomputed when the records move. Corpus tests skip loudly without the corpus.
 */
class BasicDirectoryTest {

    private static final String MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";

    @TempDir
    Path tmp;

    /**
     * The DICOMDIR files of the corpus manifest that the reader reads (DICOMDIR-nooffset, whose record item is
     * longer than the data left, is refused, as the reader's tests expect of a truncated item).
     */
    private static List<Path> directories() throws IOException {
        List<Path> paths = new ArrayList<>();
        for (Corpus.Entry e : Corpus.require().entries()) {
            if (MEDIA_STORAGE_DIRECTORY.equals(e.sopClassUid()) && readable(e.path())) {
                paths.add(e.path());
            }
        }
        return paths;
    }

    private static boolean readable(Path path) throws IOException {
        try {
            DicomReader.read(path);
            return true;
        } catch (DicomParseException e) {
            return false;
        }
    }

    @Test
    void everyDicomdirOfTheCorpusReadsIntoBasicDirectory() throws IOException {
        List<Path> paths = directories();
        assertEquals(9, paths.size(), paths.toString());
        for (Path p : paths) {
            Dataset ds = DicomReader.read(p).dataset();
            BasicDirectory dir = assertInstanceOf(BasicDirectory.class, Dicom.read(p), p.toString());
            BasicDirectory typed = Dicom.read(p, BasicDirectory.class);
            assertEquals(ds.getString(Tags.FileSetID), typed.getFileSetID(), p.toString());
            int records = ds.contains(Tags.DirectoryRecordSequence)
                    ? ds.getSequence(Tags.DirectoryRecordSequence).size() : 0;
            assertEquals(records, dir.getDirectoryRecordSequence().size(), p.toString());
            for (int k = 0; k < records; k++) {
                assertEquals(ds.getSequence(Tags.DirectoryRecordSequence).get(k).getString(Tags.DirectoryRecordType),
                        dir.getDirectoryRecordSequence().get(k).getDirectoryRecordTypeString(), p + " record " + k);
            }
            assertEquals("Basic Directory", Dicom.validate(p).iod(), p.toString());
        }
    }

    @Test
    void dwvDicomdirGivesTypedRecordsAndItsTree() throws IOException {
        Path path = Corpus.require().root().resolve("dwv/data/DICOMDIR");
        BasicDirectory dir = Dicom.read(path, BasicDirectory.class);
        DirectoryRecord first = dir.getDirectoryRecordSequence().get(0);
        assertEquals(DirectoryRecordType.PATIENT, first.getDirectoryRecordType());
        Dataset raw = dir.dataset().getSequence(Tags.DirectoryRecordSequence).get(0);
        assertEquals(raw.getString(Tags.PatientID), first.getPatientID());
        assertEquals(raw.getLong(Tags.OffsetOfReferencedLowerLevelDirectoryEntity),
                first.getOffsetOfReferencedLowerLevelDirectoryEntity());

        DirectoryRecords tree = DirectoryRecords.of(dir.dataset());
        List<Dataset> patients = tree.roots();
        assertFalse(patients.isEmpty());
        assertTrue(patients.get(0) == raw, "the first root record is the first item");
        assertSame(patients.size() > 1 ? patients.get(1) : null, tree.next(patients.get(0)));
        for (Dataset patient : patients) {
            assertEquals("PATIENT", patient.getString(Tags.DirectoryRecordType));
            for (Dataset study : tree.lowerLevel(patient)) {
                assertEquals("STUDY", study.getString(Tags.DirectoryRecordType));
                for (Dataset series : tree.lowerLevel(study)) {
                    assertEquals("SERIES", series.getString(Tags.DirectoryRecordType));
                }
            }
        }
        // Every record of this well-formed file is reached exactly once from the root.
        assertEquals(dir.getDirectoryRecordSequence().size(), walk(tree).size());
        // Two of its STUDY records lack Study ID, which the STUDY record keys require (dciodvfy reports them too).
        List<String> missingStudyId = Dicom.validate(dir).violations().stream()
                .filter(v -> v.tag() == Tags.StudyID && v.kind() == Violation.Kind.MISSING)
                .map(v -> v.path() + " " + v.type()).toList();
        assertEquals(List.of("DirectoryRecordSequence[1] 1C", "DirectoryRecordSequence[47] 1C"), missingStudyId);
    }

    @Test
    void reencodingRecomputesTheOffsetsSoTheTreeStaysTheSame() throws IOException {
        Path root = Corpus.require().root();
        for (String name : List.of("dwv/data/DICOMDIR", "pydicom-debian/test_files/dicomdirtests/DICOMDIR-bigEnd",
                "pydicom-debian/test_files/dicomdirtests/DICOMDIR-implicit")) {
            Path path = root.resolve(name);
            DicomFile file = DicomReader.read(path);
            List<String> before = walk(DirectoryRecords.of(file.dataset()));
            long rootBefore = file.dataset().getLong(Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity);
            Path out = tmp.resolve(path.getFileName() + ".explicit");
            TransferSyntax target = file.transferSyntax() == TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN
                    ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
            DicomWriter.write(out, file, WriteOptions.DEFAULT.withTransferSyntax(target));
            Dataset written = DicomReader.read(out).dataset();
            assertNotEquals(rootBefore, written.getLong(Tags.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity),
                    name + ": the records moved, so the root offset must have changed");
            assertEquals(before, walk(DirectoryRecords.of(written)), name);
        }
    }

    @Test
    void aDirectoryBuiltInMemoryIsNamedInTheFileMetaOnly() throws IOException {
        BasicDirectory dir = new BasicDirectory();
        dir.setFileSetID("IODINE");
        Path out = tmp.resolve("DICOMDIR");
        Dicom.write(out, dir);
        DicomFile file = DicomReader.read(out);
        assertEquals(MEDIA_STORAGE_DIRECTORY, file.fileMeta().getString(Tags.MediaStorageSOPClassUID));
        assertTrue(file.fileMeta().hasValue(Tags.MediaStorageSOPInstanceUID));
        for (int tag : new int[] {Tags.SOPClassUID, Tags.SOPInstanceUID, Tags.InstanceCreationDate}) {
            assertFalse(file.dataset().contains(tag), "the data set got " + Integer.toHexString(tag));
        }
        BasicDirectory back = assertInstanceOf(BasicDirectory.class, Dicom.read(out));
        assertEquals("IODINE", back.getFileSetID());
        ValidationReport report = Dicom.validate(back);
        assertTrue(report.isValid(), report.toString());
    }

    @Test
    void anOffsetThatNamesNoRecordIsRefused() {
        BasicDirectory dir = new BasicDirectory();
        dir.setFileSetID("IODINE");
        dir.setFileSetConsistencyFlag(0);
        dir.setOffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity(0L);
        dir.setOffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity(0L);
        DirectoryRecord patient = dir.addDirectoryRecordSequenceItem();
        patient.setOffsetOfTheNextDirectoryRecord(1234L);
        patient.setRecordInUseFlag(0xFFFF);
        patient.setOffsetOfReferencedLowerLevelDirectoryEntity(0L);
        patient.setDirectoryRecordType(DirectoryRecordType.PATIENT);
        patient.setPatientID("P1");
        Path out = tmp.resolve("DICOMDIR");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dicom.write(out, dir));
        assertTrue(e.getMessage().contains("(0004,1400) of directory record 0 is 1234"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void anotherSopClassIsRefusedAndReportedAgainstTheFileMeta() throws IOException {
        Path ct = Corpus.require().root().resolve("pydicom-debian/test_files/CT_small.dcm");
        assertThrows(SopClassMismatchException.class, () -> Dicom.read(ct, BasicDirectory.class));
        BasicDirectory forced = Dicom.read(ct, BasicDirectory.class, BindOptions.DEFAULT.withAnySopClass(true));
        List<Violation> wrong = Dicom.validate(forced).violations().stream()
                .filter(v -> v.kind() == Violation.Kind.SOP_CLASS).toList();
        assertEquals(1, wrong.size(), wrong.toString());
        assertEquals(Tags.MediaStorageSOPClassUID, wrong.get(0).tag());
        assertEquals("1.2.840.10008.5.1.4.1.1.2", wrong.get(0).value());
    }

    @Test
    void aRecordsSpecificCharacterSetIsNotRequiredByTheTextOfAnotherRecord() throws IOException {
        // PS3.3 F.5: a record needs Specific Character Set when one of its own keys uses an expanded or replacement
        // character set. extendedCharacters() looks at every record of the DICOMDIR, so the row is written unchecked
        // (hand-conditions.tsv): a record in ISO-IR 6 beside one in Latin-1 must not be reported.
        BasicDirectory dir = new BasicDirectory();
        dir.setFileSetID("IODINE");
        dir.setFileSetConsistencyFlag(0);
        dir.setOffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity(0L);
        dir.setOffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity(0L);
        patient(dir, "P1", "M\u00fcller^J\u00fcrgen").setSpecificCharacterSet(new String[] {"ISO_IR 100"});
        patient(dir, "P2", "Smith^John");
        Path out = tmp.resolve("DICOMDIR");
        Dicom.write(out, dir, WriteMode.AS_IS);
        Dataset records = DicomReader.read(out).dataset();
        assertEquals("ISO_IR 100", records.getSequence(Tags.DirectoryRecordSequence).get(0)
                .getString(Tags.SpecificCharacterSet));
        assertFalse(records.getSequence(Tags.DirectoryRecordSequence).get(1).contains(Tags.SpecificCharacterSet));
        BasicDirectory back = Dicom.read(out, BasicDirectory.class);
        assertEquals("M\u00fcller^J\u00fcrgen", back.getDirectoryRecordSequence().get(0).getPatientName().toString());
        List<Violation> charset = Dicom.validate(back).violations().stream()
                .filter(v -> v.tag() == Tags.SpecificCharacterSet).toList();
        assertEquals(List.of(), charset);
    }

    private static DirectoryRecord patient(BasicDirectory dir, String id, String name) {
        DirectoryRecord patient = dir.addDirectoryRecordSequenceItem();
        patient.setOffsetOfTheNextDirectoryRecord(0L);
        patient.setRecordInUseFlag(0xFFFF);
        patient.setOffsetOfReferencedLowerLevelDirectoryEntity(0L);
        patient.setDirectoryRecordType(DirectoryRecordType.PATIENT);
        patient.setPatientID(id);
        patient.setPatientName(PersonName.parse(name));
        return patient;
    }

    /** Depth first from the root: each record's type and Referenced File ID, indented by level. */
    private static List<String> walk(DirectoryRecords tree) {
        List<String> out = new ArrayList<>();
        walk(tree, tree.roots(), "", out);
        return out;
    }

    private static void walk(DirectoryRecords tree, List<Dataset> records, String indent, List<String> out) {
        for (Dataset r : records) {
            out.add(indent + r.getString(Tags.DirectoryRecordType) + " " + r.getString(Tags.ReferencedFileID));
            walk(tree, tree.lowerLevel(r), indent + "  ", out);
        }
    }
}

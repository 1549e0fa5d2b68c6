package dev.iodine.bind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.testdata.Corpus;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade on files whose SOP class has no typed class here (the runtime's tests see no generated binders). */
class DicomGenericTest {

    private static final String RT_PLAN = "brachy-hdr-tg43-check/rtplan.dcm";

    @Test
    void fileOfAnUnknownSopClassReadsAsAGenericInstanceAndIsWrittenBackByteForByte(@TempDir Path dir)
            throws Exception {
        Path source = Corpus.require().root().resolve(RT_PLAN);
        Object read = Dicom.read(source);
        GenericInstance generic = assertInstanceOf(GenericInstance.class, read);
        assertEquals("1.2.840.10008.5.1.4.1.1.481.5", generic.sopClassUid());

        Path copy = dir.resolve("copy.dcm");
        Dicom.write(copy, generic);
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(copy));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dicom.write(out, generic, WriteMode.VALIDATED);
        assertArrayEquals(Files.readAllBytes(source), out.toByteArray());
    }

    @Test
    void validatingAnInstanceWithoutIodSaysWhichSopClassHasNone() throws Exception {
        ValidationReport report = Dicom.validate(Corpus.require().root().resolve(RT_PLAN));
        assertEquals(1, report.errors().size(), report.toString());
        Violation v = report.errors().get(0);
        assertEquals(Violation.Kind.SOP_CLASS, v.kind());
        assertEquals("Error: (0008,0016) SOPClassUID: value \"1.2.840.10008.5.1.4.1.1.481.5\" is not a SOP Class"
                + " UID for which Iodine has an IOD (RT Plan Storage has none) [SOP Common, PS3.3 C.12.1]",
                v.toString());
    }

    @Test
    void aClassThatIsNotGeneratedIsRefusedByName() {
        Path source = Corpus.require().root().resolve(RT_PLAN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dicom.read(source, String.class));
        assertTrue(e.getMessage().startsWith("java.lang.String is not a generated IOD class"), e.getMessage());
    }
}

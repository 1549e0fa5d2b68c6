package dev.iodine.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Binder;
import dev.iodine.bind.IodObject;
import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.DicomWriter;
import dev.iodine.testdata.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code SampleCt} class (src/test/resources/sample) on real CT files of the shared corpus: typed
 * getters return the file's values, and the bound view writes back the same bytes as the untouched file (the
 * original bytes for well-formed files), because it is a view of its dataset and keeps every element it does not
 * map. This tests the view and the writer, not the accessors: iod-models' IodTypedCopyTest copies corpus files
 * into fresh objects through the getters and setters.
 */
class GeneratedRoundTripTest {

    private final Binder<Object> binder = SampleClasses.get().binder("SampleCtBinder");

    private static List<Corpus.Entry> uncompressedCts() {
        return Corpus.require().entries().stream()
                .filter(e -> "1.2.840.10008.5.1.4.1.1.2".equals(e.sopClassUid()))
                .filter(e -> List.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1").contains(e.transferSyntax()))
                .toList();
    }

    @Test
    void ctFileViewsWriteBackWhatTheUntypedFileWrites() throws IOException {
        List<Corpus.Entry> files = uncompressedCts();
        assertFalse(files.isEmpty(), "the corpus has uncompressed CT files");
        int identicalToOriginal = 0;
        for (Corpus.Entry e : files) {
            byte[] original = Files.readAllBytes(e.path());
            byte[] untyped = write(DicomReader.read(e.path()), null);
            DicomFile file = DicomReader.read(e.path());
            Object image = binder.bind(file.dataset());
            assertEquals(file.dataset().getString(Tags.PatientID), call(image, "getPatientID"), e.relativePath());
            assertEquals(file.dataset().getInt(Tags.Rows), call(image, "getRows"), e.relativePath());
            assertArrayEquals(file.dataset().getDoubles(Tags.PixelSpacing), (double[]) call(image, "getPixelSpacing"),
                    e.relativePath());
            ((IodObject) image).checkConstraints();   // runs over the whole file without failing
            byte[] typed = write(file, binder.dataset(image));
            // Read -> typed object -> write gives exactly what the writer gives for the untouched file.
            assertArrayEquals(untyped, typed, e.relativePath());
            identicalToOriginal += Arrays.equals(original, typed) ? 1 : 0;
        }
        // Files whose meta information the writer does not have to repair come back byte for byte.
        assertTrue(identicalToOriginal > 0, "no CT file came back byte for byte");
    }

    /** The file written with its own dataset, or with {@code dataset} in its place. */
    private static byte[] write(DicomFile file, Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.write(out, new DicomFile(file.preamble(), file.fileMeta(),
                dataset == null ? file.dataset() : dataset, file.transferSyntax(), file.warnings(), file.stoppedAt()));
        return out.toByteArray();
    }

    @Test
    void setterChangesOnlyItsElement() throws IOException {
        Corpus.Entry e = uncompressedCts().get(0);
        Dataset ds = DicomReader.read(e.path()).dataset();
        int elements = ds.size();
        Object image = binder.bind(ds);
        invoke(image, "setPatientID", String.class, "ANON-1");
        assertEquals("ANON-1", ds.getString(Tags.PatientID));
        assertEquals(elements, ds.size());
        invoke(image, "setKVPEmpty", null, null);
        assertTrue(ds.contains(Tags.KVP));
        assertFalse(ds.hasValue(Tags.KVP));
        assertEquals(null, call(image, "getKVP"));
        assertTrue((Boolean) call(image, "containsKVP"), "present but empty is visible");
    }

    private static Object call(Object target, String method) {
        return invoke(target, method, null, null);
    }

    private static Object invoke(Object target, String method, Class<?> parameter, Object argument) {
        try {
            if (parameter == null) {
                return target.getClass().getMethod(method).invoke(target);
            }
            Method m = target.getClass().getMethod(method, parameter);
            return m.invoke(target, argument);
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(method, ex);
        }
    }
}

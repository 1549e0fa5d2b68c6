package dev.iodine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.testdata.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Real files broken on purpose: every failure is a DicomParseException naming offset and tag; lenient reads never throw. */
class MalformedInputTest {

    private static byte[] corpusFile(String path) throws IOException {
        return Files.readAllBytes(Corpus.require().root().resolve(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pydicom-debian/test_files/CT_small.dcm",                 // explicit VR LE
        "pydicom-debian/test_files/MR_small_implicit.dcm",        // implicit VR LE
        "pydicom-debian/test_files/MR_small_bigendian.dcm",       // explicit VR BE
        "pydicom-debian/test_files/rtplan.dcm",                   // nested sequences
        "pydicom-debian/test_files/JPEG2000.dcm",                 // encapsulated
        "pydicom-debian/test_files/image_dfl.dcm",                // deflated
    })
    void truncatedAnywhereFailsCleanly(String path) throws IOException {
        byte[] whole = corpusFile(path);
        // Read from the path so that each top-level value knows its file offset: the element bounds to cut inside.
        DicomFile full = DicomReader.read(Corpus.require().root().resolve(path), ReadOptions.DEFAULT);
        Dataset ds = full.dataset();
        boolean deflated = full.transferSyntax().deflated();
        long dataStart = deflated ? -1 : elementStart(ds, 0);
        long[] end = new long[ds.size()];
        boolean[] exact = new boolean[ds.size()];
        long next = whole.length;
        boolean nextExact = true;
        for (int i = ds.size() - 1; i >= 0; i--) {
            // Top-level elements are contiguous: a sequence or fragments element ends where the next one with a
            // byte value starts. A run of them counts as its first, whose end is then not known exactly.
            end[i] = ds.lengthAt(i) >= 0 ? ds.fileOffsetAt(i) + ds.lengthAt(i) : next;
            exact[i] = ds.lengthAt(i) >= 0 || nextExact;
            nextExact = ds.lengthAt(i) >= 0;
            if (nextExact) {
                next = elementStart(ds, i);
            }
        }
        int step = Math.max(1, whole.length / 300);
        int inside = 0;
        for (int cut = 1; cut < whole.length; cut += step) {
            byte[] part = Arrays.copyOf(whole, cut);
            String at = path + " cut at " + cut;
            int around = deflated ? -1 : elementAround(ds, end, cut);
            long start = around <= 0 ? dataStart : end[around - 1];
            int i = around >= 0 && exact[around] ? around : -1;
            // Fewer than 8 bytes after the last whole element: padding when they are zeros or spaces
            // (trailingPaddingIsIgnoredWithAWarningButAHeaderCutShortIsAnError), else the start of a header cut short.
            boolean shortTail = i >= 0 && cut - start < 8;
            if (shortTail && !zerosOrSpaces(part, (int) start, cut)) {
                DicomParseException e = assertThrows(DicomParseException.class,
                        () -> DicomReader.read(part, ReadOptions.DEFAULT), at + ": a header cut short");
                assertEquals(start, e.offset(), at + ": " + e.getMessage());
                assertEquals(-1, e.tag(), at + ": " + e.getMessage());
            } else if (shortTail) {
                try {
                    DicomFile f = DicomReader.read(part, ReadOptions.DEFAULT);
                    assertTrue(f.warnings().stream().anyMatch(w -> w.contains("trailing")), at + ": " + f.warnings());
                } catch (DicomParseException e) {
                    // Before the first element, the reader is still looking for more File Meta Information.
                    assertEquals(start, e.offset(), at + ": " + e.getMessage());
                    assertEquals(-1, e.tag(), at + ": " + e.getMessage());
                }
            } else if (i >= 0) {
                inside++;
                DicomParseException e = assertThrows(DicomParseException.class,
                        () -> DicomReader.read(part, ReadOptions.DEFAULT), at + " inside " + Tag.toString(ds.tagAt(i)));
                assertTrue(e.offset() >= start && e.offset() <= cut, at + ": offset " + e.offset() + " not in "
                        + Tag.toString(ds.tagAt(i)) + " at " + start + ".." + end[i]);
                // A byte value names its own tag; inside a sequence or fragments, the nested element being read
                // (-1 when the cut leaves less than that element's 8-byte header).
                assertTrue(e.tag() == ds.tagAt(i) || ds.lengthAt(i) < 0, at + ": " + e.getMessage());
                DicomFile lenient = DicomReader.read(part, ReadOptions.DEFAULT.withLenient(true));
                assertNotNull(lenient.stoppedAt(), at + ": the lenient read reports where it stopped");
                assertEquals(e.offset(), lenient.stoppedAt().offset(), at);
                assertEquals(e.tag(), lenient.stoppedAt().tag(), at);
            }
            DicomFile lenient = DicomReader.read(part, ReadOptions.DEFAULT.withLenient(true));
            if (deflated && cut < whole.length - 8) {
                assertNotNull(lenient.stoppedAt(), at + ": the lenient read reports where it stopped");
            }
            Dataset kept = lenient.dataset();
            int n = kept.size();
            if (lenient.stoppedAt() != null && n > 0 && kept.valueAt(n - 1) != null) {
                // The sequence or fragments the read stopped in is kept with the items read before the failure.
                n--;
                assertEquals(ds.tagAt(n), kept.tagAt(n), at);
                assertTrue(items(kept.valueAt(n)) <= items(ds.valueAt(n)), at);
            }
            List<String> diffs = new ArrayList<>();
            DatasetComparison.comparePrefix(at, ds, kept, n, diffs);
            assertEquals(List.of(), diffs, "the elements a lenient read keeps are those of the full read");
            DicomFile streamed = DicomReader.read(new ByteArrayInputStream(part), ReadOptions.DEFAULT.withLenient(true));
            // A stream may also keep the start of a sequence the cut falls in (its length is unknown up front).
            int streamedSize = streamed.dataset().size();
            assertTrue(streamedSize == kept.size() || streamedSize == kept.size() + 1, "stream read at cut " + cut);
        }
        assertTrue(deflated || inside >= 30, path + ": only " + inside + " cuts fell inside an element");
    }

    private static boolean zerosOrSpaces(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] != 0 && b[k] != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int items(Object sequenceOrFragments) {
        return sequenceOrFragments instanceof Fragments f ? f.fragmentCount() : ((Sequence) sequenceOrFragments).size();
    }

    /** Where the element at {@code i} starts: its value's offset less its header (PS3.5 7.1). */
    private static long elementStart(Dataset ds, int i) {
        int header = ds.explicitVR() && ds.vrAt(i).longHeader() ? 12 : 8;
        return ds.fileOffsetAt(i) - header;
    }

    /** The top-level element a cut falls strictly inside (header or value), or -1 at a boundary or before the data set. */
    private static int elementAround(Dataset ds, long[] end, int cut) {
        long start = ds.size() == 0 ? Long.MAX_VALUE : elementStart(ds, 0);
        for (int i = 0; i < ds.size(); i++) {
            if (cut > start && cut < end[i]) {
                return i;
            }
            start = end[i];
        }
        return -1;
    }

    @Test
    void hugeDeclaredLengthIsCheckedBeforeAnyAllocation() throws IOException {
        byte[] b = corpusFile("pydicom-debian/test_files/CT_small.dcm");
        int at = find(b, new byte[] {0x10, 0x00, 0x10, 0x00, 'P', 'N'}, 132); // (0010,0010) PN
        Bytes.putShort(b, at + 6, 0xFFF0, false);
        DicomParseException e = assertThrows(DicomParseException.class, () -> DicomReader.read(b, ReadOptions.DEFAULT));
        assertEquals(0x00100010, e.tag());
        assertEquals(at, e.offset());

        // A 4-byte length of almost 4 GB on Pixel Data (OW): no 4 GB array is attempted.
        byte[] c = corpusFile("pydicom-debian/test_files/CT_small.dcm");
        int px = find(c, new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W'}, 132);
        Bytes.putInt(c, px + 8, 0xFFFFFFF0, false);
        DicomParseException p = assertThrows(DicomParseException.class, () -> DicomReader.read(c, ReadOptions.DEFAULT));
        // From a stream, whose length is unknown, the 4 GB length is not allocated either: the read runs out of bytes.
        DicomParseException s = assertThrows(DicomParseException.class,
                () -> DicomReader.read(new ByteArrayInputStream(c), ReadOptions.DEFAULT));
        assertEquals(Tag.PIXEL_DATA, s.tag());
        assertEquals(Tag.PIXEL_DATA, p.tag());
        assertTrue(p.getMessage().contains("4294967280"), p.getMessage());
        DicomFile lenient = DicomReader.read(c, ReadOptions.DEFAULT.withLenient(true));
        assertEquals(p.offset(), lenient.stoppedAt().offset());
        assertTrue(lenient.dataset().contains(0x00280010), "elements before the break are kept");
    }

    @Test
    void badVrNamesTheBytesAndTheTag() throws IOException {
        byte[] b = corpusFile("pydicom-debian/test_files/CT_small.dcm");
        int at = find(b, new byte[] {0x10, 0x00, 0x10, 0x00, 'P', 'N'}, 132);
        b[at + 4] = '?';
        DicomParseException e = assertThrows(DicomParseException.class, () -> DicomReader.read(b, ReadOptions.DEFAULT));
        assertEquals(0x00100010, e.tag());
        assertTrue(e.getMessage().contains("3F 4E"), e.getMessage());
    }

    @Test
    void runawayNestingStopsAtTheDepthCap() throws IOException {
        byte[] b = corpusFile("orthanc-tests/2026-05-06-Deeply-Nested-Sequence.dcm");
        DicomParseException e = assertThrows(DicomParseException.class, () -> DicomReader.read(b, ReadOptions.DEFAULT));
        assertTrue(e.getMessage().contains("nested deeper than 64"), e.getMessage());
        DicomFile lenient = DicomReader.read(b, ReadOptions.DEFAULT.withLenient(true));
        assertNotNull(lenient.stoppedAt());
        assertTrue(lenient.dataset().size() > 0);
    }

    @Test
    void notDicomWithoutForceIsRefused() throws IOException {
        byte[] b = corpusFile("pydicom-debian/test_files/rtstruct.dcm");
        DicomParseException e = assertThrows(DicomParseException.class, () -> DicomReader.read(b, ReadOptions.DEFAULT));
        assertTrue(e.getMessage().contains("force"), e.getMessage());
        DicomFile forced = DicomReader.read(b, ReadOptions.DEFAULT.withForce(true));
        assertNull(forced.preamble());
        assertEquals("RTSTRUCT", forced.dataset().getString(0x00080060));
    }

    @Test
    void trailingPaddingIsIgnoredWithAWarningButAHeaderCutShortIsAnError() throws IOException {
        byte[] b = corpusFile("pydicom-debian/test_files/CT_small.dcm");
        int elements = DicomReader.read(b, ReadOptions.DEFAULT).dataset().size();
        for (int extra : new int[] {3, 7, 8, 512}) {
            DicomFile f = DicomReader.read(Arrays.copyOf(b, b.length + extra), ReadOptions.DEFAULT);
            assertEquals(elements, f.dataset().size());
            assertEquals(1, f.warnings().size(), f.warnings().toString());
            assertTrue(f.warnings().get(0).contains("trailing"), f.warnings().get(0));
        }
        // Not padding: the first 3 bytes of a (0008,0010) header after the last element, a file cut short.
        byte[] cutHeader = Arrays.copyOf(b, b.length + 3);
        cutHeader[b.length] = 0x08;
        cutHeader[b.length + 2] = 0x10;
        DicomParseException e = assertThrows(DicomParseException.class, () -> DicomReader.read(cutHeader, ReadOptions.DEFAULT));
        assertEquals(b.length, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains("element header (8 bytes) was expected"), e.getMessage());
        DicomFile lenient = DicomReader.read(cutHeader, ReadOptions.DEFAULT.withLenient(true));
        assertEquals(elements, lenient.dataset().size());
        assertEquals(b.length, lenient.stoppedAt().offset());
    }

    @Test
    void dicmInsideTheDataIsNotTakenForAPreamble() throws IOException {
        // Bytes 128-131 of this bare data set spell DICM inside a value; no (0002,xxxx) element follows them.
        byte[] b = corpusFile("dcm4che/no_preamble_dicm_in_data");
        DicomFile f = DicomReader.read(b, ReadOptions.DEFAULT.withForce(true));
        assertNull(f.preamble());
        assertEquals("ISO_IR 100", f.dataset().getString(0x00080005));
        assertEquals("DICMA1", f.dataset().getString(0x00081010));
        assertTrue(f.dataset().size() > 20);
    }

    /**
     * A bare data set cut from its file a few bytes too early (the last bytes of the meta before it, as in
     * no_meta.dcm) is read from where its first element starts; cut 8 bytes early, it is refused with a clear error.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void aBareDataSetAfterStrayBytesIsReadFromItsFirstElement(int stray) throws IOException {
        byte[] file = corpusFile("pydicom-debian/test_files/CT_small.dcm");
        DicomFile whole = DicomReader.read(file, ReadOptions.DEFAULT);
        int dataStart = 132 + 12 + whole.fileMeta().getInt(0x00020000);
        DicomFile f = DicomReader.read(Arrays.copyOfRange(file, dataStart - stray, file.length), ReadOptions.DEFAULT.withForce(true));
        assertTrue(f.warnings().get(0).startsWith("offset 0: " + stray + " stray byte"), f.warnings().toString());
        List<String> diffs = new ArrayList<>();
        DatasetComparison.compare("", whole.dataset(), f.dataset(), diffs);
        assertEquals(List.of(), diffs);
    }

    @Test
    void aBareDataSetAfterEightStrayBytesIsRefusedClearly() throws IOException {
        byte[] file = corpusFile("pydicom-debian/test_files/CT_small.dcm");
        int dataStart = 132 + 12 + DicomReader.read(file, ReadOptions.DEFAULT).fileMeta().getInt(0x00020000);
        byte[] b = Arrays.copyOfRange(file, dataStart - 8, file.length);
        DicomParseException e = assertThrows(DicomParseException.class, () -> DicomReader.read(b, ReadOptions.DEFAULT.withForce(true)));
        assertEquals(0, e.offset(), e.getMessage());
    }

    /** Where {@code needle} first occurs in {@code hay} at or after {@code from}; fails the test when nowhere. */
    static int find(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        fail("pattern not found");
        return -1;
    }
}

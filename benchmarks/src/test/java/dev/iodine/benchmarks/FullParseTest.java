package dev.iodine.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.benchmarks.corpus.CorpusGenerator;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus read back by the runtime's reader and walked the way the benchmarks walk it. */
class FullParseTest {

    @TempDir
    static Path corpus;

    @BeforeAll
    static void generate() throws IOException {
        new CorpusGenerator(corpus, 2, 1, 3).generate();
    }

    @Test
    void ctSliceDecodesTheSameInBothSyntaxes() throws IOException {
        List<Object> explicit = new ArrayList<>();
        List<Object> implicit = new ArrayList<>();
        int e = FullParse.walk(DicomReader.read(corpus.resolve("ct-explicit/CT0002.dcm")), explicit::add);
        int i = FullParse.walk(DicomReader.read(corpus.resolve("ct-implicit/CT0002.dcm")), implicit::add);
        assertEquals(e, i);
        assertTrue(e > 100, e + " elements");
        // Pixel data comes last, as a view of 512 x 512 x 2 bytes, in both; copied when asked.
        assertEquals(512 * 512 * 2, ((ByteBuffer) explicit.get(explicit.size() - 1)).remaining());
        assertEquals(512 * 512 * 2, ((ByteBuffer) implicit.get(implicit.size() - 1)).remaining());
        List<Object> copied = new ArrayList<>();
        FullParse.walkCopyingPixels(DicomReader.read(corpus.resolve("ct-explicit/CT0002.dcm")), copied::add);
        assertEquals(512 * 512 * 2, ((byte[]) copied.get(copied.size() - 1)).length);
    }

    @Test
    void rtPlanDecodesEveryLeafPosition() throws IOException {
        List<Object> values = new ArrayList<>();
        int elements = FullParse.walk(DicomReader.read(corpus.resolve("rtplan/RP01.dcm")), values::add);
        assertTrue(elements > 16_000, elements + " elements");
        long leafArrays = values.stream().filter(v -> v instanceof double[] d && d.length == 120).count();
        assertEquals(10 * 100, leafArrays);
    }

    @Test
    void multiFrameHeaderStopsBeforeItsPixelData() throws IOException {
        Path mf = corpus.resolve("multiframe/MF.dcm");
        DicomFile header = DicomReader.read(mf, ReadOptions.DEFAULT.withStopBeforePixelData(true));
        assertEquals(3, header.dataset().getSequence(0x52009230).size());
        assertEquals(false, header.dataset().contains(0x7FE00010));
        assertEquals(Files.size(mf), RawRead.read(mf).length);
        assertEquals("DICM", new String(RawRead.read(mf, 132), 128, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }
}

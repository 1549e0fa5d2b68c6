package dev.iodine.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void sameBytesOnEveryRun(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(a, 2, 1, 2).generate();
        new CorpusGenerator(b, 2, 1, 2).generate();
        for (String file : new String[] {"ct-explicit/CT0002.dcm", "ct-implicit/CT0001.dcm", "rtplan/RP01.dcm", "multiframe/MF.dcm"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void ctSliceIsPart10WithItsPixelDataLast(@TempDir Path dir) throws IOException {
        new CorpusGenerator(dir, 1, 0, 0).generate();
        byte[] explicit = Files.readAllBytes(dir.resolve("ct-explicit/CT0001.dcm"));
        assertEquals("DICM", new String(explicit, 128, 4, java.nio.charset.StandardCharsets.US_ASCII));
        int pixelBytes = CtSeries.ROWS * CtSeries.COLUMNS * 2;
        // (7FE0,0010) OW, 2 reserved bytes, 32-bit length, then the frame: the last 12 + N bytes of the file.
        int header = explicit.length - pixelBytes - 12;
        assertArrayEquals(new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0, 0, 0, 8, 0},
                java.util.Arrays.copyOfRange(explicit, header, header + 12));
        byte[] implicit = Files.readAllBytes(dir.resolve("ct-implicit/CT0001.dcm"));
        int implicitHeader = implicit.length - pixelBytes - 8;
        assertArrayEquals(new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 0, 0, 8, 0},
                java.util.Arrays.copyOfRange(implicit, implicitHeader, implicitHeader + 8));
    }

    @Test
    void ctHeaderHasARealisticSize() {
        int elements = count(CtSeries.slice(7, 400));
        assertTrue(elements >= 100 && elements <= 200, elements + " elements");
        assertEquals("8", CtSeries.slice(7, 400).getString(Tags.InstanceNumber));
    }

    @Test
    void rtPlanHasAbout16500ElementsMostlyDs() {
        Dataset plan = RtPlan.plan(0);
        int elements = count(plan);
        assertTrue(elements > 16_000 && elements < 17_000, elements + " elements");
        Dataset cp = plan.getSequence(Tags.BeamSequence).get(9).getSequence(Tags.ControlPointSequence).get(99);
        assertEquals(120, cp.getSequence(Tags.BeamLimitingDevicePositionSequence).get(2).getDoubles(Tags.LeafJawPositions).length);
        assertEquals(1.0, cp.getDouble(Tags.CumulativeMetersetWeight));
    }

    @Test
    void multiFrameHeaderHasOnePerFrameItemPerFrame() {
        Dataset header = EnhancedCt.header(5);
        assertEquals(5, header.getSequence(Tags.PerFrameFunctionalGroupsSequence).size());
        assertEquals(5, header.getInt(Tags.NumberOfFrames, 0));
    }

    /** Elements at every nesting level, sequences included (as dcmdump would list them). */
    private static int count(Dataset ds) {
        int n = ds.size();
        for (int i = 0; i < ds.size(); i++) {
            if (ds.vrAt(i) == VR.SQ) {
                for (Dataset item : (Sequence) ds.valueAt(i)) {
                    n += count(item);
                }
            }
        }
        return n;
    }
}

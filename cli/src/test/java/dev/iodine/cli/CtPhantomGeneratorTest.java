package dev.iodine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample {@code ct-phantom.dcm} is exactly what {@link CtPhantomGenerator} writes; with
 * {@code -Diodine.regenerate=true} this test rewrites it instead.
 */
class CtPhantomGeneratorTest {

    @Test
    void committedSampleIsWhatTheGeneratorWrites(@TempDir Path dir) throws Exception {
        Path committed = Samples.ctPhantom();
        if (Boolean.getBoolean("iodine.regenerate")) {
            CtPhantomGenerator.write(committed);
            System.out.println("regenerated " + committed);
        }
        Path fresh = dir.resolve("ct-phantom.dcm");
        CtPhantomGenerator.write(fresh);
        assertArrayEquals(Files.readAllBytes(fresh), Files.readAllBytes(committed),
                "ct-phantom.dcm differs from the generator's output; regenerate it (see CtPhantomGenerator)");
        assertTrue(Files.size(committed) < 100_000, "the sample should stay small");
    }

    @Test
    void sampleReadsBackAsA64By64SixteenBitCtSlice() throws Exception {
        DicomFile f = DicomReader.read(Samples.ctPhantom());
        Dataset ds = f.dataset();
        assertEquals("1.2.840.10008.5.1.4.1.1.2", f.fileMeta().getString(Tags.MediaStorageSOPClassUID));
        assertEquals("1.2.840.10008.1.2.1", f.fileMeta().getString(Tags.TransferSyntaxUID));
        assertEquals(64, ds.getInt(Tags.Rows));
        assertEquals(64, ds.getInt(Tags.Columns));
        assertEquals(16, ds.getInt(Tags.BitsAllocated));
        byte[] pixels = ds.getBytes(Tags.PixelData);
        assertEquals(64 * 64 * 2, pixels.length);
        // Centre of the water cylinder: about 0 HU, stored as 1024 with intercept -1024.
        int centre = (32 * 64 + 32) * 2;
        int stored = (pixels[centre] & 0xFF) | (pixels[centre + 1] & 0xFF) << 8;
        assertTrue(Math.abs(stored - 1024) <= 4, "water at the centre, stored " + stored);
        // Corner: air, -1000 HU.
        assertEquals(24, (pixels[0] & 0xFF) | (pixels[1] & 0xFF) << 8);
    }
}

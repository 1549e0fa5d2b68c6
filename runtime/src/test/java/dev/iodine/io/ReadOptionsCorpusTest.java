package dev.iodine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.BulkData;
import dev.iodine.data.Dataset;
import dev.iodine.data.Tag;
import dev.iodine.testdata.Corpus;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read options on the whole corpus: each gives the same values as a full read, minus what it leaves out. */
class ReadOptionsCorpusTest {

    private static List<Corpus.Entry> readable() {
        List<Corpus.Entry> list = new ArrayList<>();
        for (Corpus.Entry e : Corpus.require().entries()) {
            if ("yes".equals(e.readableByPydicom())) {
                list.add(e);
            }
        }
        return list;
    }

    private static DicomFile read(Corpus.Entry e, ReadOptions options) throws IOException {
        return DicomReader.read(e.path(), options.withLenient(true));
    }

    @Test
    void deferredValuesLoadTheSameBytesFromTheFile() throws IOException {
        List<String> diffs = new ArrayList<>();
        int deferred = 0;
        for (Corpus.Entry e : readable()) {
            DicomFile full = read(e, ReadOptions.DEFAULT);
            DicomFile lazy = read(e, ReadOptions.DEFAULT.withDeferSize(256));
            DatasetComparison.compare(e + " ", full.dataset(), lazy.dataset(), diffs);
            for (int i = 0; i < Math.min(full.dataset().size(), lazy.dataset().size()); i++) {
                // Offsets in the file survive the values skipped before them.
                if (full.dataset().fileOffsetAt(i) != lazy.dataset().fileOffsetAt(i)) {
                    diffs.add(e + " " + Tag.toString(full.dataset().tagAt(i)) + ": file offset " + lazy.dataset().fileOffsetAt(i)
                            + " instead of " + full.dataset().fileOffsetAt(i));
                }
            }
            BulkData px = lazy.dataset().getBulkData(Tag.PIXEL_DATA);
            if (px != null) {
                deferred++;
                assertEquals(lazy.dataset().fileOffsetAt(lazy.dataset().indexOf(Tag.PIXEL_DATA)), px.offset());
                if (px.length() > 256 * 1024) {
                    // Beyond the 64 KB readahead, a deferred value is not read into memory at all.
                    assertTrue(lazy.dataset().source().bytes().length < full.dataset().source().bytes().length - px.length() / 2, e.toString());
                }
            }
        }
        assertTrue(diffs.isEmpty(), diffs.size() + " differences:\n" + String.join("\n", diffs.subList(0, Math.min(30, diffs.size()))));
        assertTrue(deferred > 100, "files with deferred pixel data: " + deferred);
    }

    @Test
    void streamsReadTheSameAsFiles() throws IOException {
        List<String> diffs = new ArrayList<>();
        for (Corpus.Entry e : readable()) {
            DicomFile file = read(e, ReadOptions.DEFAULT);
            try (InputStream in = Files.newInputStream(e.path())) {
                DicomFile stream = DicomReader.read(in, ReadOptions.DEFAULT.withLenient(true));
                assertEquals(file.stoppedAt() == null, stream.stoppedAt() == null, e.toString());
                // A truncated stream can keep part of a sequence that a file read drops up front, because a
                // stream's length is only known at its end: those are compared by their failure only.
                if (file.stoppedAt() == null) {
                    DatasetComparison.compare(e + " ", file.dataset(), stream.dataset(), diffs);
                }
            }
        }
        assertTrue(diffs.isEmpty(), diffs.size() + " differences:\n" + String.join("\n", diffs.subList(0, Math.min(30, diffs.size()))));
    }

    @Test
    void aHeaderOnlyStreamReadStopsSoonAfterTheHeader() throws IOException {
        Corpus.Entry mr = readable().stream().filter(e -> e.relativePath().equals("pydicom-data/MR2_UNCR.dcm")).findFirst().orElseThrow();
        long[] count = {0};
        try (InputStream in = new FilterInputStream(Files.newInputStream(mr.path())) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count[0] += Math.max(n, 0);
                return n;
            }
        }) {
            DicomFile f = DicomReader.read(in, ReadOptions.DEFAULT.withStopBeforePixelData(true));
            assertTrue(f.dataset().contains(0x00280010));
            assertTrue(count[0] < 256 * 1024, count[0] + " bytes read of " + Files.size(mr.path()));
        }
    }

    @Test
    void stopBeforePixelDataKeepsEverythingBeforeIt() throws IOException {
        int n = 0;
        for (Corpus.Entry e : readable()) {
            Dataset full = read(e, ReadOptions.DEFAULT).dataset();
            Dataset head = read(e, ReadOptions.DEFAULT.withStopBeforePixelData(true)).dataset();
            int px = full.indexOf(Tag.PIXEL_DATA);
            if (px < 0) {
                continue;
            }
            n++;
            assertEquals(px, head.size(), e.toString());
            for (int i = 0; i < head.size(); i++) {
                assertEquals(full.tagAt(i), head.tagAt(i), e.toString());
                assertTrue(Arrays.equals(full.getStrings(full.tagAt(i)), head.getStrings(head.tagAt(i))), e + " " + Tag.toString(full.tagAt(i)));
            }
        }
        assertTrue(n > 300, "files with pixel data: " + n);
    }

    @Test
    void selectedTagsOnlyKeepsThoseAndTheCharacterSet() throws IOException {
        for (Corpus.Entry e : readable().subList(0, 60)) {
            Dataset full = read(e, ReadOptions.DEFAULT).dataset();
            Dataset some = read(e, ReadOptions.DEFAULT.withTags(0x00100010, 0x00080018, 0x00081140)).dataset();
            for (int tag : new int[] {0x00100010, 0x00080018, 0x00081140, 0x00080005}) {
                assertEquals(full.contains(tag), some.contains(tag), e + " " + Tag.toString(tag));
            }
            assertEquals(full.getString(0x00100010), some.getString(0x00100010));
            assertTrue(some.size() <= 4);
        }
    }

    @Test
    void forcedFilesWithoutMetaAreDetected() throws IOException {
        for (Corpus.Entry e : Corpus.require().entries()) {
            if ("force".equals(e.readableByPydicom())) {
                DicomFile f = DicomReader.read(e.path(), ReadOptions.DEFAULT.withForce(true));
                assertNull(f.stoppedAt());
                assertNotNull(f.dataset().getString(0x00080016) == null ? "" : f.dataset().getString(0x00080016));
                assertTrue(f.dataset().size() >= 10, e.toString());
                assertEquals(e.path().toString().contains("BigEnd"), f.dataset().bigEndian(), e.toString());
            }
        }
    }
}

package dev.iodine.iod;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.GenericInstance;
import dev.iodine.bind.IodObject;
import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomParseException;
import dev.iodine.io.DicomReader;
import dev.iodine.testdata.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The files of ../shared/corpus that bind to a generated IOD class, shared by the corpus tests: each readable file
 * whose SOP class has a generated IOD, read once as the untyped file and once bound to its class.
 */
final class BoundCorpusFiles {

    /** One bound file: the corpus entry, the file as read, the typed object (a view of its own read). */
    record Bound(Corpus.Entry entry, DicomFile file, IodObject object) {

        /** The SOP class: SOP Common's, or the File Meta's for a DICOMDIR (Basic Directory has no SOP Common). */
        String sopClass() {
            return Objects.requireNonNullElse(object.dataset().getString(Tags.SOPClassUID),
                    file.fileMeta().getString(Tags.MediaStorageSOPClassUID));
        }

        Dataset dataset() {
            return file.dataset();
        }
    }

    private BoundCorpusFiles() {
    }

    /** Every corpus file that binds to a generated IOD class; skips loudly when the corpus is absent. */
    static List<Bound> all() throws IOException {
        List<Bound> out = new ArrayList<>();
        for (Corpus.Entry e : Corpus.require().entries()) {
            Object typed = readable(e) ? Dicom.read(e.path()) : null;
            if (typed == null || typed instanceof GenericInstance) {
                continue;   // unreadable (the reader's tests cover it), or no generated IOD covers the SOP class
            }
            out.add(new Bound(e, DicomReader.read(e.path()), (IodObject) typed));
        }
        return out;
    }

    /**
     * Whether the reader reads the file: the corpus also holds truncated and malformed files on purpose, which
     * the reader's own tests cover; they are not instances to bind.
     */
    static boolean readable(Corpus.Entry e) {
        if (!"yes".equals(e.readableByPydicom())) {
            return false;
        }
        try {
            DicomReader.read(e.path());
            return true;
        } catch (DicomParseException ex) {
            return false;
        } catch (IOException ex) {
            throw new UncheckedIOException(e + ": " + ex.getMessage(), ex);
        }
    }
}

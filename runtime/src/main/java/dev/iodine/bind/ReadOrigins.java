package dev.iodine.bind;

import dev.iodine.data.Dataset;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.io.DicomFile;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Where each dataset bound by {@link Dicom} was read from, so that writing it back keeps its preamble, File Meta
 * Information and transfer syntax (an untouched file is written back byte for byte). Keyed by identity (datasets
 * do not define equality) and weakly, so that a dropped object does not keep its file in memory; the value must
 * therefore not refer to the dataset.
 */
final class ReadOrigins {

    private record Origin(byte[] preamble, Dataset fileMeta, TransferSyntax transferSyntax) {
    }

    private static final Map<Dataset, Origin> ORIGINS = new WeakHashMap<>();

    private ReadOrigins() {
    }

    static synchronized void remember(DicomFile file) {
        ORIGINS.put(file.dataset(), new Origin(file.preamble(), file.fileMeta(), file.transferSyntax()));
    }

    /** The file to write for a dataset: as it was read, or a new file in Explicit VR Little Endian. */
    static synchronized DicomFile fileFor(Dataset dataset) {
        Origin o = ORIGINS.get(dataset);
        return o == null
                ? new DicomFile(null, new Dataset(), dataset, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, List.of(), null)
                : new DicomFile(o.preamble(), o.fileMeta(), dataset, o.transferSyntax(), List.of(), null);
    }
}

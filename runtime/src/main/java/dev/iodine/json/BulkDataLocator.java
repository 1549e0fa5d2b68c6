package dev.iodine.json;

import dev.iodine.data.Dataset;
import dev.iodine.data.Fragments;
import java.nio.file.Path;

/**
 * Decides the {@code BulkDataURI} of a large binary value written by {@link DicomJsonWriter} (PS3.18 F.2.6).
 *
 * <pre>{@code
 * DicomJsonWriter w = new DicomJsonWriter().withBulkData(1024, BulkDataLocator.fileRanges());
 * // "7FE00010":{"vr":"OW","BulkDataURI":"file:///data/ct.dcm?offset=1234&length=524288"}
 * }</pre>
 */
@FunctionalInterface
public interface BulkDataLocator {

    /**
     * The URI of the value at {@code index} of {@code dataset}, or {@code null} to write it inline.
     */
    String uriOf(Dataset dataset, int index);

    /**
     * URIs naming the byte range of the value in the file it was read from:
     * {@code file:///path?offset=N&length=M}, N the offset of the value's first byte in the file and M its length
     * (for encapsulated Pixel Data, the items from the first item's tag to the end of the last fragment). The bytes there are in the file's byte order, which the JSON's (0002,0010) names.
     * Values not read from a file (or from a deflated one) are written inline.
     */
    static BulkDataLocator fileRanges() {
        return (dataset, index) -> {
            Path path = dataset.source() == null ? null : dataset.source().path();
            if (path == null) {
                return null;
            }
            long offset;
            if (dataset.valueAt(index) instanceof Fragments f) {
                offset = f.size() == 0 ? -1 : f.itemFileOffset(0);
                offset = offset < 0 ? -1 : offset - BinaryValues.ITEM_HEADER;
            } else {
                offset = dataset.fileOffsetAt(index);
            }
            if (offset < 0) {
                return null;
            }
            return FileRange.uri(path, offset, BinaryValues.length(dataset, index));
        };
    }
}

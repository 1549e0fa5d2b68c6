package dev.iodine.io;

import dev.iodine.data.Dataset;
import dev.iodine.dict.TransferSyntax;
import java.util.List;

/**
 * A Part 10 file as read: preamble, File Meta Information (group 0002), the data set, and what the reader had to
 * tolerate on the way.
 *
 * <pre>{@code
 * DicomFile f = DicomReader.read(Path.of("ct.dcm"));
 * String sopClass = f.fileMeta().getString(Tags.MediaStorageSOPClassUID);
 * Dataset ds = f.dataset();
 * if (f.stoppedAt() != null) { ... a lenient read stopped early ... }
 * }</pre>
 *
 * @param preamble the 128-byte preamble, or {@code null} when the input had none
 * @param fileMeta the group 0002 elements (empty when the input had none)
 * @param dataset the data set
 * @param transferSyntax the transfer syntax the data set was read with (detected when the meta did not say)
 * @param warnings deviations from the standard the reader accepted, each with its offset
 * @param stoppedAt for a lenient read that met malformed input, why and where it stopped; else {@code null}
 */
public record DicomFile(byte[] preamble, Dataset fileMeta, Dataset dataset, TransferSyntax transferSyntax,
        List<String> warnings, DicomParseException stoppedAt) {
}

package dev.iodine.benchmarks.corpus;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.TransferSyntax;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a generated file: preamble, {@code DICM}, File Meta Information, the data set in the chosen transfer
 * syntax, then the native Pixel Data streamed from its frames as the last element (PS3.10 7.1, PS3.5 7.1).
 *
 * <p>The data set is encoded by {@link #encode} until the runtime's {@code DicomWriter} lands; then only that
 * call changes. Pixel Data is appended by hand in both cases because a 500 MB value should not be built in memory.
 */
final class Part10Output {

    private static final int UNDEFINED = 0xFFFFFFFF;
    private static final String IMPLEMENTATION_CLASS_UID = Uids.of("implementation");

    private Part10Output() {
    }

    static void write(Path file, Dataset dataset, TransferSyntax ts, CtFrames pixels) throws IOException {
        Dataset meta = new Dataset();
        meta.setBytes(Tags.FileMetaInformationVersion, VR.OB, new byte[] {0, 1});
        meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, dataset.getString(Tags.SOPClassUID));
        meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, dataset.getString(Tags.SOPInstanceUID));
        meta.setString(Tags.TransferSyntaxUID, VR.UI, ts.uid());
        meta.setString(Tags.ImplementationClassUID, VR.UI, IMPLEMENTATION_CLASS_UID);
        meta.setString(Tags.ImplementationVersionName, VR.SH, "IODINE_BENCH");
        // Written beside, then renamed: an interrupted run never leaves a truncated file under the final name.
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 20)) {
            encode(out, meta, dataset, ts);
            if (pixels != null) {
                header(out, Tag.PIXEL_DATA, VR.OW, (int) pixels.length(), ts.explicitVR());
                pixels.writeTo(out);
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Preamble, prefix, meta (explicit VR little endian with its group length) and the data set. */
    private static void encode(OutputStream out, Dataset meta, Dataset dataset, TransferSyntax ts) throws IOException {
        ByteArrayOutputStream metaBytes = new ByteArrayOutputStream();
        elements(metaBytes, meta, true);
        out.write(new byte[128]);
        out.write(new byte[] {'D', 'I', 'C', 'M'});
        header(out, Tags.FileMetaInformationGroupLength, VR.UL, 4, true);
        int4(out, metaBytes.size());
        metaBytes.writeTo(out);
        elements(out, dataset, ts.explicitVR());
    }

    /** The elements of a data set, sequences and items with undefined length (PS3.5 7.5.2). */
    private static void elements(OutputStream out, Dataset ds, boolean explicit) throws IOException {
        for (int i = 0; i < ds.size(); i++) {
            int tag = ds.tagAt(i);
            VR vr = ds.vrAt(i);
            if (ds.valueAt(i) instanceof Sequence seq) {
                header(out, tag, VR.SQ, UNDEFINED, explicit);
                for (Dataset item : seq) {
                    tag(out, Tag.ITEM);
                    int4(out, UNDEFINED);
                    elements(out, item, explicit);
                    tag(out, Tag.ITEM_DELIMITATION);
                    int4(out, 0);
                }
                tag(out, Tag.SEQUENCE_DELIMITATION);
                int4(out, 0);
            } else {
                header(out, tag, vr, (int) ds.lengthAt(i), explicit);
                ds.writeValueAt(i, out);
            }
        }
    }

    private static void header(OutputStream out, int tag, VR vr, int length, boolean explicit) throws IOException {
        tag(out, tag);
        if (!explicit) {
            int4(out, length);
            return;
        }
        out.write(vr.code() >>> 8);
        out.write(vr.code());
        if (vr.longHeader()) {
            int2(out, 0);
            int4(out, length);
        } else {
            int2(out, length);
        }
    }

    /** A tag: group then element, each little endian (PS3.5 7.1.1). */
    private static void tag(OutputStream out, int tag) throws IOException {
        int2(out, tag >>> 16);
        int2(out, tag);
    }

    private static void int2(OutputStream out, int v) throws IOException {
        out.write(v);
        out.write(v >>> 8);
    }

    private static void int4(OutputStream out, int v) throws IOException {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}

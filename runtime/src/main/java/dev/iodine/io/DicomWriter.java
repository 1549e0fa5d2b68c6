package dev.iodine.io;

import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes DICOM Part 10 files (PS3.10 7): a 128-byte preamble, {@code DICM}, the File Meta Information with every
 * required element and its group length, then the data set, either as read (byte for byte for a well-formed file)
 * or re-encoded into any uncompressed transfer syntax.
 *
 * <pre>{@code
 * DicomFile f = DicomReader.read(in);
 * DicomWriter.write(out, f);                                                   // as read
 * DicomWriter.write(out2, f, WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN));
 * DicomWriter.write(Path.of("new.dcm"), DicomWriter.newFile(dataset, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
 *         WriteOptions.DEFAULT.withOverwrite(false));
 * }</pre>
 *
 * <p>A file is written to a temporary file in the destination's directory and moved into place when complete,
 * so the destination never holds half a file.
 */
public final class DicomWriter {

    /** Iodine's Implementation Class UID (PS3.7 D.3.3.2), a UUID-derived UID under 2.25 (PS3.5 B.2). */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.294391102774062408395015250243619162062";
    /** Iodine's Implementation Version Name (SH, at most 16 characters). */
    public static final String IMPLEMENTATION_VERSION_NAME = "IODINE_0_1";

    private static final int GROUP_LENGTH = 0x00020000;
    private static final int VERSION = 0x00020001;
    private static final int MEDIA_SOP_CLASS = 0x00020002;
    private static final int MEDIA_SOP_INSTANCE = 0x00020003;
    private static final int TRANSFER_SYNTAX = 0x00020010;
    private static final int IMPLEMENTATION_CLASS = 0x00020012;
    private static final int IMPLEMENTATION_VERSION = 0x00020013;
    private static final int DIRECTORY_RECORDS = 0x00041220;

    private DicomWriter() {
    }

    /** A file (no meta yet: the writer makes it) for a dataset built in memory, to be written in {@code ts}. */
    public static DicomFile newFile(Dataset dataset, TransferSyntax ts) {
        return new DicomFile(null, new Dataset(), dataset, ts, java.util.List.of(), null);
    }

    public static void write(Path path, DicomFile file) throws IOException {
        write(path, file, WriteOptions.DEFAULT);
    }

    /**
     * Writes to {@code path} through a temporary file in the same directory, synced to disk and moved into place
     * when complete. The file gets the permissions of the file it replaces, or those of any new file (the umask
     * applies), never the owner-only mode of a temporary file.
     *
     * @throws FileAlreadyExistsException when the file exists and the options forbid overwriting
     * @throws NoSuchFileException when the file's directory does not exist
     */
    public static void write(Path path, DicomFile file, WriteOptions options) throws IOException {
        Path target = path.toAbsolutePath();
        if (!options.overwrite() && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and overwriting is off");
        }
        if (!Files.isDirectory(target.getParent())) {
            // Checked here so that the message names the file asked for, not the temporary file.
            throw new NoSuchFileException(target.toString(), null, "its directory does not exist");
        }
        Path tmp = createTemporary(target);
        try {
            keepPermissions(target, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                write(Channels.newOutputStream(ch), file, options);
                // On disk before the name points at it: a crash after the move never leaves an empty file.
                ch.force(true);
            }
            if (options.overwrite()) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails atomically when the name exists, where a rename would silently replace it.
                Files.createLink(target, tmp);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A new empty file beside {@code target} under an unused name. Created without explicit attributes, unlike
     * {@link Files#createTempFile} (mode 0600), so that the process's umask gives it the mode of any new file.
     */
    private static Path createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (AccessDeniedException e) {
                throw new AccessDeniedException(target.toString(), null, "cannot create a file in its directory (permission denied)");
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code tmp} the POSIX permissions of {@code target} when it replaces an existing file. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }

    public static void write(OutputStream out, DicomFile file) throws IOException {
        write(out, file, WriteOptions.DEFAULT);
    }

    /** Writes the file to a stream (which is not closed). */
    public static void write(OutputStream out, DicomFile file, WriteOptions options) throws IOException {
        TransferSyntax source = file.transferSyntax();
        TransferSyntax target = options.transferSyntax() == null ? source : options.transferSyntax();
        boolean asRead = target.uid().equals(source.uid()) && file.fileMeta().contains(TRANSFER_SYNTAX);
        checkPixelData(file.dataset(), source, target);
        WriteBuffer buf = new WriteBuffer(out);
        byte[] preamble = asRead && file.preamble() != null ? file.preamble() : new byte[128];
        buf.write(preamble, 0, 128);
        buf.write(new byte[] {'D', 'I', 'C', 'M'});
        Dataset meta = fileMeta(file, target, asRead);
        new DatasetEncoder(buf, true, true, false).writeDataset(meta);
        Dataset ds = file.dataset();
        if (!target.deflated()) {
            // Only here: a deflated data set has no byte positions in the file for DICOMDIR offsets to name.
            Map<Dataset, Map<Integer, Long>> offsets = !ds.contains(DIRECTORY_RECORDS) ? Map.of()
                    : DirectoryOffsets.recompute(ds, layout(meta, asRead, target),
                            layout(fileMeta(file, source, true), true, source), !file.fileMeta().contains(TRANSFER_SYNTAX));
            new DatasetEncoder(buf, asRead, target.explicitVR(), target.bigEndian(), offsets).writeDataset(ds);
        } else if (!asRead || ds.source() == null || !ds.source().writeEncodedIfUnchanged(ds, buf)) {
            // Deflated anew unless the data set is untouched since read: then its deflated bytes as read were copied.
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                DeflaterOutputStream deflated = new DeflaterOutputStream(buf, deflater, 64 * 1024);
                WriteBuffer toDeflate = new WriteBuffer(deflated);
                new DatasetEncoder(toDeflate, asRead, true, false).writeDataset(ds);
                toDeflate.flush();
                deflated.finish();
            } finally {
                deflater.end();
            }
        }
        buf.flush();
    }

    /** Where the data set starts after the preamble, {@code DICM} and {@code meta}, and how it is encoded. */
    private static DirectoryOffsets.Layout layout(Dataset meta, boolean asRead, TransferSyntax ts) {
        return new DirectoryOffsets.Layout(132 + new DatasetEncoder(null, true, true, false).datasetLength(meta),
                new DatasetEncoder(null, asRead, ts.explicitVR(), ts.bigEndian()));
    }

    /** The file as bytes, e.g. for a network message or a test. */
    public static byte[] toBytes(DicomFile file, WriteOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, file, options);
        return out.toByteArray();
    }

    private static void checkPixelData(Dataset ds, TransferSyntax source, TransferSyntax target) {
        boolean fragments = ds.getFragments(Tag.PIXEL_DATA) != null;
        if (fragments && !target.encapsulated()) {
            throw new IllegalArgumentException("cannot write encapsulated pixel data of " + source.name() + " in "
                    + target.name() + ": decompression is not supported");
        }
        if (target.encapsulated() && !target.uid().equals(source.uid())) {
            throw new IllegalArgumentException("cannot re-encode " + source.name() + " into " + target.name()
                    + ": compression is not supported; target an uncompressed transfer syntax");
        }
    }

    /**
     * The meta group to write: as read (untouched elements byte for byte) plus any required element that is
     * missing (PS3.10 7.1); a re-encoded file gets the target syntax and Iodine's implementation identity.
     */
    private static Dataset fileMeta(DicomFile file, TransferSyntax target, boolean asRead) {
        Dataset meta = new Dataset();
        Dataset read = file.fileMeta();
        for (int i = 0; i < read.size(); i++) {
            Object v = read.valueAt(i);
            meta.addValue(read.tagAt(i), read.vrAt(i), v != null ? v : read.bytesAt(i));
        }
        Dataset ds = file.dataset();
        if (!meta.contains(VERSION)) {
            meta.setBytes(VERSION, VR.OB, new byte[] {0, 1});
        }
        copyIfMissing(meta, MEDIA_SOP_CLASS, ds, 0x00080016, !asRead);
        copyIfMissing(meta, MEDIA_SOP_INSTANCE, ds, 0x00080018, !asRead);
        if (!asRead) {
            meta.setString(TRANSFER_SYNTAX, VR.UI, target.uid());
            meta.setString(IMPLEMENTATION_CLASS, VR.UI, IMPLEMENTATION_CLASS_UID);
            meta.setString(IMPLEMENTATION_VERSION, VR.SH, IMPLEMENTATION_VERSION_NAME);
        } else if (!meta.contains(IMPLEMENTATION_CLASS)) {
            meta.setString(IMPLEMENTATION_CLASS, VR.UI, IMPLEMENTATION_CLASS_UID);
            meta.setString(IMPLEMENTATION_VERSION, VR.SH, IMPLEMENTATION_VERSION_NAME);
        }
        meta.remove(GROUP_LENGTH);
        long length = new DatasetEncoder(null, true, true, false).datasetLength(meta);
        byte[] ul = new byte[4];
        Bytes.putInt(ul, 0, (int) length, false);
        meta.addValue(GROUP_LENGTH, VR.UL, ul);
        return meta;
    }

    /**
     * Adds a required meta UID from the data set when the meta lacks it. Without one, a new meta is refused; a file
     * written as read keeps the meta it came with (so that a tolerated read can still be written back).
     */
    private static void copyIfMissing(Dataset meta, int metaTag, Dataset ds, int tag, boolean required) {
        if (meta.contains(metaTag)) {
            return;
        }
        String uid = ds.getString(tag);
        if (uid == null && !required) {
            return;
        }
        if (uid == null) {
            throw new IllegalArgumentException("cannot write File Meta Information: " + Tag.toString(metaTag)
                    + " is required (PS3.10 7.1) and the data set has no " + Tag.toString(tag));
        }
        meta.setString(metaTag, VR.UI, uid);
    }
}

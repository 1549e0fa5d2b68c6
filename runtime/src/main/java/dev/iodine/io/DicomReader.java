package dev.iodine.io;

import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.dict.TransferSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads DICOM Part 10 files (PS3.10 7): the preamble, {@code DICM}, the File Meta Information, then the data set
 * in its transfer syntax (implicit or explicit VR, either byte order, deflated, encapsulated). With
 * {@link ReadOptions#force()} it also reads a bare data set, detecting its encoding from the first element.
 *
 * <pre>{@code
 * DicomFile f = DicomReader.read(Path.of("ct.dcm"));
 * DicomFile header = DicomReader.read(path, ReadOptions.DEFAULT.withStopBeforePixelData(true));
 * DicomFile any = DicomReader.read(path, ReadOptions.DEFAULT.withForce(true).withLenient(true));
 * }</pre>
 *
 * <p>Malformed input ends in a {@link DicomParseException} naming the offset, the element and what was expected;
 * no declared length is trusted before it is checked against the bytes left. The deviations from the standard
 * that are tolerated are listed in {@code docs/reading-deviations.md}; each one met is in {@link DicomFile#warnings()}.
 */
public final class DicomReader {

    private static final int PREAMBLE = 128;

    private DicomReader() {
    }

    public static DicomFile read(Path path) throws IOException {
        return read(path, ReadOptions.DEFAULT);
    }

    /**
     * Reads a file; failures name it at the start of their message.
     *
     * @throws FileSystemException when {@code path} is a directory
     */
    public static DicomFile read(Path path, ReadOptions options) throws IOException {
        if (Files.isDirectory(path)) {
            // Opening succeeds on some systems and the first read fails with a message that names no file.
            throw new FileSystemException(path.toString(), null, "is a directory, not a DICOM file");
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            boolean whole = !options.stopBeforePixelData() && !options.selective()
                    && options.deferSize() == Long.MAX_VALUE;
            return read(ByteInput.of(ch, path, whole), options, path.toString());
        }
    }

    public static DicomFile read(byte[] bytes, ReadOptions options) throws IOException {
        return read(ByteInput.of(bytes, bytes.length, null), options, "input");
    }

    /**
     * Reads a stream as parsing goes: with {@link ReadOptions#withStopBeforePixelData} reading stops after the
     * header (plus at most one 64 KB chunk of readahead). Values cannot be deferred: a stream cannot be read again.
     */
    public static DicomFile read(InputStream in, ReadOptions options) throws IOException {
        return read(ByteInput.of(in), options, "stream");
    }

    private static DicomFile read(ByteInput in, ReadOptions options, String name) throws IOException {
        List<String> warnings = new ArrayList<>();
        DatasetParser parser = new DatasetParser(in, options, warnings);
        byte[] preamble = null;
        Dataset meta = new Dataset(in.source, false, true);
        Dataset dataset = new Dataset(in.source, false, false);
        TransferSyntax ts = TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
        try {
            boolean dicm = in.ensure(PREAMBLE + 4) && in.b[128] == 'D' && in.b[129] == 'I' && in.b[130] == 'C' && in.b[131] == 'M';
            if (dicm && metaAt(in, PREAMBLE + 4)) {
                preamble = Arrays.copyOf(in.b, PREAMBLE);
                in.pos = PREAMBLE + 4;
            } else if (metaAt(in, 0)) {
                warnings.add("offset 0: File Meta Information without preamble and DICM prefix (PS3.10 7.1)");
            } else if (!options.force()) {
                throw new DicomParseException(dicm ? PREAMBLE + 4 : PREAMBLE, -1, dicm
                        ? "DICM prefix not followed by a File Meta Information element (0002,xxxx) (PS3.10 7.1)"
                        : "no DICM prefix (PS3.10 7.1): not a DICOM file, or a bare data set (read it with force)");
            } else if (dicm) {
                warnings.add("offset 128: DICM at offset 128 belongs to the data, not a preamble (no meta group follows)");
            }
            if (in.pos > 0 || metaAt(in, 0)) {
                if (in.ensure(6) && VR.of(in.b[in.pos + 4], in.b[in.pos + 5]) == null) {
                    meta = new Dataset(in.source, false, false);
                    warnings.add("offset " + in.offset() + ": File Meta Information in implicit VR (PS3.10 7.1 requires explicit VR little endian)");
                }
                parser.readDataset(meta, DatasetParser.Scope.META, -1, 0);
            } else {
                skipStrayBytes(in, warnings);
                if (in.ensure(8) && !elementCanStart(in, in.pos)) {
                    // Reading on would report a made-up element's absurd length; say what the input is instead.
                    throw new DicomParseException(in.offset(), -1, "not a DICOM file: "
                            + (dicm ? "DICM at offset 128 but no File Meta Information after it" : "no DICM prefix at offset 128")
                            + ", and no data element can start here (no VR, and a length beyond the input)");
                }
            }
            String uid = meta.getString(0x00020010);
            if (uid != null) {
                ts = TransferSyntax.forUid(uid);
            } else {
                ts = detect(in);
                warnings.add("offset " + in.offset() + ": no Transfer Syntax UID (0002,0010); data set read as " + ts.name());
            }
            byte[] deflated = null;
            if (ts.deflated()) {
                long start = in.offset();
                deflated = in.rest();
                in = inflate(deflated, start, warnings);
                parser = new DatasetParser(in, options, warnings);
            }
            boolean explicit = checkedExplicitVR(in, ts, warnings);
            dataset = new Dataset(in.source, ts.bigEndian(), explicit);
            parser.readDataset(dataset, DatasetParser.Scope.TOP, -1, 0);
            if (deflated != null && !options.stopBeforePixelData() && !options.selective()) {
                // Re-deflating would not give the file's bytes back (another deflater, level or trailing bytes):
                // the writer copies them as long as the data set is untouched.
                in.source.keepEncoded(dataset, deflated);
            }
            return new DicomFile(preamble, meta, dataset, ts, List.copyOf(warnings), null);
        } catch (DicomParseException e) {
            if (!options.lenient()) {
                throw e.in(name);
            }
            return new DicomFile(preamble, meta, dataset, ts, List.copyOf(warnings), e.in(name));
        }
    }

    /** Whether a File Meta Information element (group 0002, little endian) starts at {@code at}. */
    private static boolean metaAt(ByteInput in, int at) throws IOException {
        return in.ensure(at + 8 - in.pos) && Bytes.getUShort(in.b, at, false) == 0x0002;
    }

    /** Bytes a bare data set may start after: fewer than an element header. */
    private static final int MAX_STRAY = 7;

    /**
     * Moves past a few stray bytes before a bare data set, left over from cutting off a preamble and meta (one
     * file starts with the last byte of its meta): only when no element can start at the current position (no VR,
     * and a length beyond the input in either byte order) and an explicit VR element with the dictionary's VR for
     * its tag, followed by another element in ascending tag order, starts 1 to {@value #MAX_STRAY} bytes in.
     */
    private static void skipStrayBytes(ByteInput in, List<String> warnings) throws IOException {
        if (!in.ensure(8) || elementCanStart(in, in.pos)) {
            return;
        }
        for (int k = 1; k <= MAX_STRAY; k++) {
            for (boolean be : new boolean[] {false, true}) {
                if (explicitElementsAt(in, in.pos + k, be)) {
                    warnings.add("offset " + in.offset() + ": " + k + " stray byte" + (k > 1 ? "s" : "")
                            + " before the data set skipped; no element can start there, one does at offset " + (in.offset() + k));
                    in.skip(k);
                    return;
                }
            }
        }
    }

    /** Whether an element header at {@code p} is possible: a VR in bytes 4-5, or a 4-byte length that fits. */
    private static boolean elementCanStart(ByteInput in, int p) {
        if (VR.of(in.b[p + 4], in.b[p + 5]) != null) {
            return true;
        }
        long left = in.remaining() - (p - in.pos) - 8;
        long le = Bytes.getInt(in.b, p + 4, false) & 0xFFFFFFFFL;
        long be = Bytes.getInt(in.b, p + 4, true) & 0xFFFFFFFFL;
        return le == 0xFFFFFFFFL || le <= left || be <= left;
    }

    /**
     * Whether an explicit VR element whose VR is its tag's dictionary VR starts at {@code p}, and its value is
     * followed by the end of the input or by an element with a VR and a higher tag.
     */
    private static boolean explicitElementsAt(ByteInput in, int p, boolean be) throws IOException {
        if (!in.ensure(p - in.pos + 12)) {
            return false;
        }
        int tag = Bytes.getTag(in.b, p, be);
        VR vr = VR.of(in.b[p + 4], in.b[p + 5]);
        if (vr == null || vr == VR.UN || vr != ElementDictionary.vrOf(tag)) {
            return false;
        }
        long len = vr.longHeader() ? Bytes.getInt(in.b, p + 8, be) & 0xFFFFFFFFL : Bytes.getUShort(in.b, p + 6, be);
        long next = (p - in.pos) + (vr.longHeader() ? 12 : 8) + len;
        if (next == in.remaining()) {
            return true;
        }
        if (next > Integer.MAX_VALUE - 8 || !in.ensure((int) next + 8)) {
            return false;
        }
        int q = in.pos + (int) next;
        return VR.of(in.b[q + 4], in.b[q + 5]) != null && Integer.compareUnsigned(Bytes.getTag(in.b, q, be), tag) > 0;
    }

    /**
     * The encoding of a data set without meta, from its first element: the byte order whose group number is
     * smaller (data sets start with low groups), explicit VR when bytes 4-5 spell a VR.
     */
    private static TransferSyntax detect(ByteInput in) throws IOException {
        if (!in.ensure(8)) {
            throw new DicomParseException(in.offset(), -1, "input too short for a data element");
        }
        int le = Bytes.getUShort(in.b, in.pos, false);
        int be = Bytes.getUShort(in.b, in.pos, true);
        boolean explicit = VR.of(in.b[in.pos + 4], in.b[in.pos + 5]) != null;
        if (be < le) {
            return TransferSyntax.EXPLICIT_VR_BIG_ENDIAN;
        }
        return explicit ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
    }

    /**
     * The transfer syntax's VR encoding, unless the first element contradicts it: some writers label implicit VR
     * data as explicit and the reverse (pydicom checks the same way).
     */
    private static boolean checkedExplicitVR(ByteInput in, TransferSyntax ts, List<String> warnings) throws IOException {
        if (!in.ensure(8)) {
            return ts.explicitVR();
        }
        int tag = Bytes.getTag(in.b, in.pos, ts.bigEndian());
        VR vr = VR.of(in.b[in.pos + 4], in.b[in.pos + 5]);
        if (ts.explicitVR() && vr == null) {
            warnings.add("offset " + in.offset() + ": transfer syntax says explicit VR but the first element has no VR; read as implicit VR");
            return false;
        }
        if (!ts.explicitVR() && vr != null && vr == ElementDictionary.vrOf(tag) && vr != VR.UN) {
            warnings.add("offset " + in.offset() + ": transfer syntax says implicit VR but the first element has an explicit VR; read as explicit VR");
            return true;
        }
        return ts.explicitVR();
    }

    /** Whether the last {@code trailing} bytes are the CRC-32 and length of the inflated bytes, as gzip ends a stream. */
    private static boolean gzipTrailer(byte[] deflated, int trailing, byte[] inflated, int n) {
        if (trailing != 8) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(inflated, 0, n);
        int at = deflated.length - 8;
        return Bytes.getInt(deflated, at, false) == (int) crc.getValue() && Bytes.getInt(deflated, at + 4, false) == n;
    }

    /** The deflated data set (PS3.5 A.5) inflated into memory; raw deflate, or zlib-wrapped as some writers do. */
    private static ByteInput inflate(byte[] deflated, long start, List<String> warnings) throws IOException {
        boolean zlib = deflated.length >= 2 && (deflated[0] & 0x0F) == 8
                && ((deflated[0] & 0xFF) << 8 | (deflated[1] & 0xFF)) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        try {
            inflater.setInput(deflated);
            byte[] out = new byte[Math.max(1024, Math.min(deflated.length * 4, ByteInput.MAX_ARRAY / 2))];
            int n = 0;
            while (!inflater.finished()) {
                if (n == out.length) {
                    if (out.length == ByteInput.MAX_ARRAY) {
                        throw new DicomParseException(start, -1, "deflated data set inflates beyond 2 GB");
                    }
                    out = Arrays.copyOf(out, (int) Math.min((long) out.length * 2, ByteInput.MAX_ARRAY));
                }
                int r = inflater.inflate(out, n, out.length - n);
                if (r == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DicomParseException(start + inflater.getBytesRead(), -1,
                            "deflated data set ends before its deflate stream does (PS3.5 A.5)");
                }
                n += r;
            }
            int trailing = inflater.getRemaining();
            if (trailing > 0) {
                long at = start + deflated.length - trailing;
                warnings.add("offset " + at + ": " + trailing + " bytes after the end of the deflate stream ignored"
                        + (gzipTrailer(deflated, trailing, out, n) ? " (a gzip trailer: CRC-32 and length, RFC 1952)" : ""));
            }
            return ByteInput.of(out, n, null);
        } catch (DataFormatException e) {
            throw new DicomParseException(start, -1, "deflated data set is not a valid deflate stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}

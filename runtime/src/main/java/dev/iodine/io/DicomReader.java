package dev.iodine.io;

import dev.iodine.data.Bytes;
import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.dict.TransferSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    public static DicomFile read(Path path, ReadOptions options) throws IOException {
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
            }
            String uid = meta.getString(0x00020010);
            if (uid != null) {
                ts = TransferSyntax.forUid(uid);
            } else {
                ts = detect(in);
                warnings.add("offset " + in.offset() + ": no Transfer Syntax UID (0002,0010); data set read as " + ts.name());
            }
            if (ts.deflated()) {
                in = inflate(in);
                parser = new DatasetParser(in, options, warnings);
            }
            boolean explicit = checkedExplicitVR(in, ts, warnings);
            dataset = new Dataset(in.source, ts.bigEndian(), explicit);
            parser.readDataset(dataset, DatasetParser.Scope.TOP, -1, 0);
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

    /** The deflated data set (PS3.5 A.5) inflated into memory; raw deflate, or zlib-wrapped as some writers do. */
    private static ByteInput inflate(ByteInput in) throws IOException {
        long start = in.offset();
        byte[] deflated = in.rest();
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
            return ByteInput.of(out, n, null);
        } catch (DataFormatException e) {
            throw new DicomParseException(start, -1, "deflated data set is not a valid deflate stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}

package dev.iodine.cli;

import dev.iodine.dict.TransferSyntax;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.DicomWriter;
import dev.iodine.io.ReadOptions;
import dev.iodine.io.WriteOptions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iodine convert [--transfer-syntax UID|keyword] IN OUT}: reads a file and writes it again, as read (byte
 * for byte for a well-formed file) or re-encoded into another uncompressed transfer syntax. OUT is written through
 * a temporary file, so it never holds half a file.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Rewrites a DICOM file, as read or in another transfer syntax.")
final class ConvertCommand implements Callable<Integer> {

    @Option(names = {"-t", "--transfer-syntax"}, paramLabel = "UID|keyword",
            description = "the transfer syntax to write, e.g. 1.2.840.10008.1.2 or ImplicitVRLittleEndian,"
                    + " ExplicitVRLittleEndian, ExplicitVRBigEndian, DeflatedExplicitVRLittleEndian"
                    + " (default: the input's own, written as read)")
    private String transferSyntax;

    @Option(names = "--no-overwrite", description = "fail when OUT exists")
    private boolean noOverwrite;

    @Parameters(index = "0", paramLabel = "IN", description = "the DICOM file to read")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write")
    private Path out;

    @Override
    public Integer call() throws Exception {
        // Resolved before reading, so that a mistyped syntax fails at once.
        TransferSyntax target = transferSyntax == null ? null : TransferSyntax.of(transferSyntax);
        DicomFile f = DicomReader.read(in, ReadOptions.DEFAULT.withForce(true));
        WriteOptions options = WriteOptions.DEFAULT.withTransferSyntax(target).withOverwrite(!noOverwrite);
        try {
            DicomWriter.write(out, f, options);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(out + " exists; not overwritten (--no-overwrite)", e);
        }
        return 0;
    }
}

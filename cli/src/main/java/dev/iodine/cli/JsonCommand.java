package dev.iodine.cli;

import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import dev.iodine.json.BulkDataLocator;
import dev.iodine.json.DicomJsonWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iodine json [--bulk-threshold N] FILE}: the file (meta first) in the PS3.18 Annex F JSON model on
 * standard output; binary values longer than N bytes as {@code BulkDataURI}s naming the byte range in the file.
 */
@Command(name = "json", mixinStandardHelpOptions = true,
        description = "Writes a DICOM file as PS3.18 JSON on standard output.")
final class JsonCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--bulk-threshold", paramLabel = "N",
            description = "binary values longer than N bytes are written as a BulkDataURI "
                    + "file:///path?offset=O&length=L instead of InlineBinary (default: none, all inline)")
    private Long bulkThreshold;

    @Option(names = "--pretty", description = "indent the JSON")
    private boolean pretty;

    @Parameters(paramLabel = "FILE", description = "the DICOM file")
    private Path file;

    @Override
    public Integer call() throws Exception {
        Path path = file.toAbsolutePath();
        DicomFile f = DicomReader.read(path, ReadOptions.DEFAULT.withForce(true));
        DicomJsonWriter writer = new DicomJsonWriter().withPrettyPrint(pretty);
        if (bulkThreshold != null) {
            writer = writer.withBulkData(bulkThreshold, BulkDataLocator.fileRanges());
        }
        PrintWriter out = spec.commandLine().getOut();
        writer.write(f.fileMeta(), f.dataset(), out);
        out.println();
        out.flush();
        return 0;
    }
}

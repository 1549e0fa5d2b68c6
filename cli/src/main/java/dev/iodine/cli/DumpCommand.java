package dev.iodine.cli;

import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code iodine dump FILE}: the file's elements, one per line, nested items indented. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Lists the elements of a DICOM file: tag, VR, VM, length, keyword, value.")
final class DumpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the DICOM file (Part 10, or a bare data set)")
    private Path file;

    @Override
    public Integer call() throws Exception {
        DicomFile f = DicomReader.read(file, ReadOptions.DEFAULT.withForce(true));
        PrintWriter out = spec.commandLine().getOut();
        DatasetListing listing = new DatasetListing(out);
        out.println("# " + file);
        if (f.fileMeta().size() > 0) {
            out.println("# File Meta Information");
            listing.list(f.fileMeta());
        }
        out.println("# Data set: " + f.transferSyntax().name() + " (" + f.transferSyntax().uid() + ")");
        listing.list(f.dataset());
        for (String warning : f.warnings()) {
            out.println("# warning: " + warning);
        }
        return 0;
    }
}

package dev.iodine.cli;

import dev.iodine.bind.Dicom;
import dev.iodine.io.ReadOptions;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iodine validate [--json] FILE...}: validates each file against the IOD of its SOP class (PS3.3) and prints
 * one line per finding, then a summary line per file:
 *
 * <pre>{@code
 * plan.dcm: Error: BeamSequence[0] (300A,00C6) RadiationType: missing; Type 1 requires it with a value [RT Beams, PS3.3 C.8.8.14]
 * plan.dcm: RT Plan: 1 error, 0 warnings
 * }</pre>
 *
 * Directories are walked. The exit code is {@link IodineCommand#EXIT_FAILURE} when any file has an error or
 * cannot be read. On a terminal, a progress bar shows on standard error while many files are checked.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates DICOM files against their IODs (PS3.3): one line per finding, a summary per file.")
final class ValidateCommand implements Callable<Integer> {

    /** Fewer files than this finish before a progress bar would help. */
    private static final int PROGRESS_THRESHOLD = 10;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "machine-readable output: a JSON array with an object per file")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "DICOM files, or directories to walk")
    private List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = InputFiles.expand(paths);
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), files.size(),
                System.console() != null && files.size() >= PROGRESS_THRESHOLD);
        ValidationJson jsonOut = json ? new ValidationJson(out) : null;
        int failed = 0;
        for (Path file : files) {
            String name = file.toString();
            ValidationReport report = null;
            String failure = null;
            try {
                // Forced like "iodine dump": a bare data set without preamble and meta is validated too.
                report = Dicom.validate(Dicom.read(file, ReadOptions.DEFAULT.withForce(true)));
            } catch (Exception e) {
                // The reader's messages start with the file name, which the line already gives.
                failure = FailureMessage.of(e).replaceFirst("^" + Pattern.quote(name) + ": ", "");
            }
            bar.clear();
            if (report == null || !report.isValid()) {
                failed++;
            }
            if (jsonOut != null) {
                if (report != null) {
                    jsonOut.report(name, report);
                } else {
                    jsonOut.failure(name, failure);
                }
            } else if (report != null) {
                for (Violation v : report.violations()) {
                    out.println(name + ": " + v);
                }
                out.println(name + ": " + report.summary());
            } else {
                out.println(name + ": Error: cannot read: " + failure);
            }
            out.flush();
            bar.advance();
        }
        bar.clear();
        if (jsonOut != null) {
            jsonOut.close();
        } else if (files.size() > 1) {
            out.println(files.size() + " files: " + failed + " with errors, " + (files.size() - failed) + " valid");
        }
        return failed > 0 ? IodineCommand.EXIT_FAILURE : 0;
    }
}

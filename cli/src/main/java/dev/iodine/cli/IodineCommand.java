package dev.iodine.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iodine} command line: {@code dump}, {@code json} and {@code convert} (run by the {@code ./iodine}
 * launcher at the repository root).
 *
 * <pre>{@code
 * ./iodine dump testdata/src/main/resources/samples/ct-phantom.dcm
 * ./iodine json --bulk-threshold 1024 some.dcm > some.json
 * ./iodine convert --transfer-syntax ImplicitVRLittleEndian in.dcm out.dcm
 * }</pre>
 *
 * <p>A failure (a file that cannot be read, a bad argument) prints one line on standard error, never a stack
 * trace, and exits with {@link #EXIT_FAILURE}; a usage error exits with picocli's usage code (2).
 */
@Command(name = "iodine", mixinStandardHelpOptions = true, versionProvider = IodineCommand.Version.class,
        description = "Reads, shows and rewrites DICOM files.",
        subcommands = {DumpCommand.class, JsonCommand.class, ConvertCommand.class, ValidateCommand.class})
public final class IodineCommand implements Runnable {

    /** The exit code of a command that failed on its input. */
    public static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default: names and JSON carry any script.
        System.exit(run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args));
    }

    /**
     * Runs the command line with the given streams and returns the exit code; what {@link #main} does, callable
     * from tests.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new IodineCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("iodine " + cmd.getCommandName() + ": " + FailureMessage.of(e));
            return EXIT_FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        // "iodine" alone: show what it can do.
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: dump, json or convert");
    }

    /** The version from the jar's manifest, when built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = IodineCommand.class.getPackage().getImplementationVersion();
            return new String[] {"iodine " + (v == null ? "(development build)" : v)};
        }
    }
}

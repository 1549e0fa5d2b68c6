package dev.iodine.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code dciodvfy -new} said about one file: the IOD it chose (its own CamelCase name, e.g. {@code RTPlan})
 * and its findings, parsed so that they can be compared with Iodine's.
 *
 * <pre>{@code
 * DciodvfyReport r = DciodvfyReport.parse(output);
 * r.findings().stream().filter(f -> f.kind() == DciodvfyFinding.Kind.MISSING) ...
 * }</pre>
 *
 * @param iod      the IOD name dciodvfy printed, or empty when it found none
 * @param findings every Error and Warning line, in output order
 * @param output   the whole output, for messages
 */
public record DciodvfyReport(String iod, List<DciodvfyFinding> findings, String output) {

    /** {@code Error - </A(gggg,eeee)[1]/B(gggg,eeee)> - message}: the -new format with an attribute path. */
    private static final Pattern WITH_PATH = Pattern.compile("^(Error|Warning) - </(.*?)> - (.*)$");
    /** Any other finding, e.g. {@code Error - Information Object Not found} or a read error after a tag. */
    private static final Pattern OTHER = Pattern.compile("^(?:.*? )?(Error|Warning) - (.*)$");
    /** The line naming the IOD dciodvfy validates against: one CamelCase word. */
    private static final Pattern IOD = Pattern.compile("^[A-Z][A-Za-z0-9]+$");

    public DciodvfyReport {
        findings = List.copyOf(findings);
    }

    /** Parses dciodvfy's combined standard output and error. */
    public static DciodvfyReport parse(String output) {
        String iod = "";
        List<DciodvfyFinding> findings = new ArrayList<>();
        for (String line : output.split("\r?\n")) {
            Matcher m = WITH_PATH.matcher(line);
            if (m.matches()) {
                findings.add(DciodvfyFinding.withPath(m.group(1), m.group(2), m.group(3), line));
            } else if ((m = OTHER.matcher(line)).matches()) {
                findings.add(DciodvfyFinding.other(m.group(1), line));
            } else if (iod.isEmpty() && IOD.matcher(line).matches()) {
                iod = line;
            }
        }
        return new DciodvfyReport(iod, findings, output);
    }

    /** The findings that are errors. */
    public List<DciodvfyFinding> errors() {
        return findings.stream().filter(DciodvfyFinding::isError).toList();
    }
}

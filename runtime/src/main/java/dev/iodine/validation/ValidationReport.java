package dev.iodine.validation;

import java.util.Comparator;
import java.util.List;

/**
 * Every {@link Violation} found when validating one instance against its IOD, errors first, in the order of
 * the attributes' paths and tags. {@link #toString()} prints one line per violation and a summary line, in the
 * manner of dciodvfy but with the path, module, type and PS3.3 reference on each line.
 *
 * <pre>{@code
 * ValidationReport report = Dicom.validate(plan);
 * if (!report.isValid()) {
 *     report.errors().forEach(v -> System.err.println(v.location() + ": " + v.message()));
 * }
 * }</pre>
 *
 * @param iod        the name of the IOD validated against ("RT Plan"), or empty when none was found
 * @param violations every violation, sorted: errors first, then by path and tag
 */
public record ValidationReport(String iod, List<Violation> violations) {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::path)
            .thenComparing(v -> Integer.toUnsignedLong(v.tag()));

    public ValidationReport {
        iod = iod == null ? "" : iod;
        violations = violations.stream().sorted(ORDER).toList();
    }

    /** Whether the instance conforms: no violation of severity {@link Severity#ERROR}. */
    public boolean isValid() {
        return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    /** The violations of severity {@link Severity#ERROR}. */
    public List<Violation> errors() {
        return of(Severity.ERROR);
    }

    /** The violations of severity {@link Severity#WARNING}. */
    public List<Violation> warnings() {
        return of(Severity.WARNING);
    }

    private List<Violation> of(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    /** {@code RT Plan: 2 errors, 1 warning}, or {@code RT Plan: valid} when there is nothing to say. */
    public String summary() {
        String name = iod.isEmpty() ? "no IOD" : iod;
        if (violations.isEmpty()) {
            return name + ": valid";
        }
        return name + ": " + count(errors().size(), "error") + ", " + count(warnings().size(), "warning");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** One line per violation (see {@link Violation#toString()}), then the {@link #summary()}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Violation v : violations) {
            b.append(v).append('\n');
        }
        return b.append(summary()).append('\n').toString();
    }
}

package dev.iodine.validation;

/**
 * Thrown when strict reading or writing meets an instance that does not conform to its IOD. The message lists
 * every violation; {@link #report()} gives them as data.
 *
 * <pre>{@code
 * try {
 *     Dicom.write(path, plan);
 * } catch (DicomValidationException e) {
 *     for (Violation v : e.report().errors()) System.err.println(v);
 * }
 * }</pre>
 */
public class DicomValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /**
     * @param what   what was refused, e.g. {@code "Cannot write /tmp/plan.dcm"}
     * @param report the report whose errors caused the refusal
     */
    public DicomValidationException(String what, ValidationReport report) {
        super(what + ":\n" + report);
        this.report = report;
    }

    /** The full report, warnings included. */
    public ValidationReport report() {
        return report;
    }
}

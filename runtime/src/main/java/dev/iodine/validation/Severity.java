package dev.iodine.validation;

/**
 * How bad a {@link Violation} is. An error makes an instance non-conformant (PS3.3 requires otherwise); a warning
 * flags something the standard allows but discourages, such as a value outside the defined terms.
 *
 * <pre>{@code
 * if (violation.severity() == Severity.ERROR) { ... }
 * }</pre>
 */
public enum Severity {
    ERROR("Error"),
    WARNING("Warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** {@code Error} or {@code Warning}, as printed in reports. */
    public String label() {
        return label;
    }
}

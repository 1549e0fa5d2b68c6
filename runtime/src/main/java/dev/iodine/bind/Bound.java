package dev.iodine.bind;

import dev.iodine.validation.ValidationReport;

/**
 * A typed object read leniently, with the violations found in it.
 *
 * <pre>{@code
 * Bound<RtPlan> b = Dicom.readValidated(path, RtPlan.class);
 * if (!b.report().isValid()) log(b.report());
 * RtPlan plan = b.object();
 * }</pre>
 *
 * @param object the typed object
 * @param report its violations
 */
public record Bound<T>(T object, ValidationReport report) {
}

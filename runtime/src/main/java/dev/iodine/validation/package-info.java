/**
 * The outcome of validating an instance against its IOD (PS3.3): {@link dev.iodine.validation.Violation}s with
 * the attribute's path, tag, module, type and what was expected, gathered in a
 * {@link dev.iodine.validation.ValidationReport}; {@link dev.iodine.validation.DicomValidationException} carries a
 * report when strict reading or writing refuses an invalid instance.
 *
 * <pre>{@code
 * ValidationReport report = Dicom.validate(plan);
 * if (report.hasErrors()) System.out.print(report);
 * }</pre>
 */
package dev.iodine.validation;

/**
 * Annotations that declare DICOM modules, macros, sequence items and IODs (PS3.3) for the Iodine annotation
 * processor, which checks them against the PS3.6 dictionary at compile time and generates typed classes.
 * See docs/annotations.md and docs/conditions.md.
 *
 * <pre>{@code
 * @DicomModule(name = "Patient", section = "C.7.1.1")
 * public interface PatientModule {
 *     @Attribute(keyword = "PatientName", type = Type.T2) PersonName getPatientName();
 * }
 * }</pre>
 */
package dev.iodine.annotations;

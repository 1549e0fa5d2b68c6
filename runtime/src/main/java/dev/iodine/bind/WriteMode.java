package dev.iodine.bind;

/**
 * What {@link Dicom#write} does before writing.
 *
 * <pre>{@code
 * Dicom.write(path, plan);                       // VALIDATED
 * Dicom.write(path, draft, WriteMode.ANYWAY);    // writes even if invalid
 * }</pre>
 */
public enum WriteMode {
    /** Fill what a writer may fill, validate, and refuse an instance with errors (the default). */
    VALIDATED,
    /** Fill what a writer may fill and write, valid or not. */
    ANYWAY,
    /** Write the dataset exactly as it is: no filling, no validation. */
    AS_IS
}

package dev.iodine.data;

/**
 * How much of a DA, TM or DT value is present: the standard allows partial forms such as {@code YYYY} or
 * {@code HHMM} (PS3.5 6.2, Table 6.2-1 DA/TM/DT), which a {@code java.time} object alone cannot say.
 *
 * <pre>{@code
 * if (ds.getDate(Tags.StudyDate).precision() == Precision.DAY) { ... a full date ... }
 * }</pre>
 */
public enum Precision {
    YEAR, MONTH, DAY, HOUR, MINUTE, SECOND,
    /** Seconds with a fraction of 1 to 6 digits. */
    FRACTION
}

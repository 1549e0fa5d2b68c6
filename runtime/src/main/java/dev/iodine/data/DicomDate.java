package dev.iodine.data;

import java.time.LocalDate;

/**
 * A DA value (PS3.5 6.2): {@code YYYYMMDD}, also the partial forms {@code YYYY} and {@code YYYYMM} and the
 * ACR-NEMA form {@code YYYY.MM.DD} (PS3.5 6.2 note, still found in old files). The text read is kept.
 *
 * <pre>{@code
 * DicomDate d = DicomDate.parse("199703");
 * d.precision();      // Precision.MONTH
 * d.toLocalDate();    // 1997-03-01 (missing parts are the first month/day)
 * DicomDate.of(LocalDate.of(2024, 2, 29)).toString();   // "20240229"
 * }</pre>
 */
public final class DicomDate {

    private final String text;
    private final int year;
    private final int month;
    private final int day;
    private final Precision precision;

    private DicomDate(String text, int year, int month, int day, Precision precision) {
        this.text = text;
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
    }

    /** Parses a DA value (surrounding spaces ignored); throws {@link IllegalArgumentException} when invalid. */
    public static DicomDate parse(String value) {
        String s = value.strip();
        String digits = s.length() == 10 && s.charAt(4) == '.' && s.charAt(7) == '.'
                ? s.substring(0, 4) + s.substring(5, 7) + s.substring(8) : s;
        int y = TemporalText.digits(digits, 0, 4);
        int m = digits.length() >= 6 ? TemporalText.digits(digits, 4, 2) : 1;
        int d = digits.length() == 8 ? TemporalText.digits(digits, 6, 2) : 1;
        if (y < 0 || m < 0 || d < 0 || (digits.length() != 4 && digits.length() != 6 && digits.length() != 8)) {
            throw TemporalText.invalid("DA", value);
        }
        Precision p = digits.length() == 4 ? Precision.YEAR : digits.length() == 6 ? Precision.MONTH : Precision.DAY;
        try {
            LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            throw TemporalText.invalid("DA", value);
        }
        return new DicomDate(s, y, m, d, p);
    }

    public static DicomDate of(LocalDate date) {
        StringBuilder sb = new StringBuilder(8);
        TemporalText.pad(sb, date.getYear(), 4);
        TemporalText.pad(sb, date.getMonthValue(), 2);
        TemporalText.pad(sb, date.getDayOfMonth(), 2);
        return new DicomDate(sb.toString(), date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
    }

    /** {@link Precision#YEAR}, {@link Precision#MONTH} or {@link Precision#DAY}. */
    public Precision precision() {
        return precision;
    }

    public int year() {
        return year;
    }

    /** The month, 1 when the value has none. */
    public int month() {
        return month;
    }

    /** The day, 1 when the value has none. */
    public int day() {
        return day;
    }

    /** The date, with a missing month or day taken as the first. */
    public LocalDate toLocalDate() {
        return LocalDate.of(year, month, day);
    }

    /** The DA text as read (or as made by {@link #of}). */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DicomDate d && text.equals(d.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}

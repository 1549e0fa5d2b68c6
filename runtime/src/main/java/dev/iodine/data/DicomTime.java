package dev.iodine.data;

import java.time.LocalTime;

/**
 * A TM value (PS3.5 6.2): {@code HH}, {@code HHMM}, {@code HHMMSS} or {@code HHMMSS.F} with 1 to 6 fraction
 * digits; also the ACR-NEMA form {@code HH:MM:SS.F}. The text read is kept, so is the number of fraction digits.
 *
 * <pre>{@code
 * DicomTime t = DicomTime.parse("070907.0705");
 * t.precision();          // Precision.FRACTION
 * t.fractionDigits();     // 4
 * t.toLocalTime();        // 07:09:07.070500
 * }</pre>
 */
public final class DicomTime {

    private final String text;
    private final int hour;
    private final int minute;
    private final int second;
    private final int nanos;
    private final int fractionDigits;
    private final Precision precision;

    private DicomTime(String text, int hour, int minute, int second, int nanos, int fractionDigits, Precision p) {
        this.text = text;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.nanos = nanos;
        this.fractionDigits = fractionDigits;
        this.precision = p;
    }

    /** Parses a TM value (surrounding spaces ignored); throws {@link IllegalArgumentException} when invalid. */
    public static DicomTime parse(String value) {
        String s = value.strip();
        DicomTime t = parseOrNull(s.indexOf(':') > 0 ? s.replace(":", "") : s, s);
        if (t == null) {
            throw TemporalText.invalid("TM", value);
        }
        return t;
    }

    /** Parses the digits form; {@code null} when invalid. Also used for the time part of DT values. */
    static DicomTime parseOrNull(String s, String text) {
        int dot = s.indexOf('.');
        String main = dot < 0 ? s : s.substring(0, dot);
        int n = main.length();
        if (n != 2 && n != 4 && n != 6 || (dot >= 0 && n != 6)) {
            return null;
        }
        int h = TemporalText.digits(main, 0, 2);
        int m = n >= 4 ? TemporalText.digits(main, 2, 2) : 0;
        int sec = n == 6 ? TemporalText.digits(main, 4, 2) : 0;
        // PS3.5 allows second 60 (leap second).
        if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) {
            return null;
        }
        int frac = 0;
        int digits = 0;
        if (dot >= 0) {
            digits = s.length() - dot - 1;
            frac = TemporalText.digits(s, dot + 1, digits);
            if (digits < 1 || digits > 6 || frac < 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                frac *= 10;
            }
        }
        Precision p = dot >= 0 ? Precision.FRACTION : n == 2 ? Precision.HOUR : n == 4 ? Precision.MINUTE : Precision.SECOND;
        return new DicomTime(text, h, m, sec, frac, digits, p);
    }

    /** A TM of {@code HHMMSS}, with a 6-digit fraction when the time has a fraction of a second. */
    public static DicomTime of(LocalTime time) {
        StringBuilder sb = new StringBuilder(13);
        TemporalText.pad(sb, time.getHour(), 2);
        TemporalText.pad(sb, time.getMinute(), 2);
        TemporalText.pad(sb, time.getSecond(), 2);
        int micros = time.getNano() / 1000;
        if (micros != 0) {
            sb.append('.');
            TemporalText.pad(sb, micros, 6);
        }
        return parseOrNull(sb.toString(), sb.toString());
    }

    public Precision precision() {
        return precision;
    }

    public int hour() {
        return hour;
    }

    public int minute() {
        return minute;
    }

    public int second() {
        return second;
    }

    public int nano() {
        return nanos;
    }

    /** The number of fraction digits written (0 to 6). */
    public int fractionDigits() {
        return fractionDigits;
    }

    /** The time; missing parts are zero; a leap second 60 becomes 59.999999999. */
    public LocalTime toLocalTime() {
        return second == 60 ? LocalTime.of(hour, minute, 59, 999_999_999) : LocalTime.of(hour, minute, second, nanos);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DicomTime t && text.equals(t.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}

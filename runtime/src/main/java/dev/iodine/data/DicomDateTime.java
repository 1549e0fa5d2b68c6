package dev.iodine.data;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A DT value (PS3.5 6.2): {@code YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&ZZXX]} where {@code &} is {@code +} or
 * {@code -} and the suffix is the offset from UTC. Partial forms and the offset's presence are kept.
 *
 * <pre>{@code
 * DicomDateTime dt = DicomDateTime.parse("20240229133015.25+0100");
 * dt.precision();            // Precision.FRACTION
 * dt.offset();               // +01:00
 * dt.toOffsetDateTime();     // 2024-02-29T13:30:15.250+01:00
 * DicomDateTime.parse("1997").toLocalDateTime();   // 1997-01-01T00:00
 * }</pre>
 */
public final class DicomDateTime {

    private final String text;
    private final DicomDate date;
    private final DicomTime time;
    private final ZoneOffset offset;

    private DicomDateTime(String text, DicomDate date, DicomTime time, ZoneOffset offset) {
        this.text = text;
        this.date = date;
        this.time = time;
        this.offset = offset;
    }

    /** Parses a DT value (surrounding spaces ignored); throws {@link IllegalArgumentException} when invalid. */
    public static DicomDateTime parse(String value) {
        String s = value.strip();
        int sign = Math.max(s.indexOf('+', 4), s.indexOf('-', 4));
        String main = sign < 0 ? s : s.substring(0, sign);
        ZoneOffset offset = null;
        if (sign >= 0) {
            int hh = TemporalText.digits(s, sign + 1, 2);
            int mm = TemporalText.digits(s, sign + 3, 2);
            if (s.length() != sign + 5 || hh < 0 || mm < 0 || hh > 14 || mm > 59) {
                throw TemporalText.invalid("DT", value);
            }
            int seconds = (hh * 3600 + mm * 60) * (s.charAt(sign) == '-' ? -1 : 1);
            offset = ZoneOffset.ofTotalSeconds(seconds);
        }
        int dot = main.indexOf('.');
        int dateLen = Math.min(dot < 0 ? main.length() : dot, 8);
        if (dateLen < 4 || (dateLen < 8 && main.length() > dateLen)) {
            throw TemporalText.invalid("DT", value);
        }
        DicomDate date;
        try {
            date = DicomDate.parse(main.substring(0, dateLen));
        } catch (IllegalArgumentException e) {
            throw TemporalText.invalid("DT", value);
        }
        DicomTime time = null;
        if (main.length() > 8) {
            time = DicomTime.parseOrNull(main.substring(8), main.substring(8));
            if (time == null) {
                throw TemporalText.invalid("DT", value);
            }
        }
        return new DicomDateTime(s, date, time, offset);
    }

    /** A DT of full precision (microseconds when the time has a fraction), without an offset. */
    public static DicomDateTime of(LocalDateTime dateTime) {
        DicomDate d = DicomDate.of(dateTime.toLocalDate());
        DicomTime t = DicomTime.of(dateTime.toLocalTime());
        return new DicomDateTime(d + t.toString(), d, t, null);
    }

    /** A DT of full precision with the offset written as {@code &ZZXX}. */
    public static DicomDateTime of(OffsetDateTime dateTime) {
        DicomDateTime local = of(dateTime.toLocalDateTime());
        int total = dateTime.getOffset().getTotalSeconds() / 60;
        StringBuilder sb = new StringBuilder(local.text).append(total < 0 ? '-' : '+');
        TemporalText.pad(sb, Math.abs(total) / 60, 2);
        TemporalText.pad(sb, Math.abs(total) % 60, 2);
        return new DicomDateTime(sb.toString(), local.date, local.time, dateTime.getOffset());
    }

    public Precision precision() {
        return time == null ? date.precision() : time.precision();
    }

    /** The date part (which may itself be partial). */
    public DicomDate date() {
        return date;
    }

    /** The time part, or {@code null} when the value stops at the date. */
    public DicomTime time() {
        return time;
    }

    /** The UTC offset suffix, or {@code null} when the value has none (PS3.5: then the offset of (0008,0201) or the local one applies). */
    public ZoneOffset offset() {
        return offset;
    }

    /** The local date-time, missing parts taken as their first value (month/day 1, time 0). */
    public LocalDateTime toLocalDateTime() {
        return time == null ? date.toLocalDate().atStartOfDay() : LocalDateTime.of(date.toLocalDate(), time.toLocalTime());
    }

    /** With the value's offset, or {@code ifAbsent} when it has none. */
    public OffsetDateTime toOffsetDateTime(ZoneOffset ifAbsent) {
        return toLocalDateTime().atOffset(offset != null ? offset : ifAbsent);
    }

    /** With the value's offset; throws {@link IllegalStateException} when the value has none. */
    public OffsetDateTime toOffsetDateTime() {
        if (offset == null) {
            throw new IllegalStateException("DT value \"" + text + "\" has no UTC offset");
        }
        return toOffsetDateTime(offset);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DicomDateTime t && text.equals(t.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}

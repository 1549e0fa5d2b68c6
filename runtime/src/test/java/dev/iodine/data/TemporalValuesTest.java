package dev.iodine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TemporalValuesTest {

    @Test
    void datesKeepTheirPartialForm() {
        DicomDate d = DicomDate.parse("199703");
        assertEquals(Precision.MONTH, d.precision());
        assertEquals(LocalDate.of(1997, 3, 1), d.toLocalDate());
        assertEquals("199703", d.toString());
        assertEquals(Precision.YEAR, DicomDate.parse("2001").precision());
        assertEquals(LocalDate.of(1993, 8, 22), DicomDate.parse("1993.08.22").toLocalDate());
        assertEquals("20240229", DicomDate.of(LocalDate.of(2024, 2, 29)).toString());
        assertThrows(IllegalArgumentException.class, () -> DicomDate.parse("20230229"));
        assertThrows(IllegalArgumentException.class, () -> DicomDate.parse("2023011"));
    }

    @Test
    void timesKeepFractionDigits() {
        DicomTime t = DicomTime.parse("070907.0705 ");
        assertEquals(Precision.FRACTION, t.precision());
        assertEquals(4, t.fractionDigits());
        assertEquals(LocalTime.of(7, 9, 7, 70_500_000), t.toLocalTime());
        assertEquals(Precision.MINUTE, DicomTime.parse("1010").precision());
        assertEquals(LocalTime.of(10, 10, 30), DicomTime.parse("10:10:30").toLocalTime());
        assertEquals(LocalTime.of(23, 59, 59, 999_999_999), DicomTime.parse("235960").toLocalTime());
        assertEquals("101530.250000", DicomTime.of(LocalTime.of(10, 15, 30, 250_000_000)).toString());
        assertThrows(IllegalArgumentException.class, () -> DicomTime.parse("2460"));
        assertThrows(IllegalArgumentException.class, () -> DicomTime.parse("101010.1234567"));
    }

    @Test
    void dateTimesCarryTheirUtcOffset() {
        DicomDateTime dt = DicomDateTime.parse("20240229133015.25-0130");
        assertEquals(Precision.FRACTION, dt.precision());
        assertEquals(ZoneOffset.ofHoursMinutes(-1, -30), dt.offset());
        assertEquals(OffsetDateTime.of(2024, 2, 29, 13, 30, 15, 250_000_000, ZoneOffset.ofHoursMinutes(-1, -30)),
                dt.toOffsetDateTime());
        DicomDateTime year = DicomDateTime.parse("1997");
        assertEquals(Precision.YEAR, year.precision());
        assertNull(year.offset());
        assertEquals(LocalDateTime.of(1997, 1, 1, 0, 0), year.toLocalDateTime());
        assertEquals(Precision.HOUR, DicomDateTime.parse("2024010112").precision());
        assertEquals("20240101120000+0200",
                DicomDateTime.of(OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2))).toString());
        assertThrows(IllegalArgumentException.class, () -> DicomDateTime.parse("202401011"));
        assertThrows(IllegalStateException.class, year::toOffsetDateTime);
    }
}

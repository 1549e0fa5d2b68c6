package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.dict.Tags;
import dev.iodine.iod.module.TimezoneModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IODs whose modules only the PS3.3 2026d tables transcribed into the importer's fragments define
 * (docs/generators.md): their definitions exist and validate.
 */
class Ps3FragmentTablesTest {

    @Test
    void simplifiedAdultEchoSrIsGeneratedWithTheTimezoneModule() {
        // PS3.3 A.35.17 (highdicom 2026b module table): Timezone M, in the SR Document IE. PS3.3 2026d Table
        // C.12.5-1: its one row, Timezone Offset From UTC (0008,0201), Type 1.
        assertTrue(DefinitionSource.of(SimplifiedAdultEchoSrIod.class).modules().contains("TimezoneModule M"));
        assertEquals("1", DefinitionSource.of(TimezoneModule.class).typeOf("TimezoneOffsetFromUTC"));
        SimplifiedAdultEchoSr sr = new SimplifiedAdultEchoSr();
        assertEquals(List.of(""), CtRtHandConditionsTest.missing(sr, "TimezoneOffsetFromUTC"));
        sr.dataset().setString(Tags.TimezoneOffsetFromUTC, "+0100");
        assertEquals(List.of(), CtRtHandConditionsTest.missing(sr, "TimezoneOffsetFromUTC"));
    }
}

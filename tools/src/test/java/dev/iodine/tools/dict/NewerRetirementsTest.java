package dev.iodine.tools.dict;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewerRetirementsTest {

    private static NewerRetirements ethnicGroup() {
        return NewerRetirements.of(List.<String[]>of(new String[] {"(0010,2160)", "EthnicGroup", "2025a", "x"}));
    }

    @Test
    void theListedElementBecomesRetiredAndOthersKeepTheSourceFlag() {
        NewerRetirements newer = ethnicGroup();
        assertFalse(newer.retired(0x00100010, "PatientName", false));
        assertTrue(newer.retired(0x00101000, "OtherPatientIDs", true));
        assertTrue(newer.retired(0x00102160, "EthnicGroup", false));
        assertDoesNotThrow(newer::requireAllUsed);
    }

    @Test
    void anotherKeywordAtTheTagStopsTheGenerator() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ethnicGroup().retired(0x00102160, "EthnicGroupRetired", false));
        assertTrue(e.getMessage().contains("(0010,2160)") && e.getMessage().contains("EthnicGroupRetired")
                && e.getMessage().contains("not EthnicGroup"), e.getMessage());
    }

    @Test
    void anEntryTheSourceAlreadyRetiresIsObsolete() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ethnicGroup().retired(0x00102160, "EthnicGroup", true));
        assertTrue(e.getMessage().contains("already retired"), e.getMessage());
    }

    @Test
    void anEntryThatMatchesNoElementStopsTheGenerator() {
        NewerRetirements newer = ethnicGroup();
        newer.retired(0x00100010, "PatientName", false);
        IllegalStateException e = assertThrows(IllegalStateException.class, newer::requireAllUsed);
        assertTrue(e.getMessage().contains("EthnicGroup"), e.getMessage());
    }

    @Test
    void malformedAndDuplicateRowsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> NewerRetirements.of(
                List.<String[]>of(new String[] {"0010,2160", "EthnicGroup", "2025a", "x"})));
        assertThrows(IllegalArgumentException.class, () -> NewerRetirements.of(
                List.<String[]>of(new String[] {"(0010,2160)", "EthnicGroup", "2025", "x"})));
        assertThrows(IllegalArgumentException.class, () -> NewerRetirements.of(List.of(
                new String[] {"(0010,2160)", "EthnicGroup", "2025a", "x"},
                new String[] {"(0010,2160)", "EthnicGroup", "2025b", "y"})));
    }

    @Test
    void theShippedListRetiresEthnicGroupAsOfPs36Edition2025a() {
        NewerRetirements shipped = NewerRetirements.load();
        assertTrue(shipped.retired(0x00102160, "EthnicGroup", false));
        assertEquals(List.of("(0010,2160)\tEthnicGroup\t2025a"), Tsv.readResource(NewerRetirements.RESOURCE,
                "tag", "keyword", "retired in", "sources").stream().map(r -> r[0] + "\t" + r[1] + "\t" + r[2])
                .toList());
    }
}

package dev.iodine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceBufferTest {

    @Test
    void bufferPositionsMapToFileOffsetsAcrossSkippedValues() {
        SourceBuffer src = new SourceBuffer(new byte[64], null);
        assertEquals(10, src.fileOffset(10));
        src.mapFrom(20, 1_000_020);        // a 1 MB value skipped at buffer position 20
        src.mapFrom(30, 3_000_030);        // and 2 MB more at position 30
        assertEquals(19, src.fileOffset(19));
        assertEquals(1_000_020, src.fileOffset(20));
        assertEquals(1_000_029, src.fileOffset(29));
        assertEquals(3_000_040, src.fileOffset(40));
    }

    @Test
    void swapReversesEachUnitAndLeavesAnOddTailAlone() {
        byte[] b = {1, 2, 3, 4, 5, 6, 7};
        Bytes.swap(b, 0, 7, 2);
        assertArrayEquals(new byte[] {2, 1, 4, 3, 6, 5, 7}, b);
        Bytes.swap(b, 0, 4, 4);
        assertArrayEquals(new byte[] {3, 4, 1, 2, 6, 5, 7}, b);
        assertEquals(0x0102, Bytes.getUShort(new byte[] {1, 2}, 0, true));
        assertEquals(0x00100020, Bytes.getTag(new byte[] {0x10, 0, 0x20, 0}, 0, false));
    }
}

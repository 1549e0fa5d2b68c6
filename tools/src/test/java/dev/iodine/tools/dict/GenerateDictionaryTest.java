package dev.iodine.tools.dict;

import dev.iodine.tools.StandardFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateDictionaryTest {

    @Test
    void committedOutputIsWhatTheGeneratorWritesAndRegeneratingChangesNothing() throws IOException {
        Path standard = StandardFolder.require();
        Map<String, String> first = GenerateDictionary.generate(standard);
        assertEquals(first, GenerateDictionary.generate(standard), "the generator is not deterministic");
        for (Map.Entry<String, String> e : first.entrySet()) {
            Path committed = StandardFolder.repositoryRoot().resolve(e.getKey());
            assertEquals(e.getValue(), Files.readString(committed, StandardCharsets.UTF_8),
                    committed + " is stale: rerun the command of docs/generators.md");
        }
    }

    /** A data-elements.tsv with the source's header and the given rows. */
    private static Path elementTable(Path dir, String... rows) throws IOException {
        Path file = dir.resolve("data-elements.tsv");
        Files.writeString(file, "tag\tkeyword\tname\tvr\tvm\tretired\tsource\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void aBadVrStopsTheGeneratorWithTheRow(@TempDir Path dir) throws IOException {
        Path file = elementTable(dir, "(0010,0010)\tPatientName\tPatient's Name\tPN\t1\tN\tx",
                "(0010,0020)\tPatientID\tPatient ID\tXX\t1\tN\tx");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ElementRow.readAll(file));
        assertTrue(e.getMessage().contains("data row 2") && e.getMessage().contains("XX"), e.getMessage());
    }

    @Test
    void multiVrAndRepeatingRowsAreParsed(@TempDir Path dir) throws IOException {
        Path file = elementTable(dir, "(60xx,3000)\tOverlayData\tOverlay Data\tOB or OW\t1\tN\tx",
                "(FFFE,E000)\tItem\tItem\tNONE\t1\tN\tx");
        ElementRow overlay = ElementRow.readAll(file).get(0);
        assertEquals("60xx3000", overlay.pattern());
        assertEquals(0x60003000, overlay.tag());
        assertEquals("OB/OW", overlay.vrs());
        assertTrue(overlay.repeating());
        assertEquals("", ElementRow.readAll(file).get(1).vrs());
    }
}

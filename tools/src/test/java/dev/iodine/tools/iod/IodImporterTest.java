package dev.iodine.tools.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IodImporterTest {

    @Test
    void committedDefinitionsAreWhatTheImporterWritesAndRegeneratingChangesNothing() throws IOException {
        Path standard = StandardFolder.get();
        Map<String, String> first = IodImporter.generate(standard);
        assertEquals(first, IodImporter.generate(standard), "the importer is not deterministic");
        assertTrue(first.size() > 700, "expected every module, macro and IOD, got " + first.size() + " files");
        Path module = StandardFolder.repositoryRoot().resolve("iod-models");
        for (Map.Entry<String, String> e : first.entrySet()) {
            Path committed = module.resolve(e.getKey());
            assertTrue(Files.exists(committed), committed + " is missing: rerun the command of docs/generators.md");
            assertEquals(e.getValue(), Files.readString(committed, StandardCharsets.UTF_8),
                    committed + " is stale: rerun the command of docs/generators.md");
        }
    }
}

package dev.iodine.tools.iod;

import dev.iodine.tools.StandardFolder;
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
        Path standard = StandardFolder.require();
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

    @Test
    void aSpecializedSequenceIsDefinedOnceInTheIod() throws IOException {
        // PS3.3 A.32.4 (VL Photographic Image): VL Image (C.8.12.1) specializes General Reference's Referenced Image
        // Sequence (C.12.4); the IOD uses General Reference without it, and VL Image keeps its own definition.
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        String iod = files.get("src/main/java/dev/iodine/iod/VlPhotographicImageIod.java");
        assertTrue(iod.contains("@UseModule(value = GeneralReferenceExceptReferencedImageModule.class, usage = Usage.U"),
                iod);
        assertTrue(iod.contains("@UseModule(value = VlImageModule.class"), iod);
        String variant = files.get("src/main/java/dev/iodine/iod/module/GeneralReferenceExceptReferencedImageModule.java");
        assertTrue(variant.contains("@DicomModule(name = \"General Reference\", section = \"C.12.4\")"), variant);
        assertTrue(!variant.contains("getReferencedImageSequence") && variant.contains("getSourceImageSequence"));
        assertTrue(files.get("src/main/java/dev/iodine/iod/module/GeneralReferenceModule.java")
                .contains("getReferencedImageSequence"));
        assertTrue(files.get("src/main/java/dev/iodine/iod/module/VlImageModule.java")
                .contains("getReferencedImageSequence"));
    }
}

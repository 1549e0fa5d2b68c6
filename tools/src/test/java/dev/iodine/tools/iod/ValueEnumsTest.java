package dev.iodine.tools.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.tools.StandardFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueEnumsTest {

    @Test
    void constantsAreTheValuesMadeIdentifiersDeterministically() {
        Set<String> taken = new HashSet<>();
        List<String> constants = new ArrayList<>();
        for (String value : List.of("MONOCHROME2", "PALETTE COLOR", "3D", "A-B", "A B", "A.B")) {
            String constant = ValueEnums.constant(value, taken);
            taken.add(constant);
            constants.add(constant);
        }
        assertEquals(List.of("MONOCHROME2", "PALETTE_COLOR", "_3D", "A_B", "A_B_2", "A_B_3"), constants);
    }

    @Test
    void tablesAreCitedInSectionOrder() {
        List<String> tables = new ArrayList<>(List.of("C.8.2.1 CT Image", "C.7.6.24 Floating Point Image Pixel",
                "Icon Image Sequence", "C.7.6.3.3 Image Pixel Description", "C.7.6.3 Image Pixel"));
        tables.sort(ValueEnums::bySection);
        assertEquals(List.of("C.7.6.3 Image Pixel", "C.7.6.3.3 Image Pixel Description",
                "C.7.6.24 Floating Point Image Pixel", "C.8.2.1 CT Image", "Icon Image Sequence"), tables);
    }

    @Test
    void everyDefinitionOfAnEnumKeywordReturnsTheSharedEnum() throws IOException {
        Map<String, String> files = IodImporter.generate(StandardFolder.require());
        String photometric = files.get("src/main/java/dev/iodine/iod/value/PhotometricInterpretation.java");
        // PS3.3 C.7.6.3.1.2 lists "PALETTE COLOR"; the constant carries the value that is not an identifier.
        assertTrue(photometric.contains("@DicomValue(\"PALETTE COLOR\")\n    PALETTE_COLOR,"), photometric);
        assertTrue(photometric.contains("C.8.2.1 CT Image"), "cites the CT Image module's section");
        // The getter may stand in a macro of rows the definition shares with others (docs/generators.md).
        for (String definition : List.of("module.CtImageModule", "module.MrImageModule", "macro.ImagePixelDescriptionMacro")) {
            List<String> attributes = FlatDefinitions.definition(files, "dev.iodine.iod." + definition);
            assertTrue(attributes.stream().anyMatch(a -> a.contains("keyword = \"PhotometricInterpretation\"")
                    && a.endsWith(" PhotometricInterpretation")), definition);
        }
        // A multi-valued code string (Image Type, 2-n) stays text.
        assertTrue(FlatDefinitions.definition(files, "dev.iodine.iod.module.CtImageModule").stream()
                .anyMatch(a -> a.contains("keyword = \"ImageType\"") && a.endsWith(" String[]")));
        // Body Part Examined's terms (PS3.16 CID 4031) are not in the sources: no enum that would hide CHEST.
        assertTrue(!files.containsKey("src/main/java/dev/iodine/iod/value/BodyPartExamined.java"));
        assertTrue(FlatDefinitions.definition(files, "dev.iodine.iod.module.GeneralSeriesModule").stream()
                .anyMatch(a -> a.contains("keyword = \"BodyPartExamined\"") && a.endsWith(" String")));
    }
}

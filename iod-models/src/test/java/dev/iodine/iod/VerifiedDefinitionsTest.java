package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CT Image and RT Plan IODs were checked row by row against PS3.3 (docs/verification-ct-rtplan.md); the
 * flattened form that was checked is committed under {@code verified/}. A regeneration that changes any module,
 * usage, attribute, tag, type or nesting of them fails here, so that the change is re-verified before the golden
 * file is updated.
 */
class VerifiedDefinitionsTest {

    @ParameterizedTest
    @CsvSource({"CtImageIod, ct-image.tsv", "RtPlanIod, rt-plan.tsv"})
    void theGeneratedDefinitionIsTheVerifiedOne(String iod, String golden) throws Exception {
        List<String> actual = DefinitionDump.of(Class.forName("dev.iodine.iod." + iod));
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/verified/" + golden)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).toList();
        }
        if (!actual.equals(expected)) {
            Path written = Path.of("target/verified", golden);
            Files.createDirectories(written.getParent());
            Files.write(written, actual);
            fail(iod + " differs from the verified " + golden + " at " + firstDifference(expected, actual)
                    + "; re-check the change against PS3.3, record it in docs/verification-ct-rtplan.md, then copy "
                    + written.toAbsolutePath() + " over src/test/resources/verified/" + golden);
        }
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<end>";
            String a = i < actual.size() ? actual.get(i) : "<end>";
            if (!e.equals(a)) {
                return "entry " + (i + 1) + ": expected [" + e + "] but generated [" + a + "]";
            }
        }
        return "nowhere";
    }
}

package dev.iodine.testdata;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing corpus skips a test, loudly, or fails it under {@code -Diodine.requireCorpus=true} (as .ci/run sets). */
class CorpusMissingTest {

    @Test
    void theBuildPassesTheSwitchToTheTestJvm() {
        assertNotNull(System.getProperty(Corpus.REQUIRE_PROPERTY),
                "the parent pom's surefire systemPropertyVariables forward iodine.requireCorpus");
    }

    @Test
    void missingDataSkipsUnlessRequiredThenFails() {
        String before = System.getProperty(Corpus.REQUIRE_PROPERTY);
        try {
            System.setProperty(Corpus.REQUIRE_PROPERTY, "false");
            TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> Corpus.missing("no corpus"));
            assertTrue(skipped.getMessage().contains("SKIPPED: no corpus"), skipped.getMessage());
            System.setProperty(Corpus.REQUIRE_PROPERTY, "true");
            AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Corpus.missing("no corpus"));
            assertTrue(failed.getMessage().contains("no corpus"), failed.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(Corpus.REQUIRE_PROPERTY);
            } else {
                System.setProperty(Corpus.REQUIRE_PROPERTY, before);
            }
        }
    }
}

package dev.iodine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import dev.iodine.testdata.Corpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file pydicom reads is read by Iodine, shown as PS3.18 JSON, and compared structurally with pydicom's
 * JSON of it ({@code reference-json}). Intentional differences are counted by rule (each one is documented in
 * {@code docs/reference-json-differences.md}); any other difference fails the test.
 */
class ReferenceJsonCorpusTest {

    @Test
    @SuppressWarnings("unchecked")
    void iodineJsonOfEveryCorpusFileMatchesTheReference() throws Exception {
        Corpus corpus = Corpus.require();
        int compared = 0;
        int equal = 0;
        int equalButGroupLengths = 0;
        int differing = 0;
        Map<ReferenceComparison.Rule, Integer> byRule = new EnumMap<>(ReferenceComparison.Rule.class);
        Map<ReferenceComparison.Rule, Integer> filesByRule = new EnumMap<>(ReferenceComparison.Rule.class);
        List<String> failures = new ArrayList<>();
        for (Corpus.Entry entry : corpus.entries()) {
            String readable = entry.readableByPydicom();
            Optional<Path> reference = entry.referenceJson();
            if (!("yes".equals(readable) || "force".equals(readable)) || reference.isEmpty()) {
                continue;
            }
            compared++;
            try {
                // Lenient: truncated files are read up to where they end, as pydicom reads them.
                DicomFile file = DicomReader.read(entry.path(), ReadOptions.DEFAULT.withForce(true).withLenient(true));
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                new DicomJsonWriter().write(file.fileMeta(), file.dataset(), json);
                Map<String, Object> ours = (Map<String, Object>) JsonTree.parse(new ByteArrayInputStream(json.toByteArray()));
                Map<String, Object> theirs = (Map<String, Object>) JsonTree.parse(reference.get());
                List<ReferenceComparison.Difference> diffs =
                        ReferenceComparison.compare(theirs, ours, file.transferSyntax().bigEndian(),
                                file.stoppedAt() != null);
                List<ReferenceComparison.Difference> unexplained = diffs.stream().filter(d -> d.rule() == null).toList();
                if (!unexplained.isEmpty()) {
                    failures.add(entry + ": " + unexplained.size() + " unexplained, first: "
                            + unexplained.subList(0, Math.min(3, unexplained.size())));
                } else if (diffs.isEmpty()) {
                    equal++;
                } else if (diffs.stream().allMatch(d -> d.rule() == ReferenceComparison.Rule.GROUP_LENGTH_OMITTED)) {
                    equalButGroupLengths++;
                } else {
                    differing++;
                }
                ReferenceComparison.countByRule(diffs).forEach((rule, n) -> {
                    byRule.merge(rule, n, Integer::sum);
                    filesByRule.merge(rule, 1, Integer::sum);
                });
            } catch (Exception | StackOverflowError e) {
                failures.add(entry + ": " + e);
            }
        }
        System.out.println("reference-json: " + compared + " files compared, " + equal + " equal, "
                + equalButGroupLengths + " equal but for the group lengths left out, " + differing
                + " with other explained differences only, " + failures.size() + " with unexplained differences");
        for (var e : byRule.entrySet()) {
            System.out.println("  " + e.getKey() + ": " + e.getValue() + " values in " + filesByRule.get(e.getKey())
                    + " files");
        }
        failures.forEach(f -> System.out.println("  UNEXPLAINED " + f));
        assertTrue(compared > 0, "no corpus file has a reference JSON");
        assertEquals(List.of(), failures, failures.size() + " files differ from reference-json in ways not listed in"
                + " docs/reference-json-differences.md");
    }

    /** Any file shown as JSON is rebuilt from it: JSON → dataset → JSON gives the same text. */
    @Test
    void everyCorpusFileIsRebuiltFromItsJson() throws Exception {
        Corpus corpus = Corpus.require();
        int rebuilt = 0;
        List<String> failures = new ArrayList<>();
        DicomJsonWriter writer = new DicomJsonWriter();
        DicomJsonReader reader = new DicomJsonReader();
        for (Corpus.Entry entry : corpus.entries()) {
            if (!("yes".equals(entry.readableByPydicom()) || "force".equals(entry.readableByPydicom()))) {
                continue;
            }
            try {
                DicomFile file = DicomReader.read(entry.path(), ReadOptions.DEFAULT.withForce(true).withLenient(true));
                ByteArrayOutputStream first = new ByteArrayOutputStream();
                writer.write(file.fileMeta(), file.dataset(), first);
                var dataset = reader.read(new ByteArrayInputStream(first.toByteArray()));
                var meta = DicomJsonReader.splitFileMeta(dataset);
                ByteArrayOutputStream second = new ByteArrayOutputStream();
                writer.write(meta, dataset, second);
                if (java.util.Arrays.equals(first.toByteArray(), second.toByteArray())) {
                    rebuilt++;
                } else {
                    failures.add(entry + ": JSON of the rebuilt dataset differs");
                }
            } catch (Exception e) {
                failures.add(entry + ": " + e);
            }
        }
        System.out.println("JSON round trip: " + rebuilt + " corpus files rebuilt from their JSON, " + failures.size()
                + " failed");
        assertEquals(List.of(), failures);
    }
}

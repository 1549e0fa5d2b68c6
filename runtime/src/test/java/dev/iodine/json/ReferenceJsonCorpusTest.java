package dev.iodine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import dev.iodine.testdata.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Iodine's PS3.18 JSON of every corpus file pydicom reads: compared structurally with pydicom's JSON of it
 * ({@code reference-json}; intentional differences are counted by rule and documented in
 * {@code docs/reference-json-differences.md}, any other fails), rebuilt from itself, and with every binary value as
 * a BulkDataURI that must name the value's bytes.
 */
class ReferenceJsonCorpusTest {

    /**
     * The differences of the corpus by rule, {values, files}, as docs/reference-json-differences.md lists them: a
     * change in any count (a new kind of file, or a writer change that adds or removes differences) fails, so the
     * table is kept current.
     */
    private static final Map<ReferenceComparison.Rule, List<Integer>> DIFFERENCES = Map.ofEntries(
            Map.entry(ReferenceComparison.Rule.FL_SINGLE_PRECISION, List.of(67_760, 68)),
            Map.entry(ReferenceComparison.Rule.GROUP_LENGTH_OMITTED, List.of(654, 453)),
            Map.entry(ReferenceComparison.Rule.PRIVATE_VR_UNKNOWN, List.of(216, 10)),
            Map.entry(ReferenceComparison.Rule.NUMBER_AS_STRING, List.of(65, 17)),
            Map.entry(ReferenceComparison.Rule.EMPTY_SEQUENCE, List.of(56, 36)),
            Map.entry(ReferenceComparison.Rule.NOT_A_SEQUENCE, List.of(31, 1)),
            Map.entry(ReferenceComparison.Rule.EMPTY_VALUE_NULL, List.of(18, 12)),
            Map.entry(ReferenceComparison.Rule.ENCAPSULATED_OB, List.of(15, 15)),
            Map.entry(ReferenceComparison.Rule.TRUNCATED_INPUT, List.of(6, 6)),
            Map.entry(ReferenceComparison.Rule.BINARY_LITTLE_ENDIAN, List.of(5, 3)));

    /** Files compared, equal, equal but for the group lengths, with other explained differences only. */
    private static final List<Integer> FILES = List.of(466, 12, 309, 145);

    private final DicomJsonWriter inline = new DicomJsonWriter();

    /** One check of one file: {@code null} when it passes, else what went wrong. */
    @FunctionalInterface
    private interface FileCheck {
        String check(Corpus.Entry entry, DicomFile file) throws Exception;
    }

    /**
     * Runs a check on every corpus file pydicom reads (read leniently: truncated files up to where they end, as
     * pydicom reads them) and returns the failures.
     */
    private static List<String> forEveryReadableFile(FileCheck check) {
        List<String> failures = new ArrayList<>();
        for (Corpus.Entry entry : Corpus.require().entries()) {
            if (!("yes".equals(entry.readableByPydicom()) || "force".equals(entry.readableByPydicom()))) {
                continue;
            }
            try {
                DicomFile file = DicomReader.read(entry.path(), ReadOptions.DEFAULT.withForce(true).withLenient(true));
                String failure = check.check(entry, file);
                if (failure != null) {
                    failures.add(entry + ": " + failure);
                }
            } catch (Exception | StackOverflowError e) {
                failures.add(entry + ": " + e);
            }
        }
        return failures;
    }

    private static byte[] json(DicomJsonWriter writer, Dataset meta, Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(meta, dataset, out);
        return out.toByteArray();
    }

    /** The JSON of the dataset (and meta) a JSON text is read back into. */
    private byte[] jsonOfRebuilt(String json) throws IOException {
        Dataset dataset = new DicomJsonReader().read(json);
        Dataset meta = DicomJsonReader.splitFileMeta(dataset);
        return json(inline, meta, dataset);
    }

    @Test
    @SuppressWarnings("unchecked")
    void iodineJsonOfEveryCorpusFileMatchesTheReference() {
        int[] counts = new int[4]; // equal, equal but group lengths, other explained, compared
        Map<ReferenceComparison.Rule, Integer> byRule = new EnumMap<>(ReferenceComparison.Rule.class);
        Map<ReferenceComparison.Rule, Integer> filesByRule = new EnumMap<>(ReferenceComparison.Rule.class);
        List<String> failures = forEveryReadableFile((entry, file) -> {
            if (entry.referenceJson().isEmpty()) {
                return "no reference JSON for a file pydicom reads";
            }
            counts[3]++;
            String ours = new String(json(inline, file.fileMeta(), file.dataset()), StandardCharsets.UTF_8);
            List<ReferenceComparison.Difference> diffs = ReferenceComparison.compare(
                    (Map<String, Object>) JsonTree.parse(entry.referenceJson().get()),
                    (Map<String, Object>) JsonTree.parse(ours),
                    file.transferSyntax().bigEndian(), file.stoppedAt() != null);
            ReferenceComparison.countByRule(diffs).forEach((rule, n) -> {
                byRule.merge(rule, n, Integer::sum);
                filesByRule.merge(rule, 1, Integer::sum);
            });
            List<ReferenceComparison.Difference> unexplained = diffs.stream().filter(d -> d.rule() == null).toList();
            if (!unexplained.isEmpty()) {
                return unexplained.size() + " unexplained, first: " + unexplained.subList(0, Math.min(3, unexplained.size()));
            }
            counts[diffs.isEmpty() ? 0
                    : diffs.stream().allMatch(d -> d.rule() == ReferenceComparison.Rule.GROUP_LENGTH_OMITTED) ? 1 : 2]++;
            return null;
        });
        System.out.println("reference-json: " + counts[3] + " files compared, " + counts[0] + " equal, " + counts[1]
                + " equal but for the group lengths left out, " + counts[2] + " with other explained differences only, "
                + failures.size() + " with unexplained differences");
        byRule.forEach((rule, n) -> System.out.println("  " + rule + ": " + n + " values in " + filesByRule.get(rule)
                + " files"));
        failures.forEach(f -> System.out.println("  UNEXPLAINED " + f));
        assertTrue(counts[3] > 0, "no corpus file has a reference JSON");
        assertEquals(List.of(), failures, failures.size() + " files differ from reference-json in ways not listed in"
                + " docs/reference-json-differences.md");
        Map<ReferenceComparison.Rule, List<Integer>> found = new EnumMap<>(ReferenceComparison.Rule.class);
        byRule.forEach((rule, n) -> found.put(rule, List.of(n, filesByRule.get(rule))));
        assertEquals(new EnumMap<>(DIFFERENCES), found,
                "differences by rule {values, files} changed: update docs/reference-json-differences.md and DIFFERENCES");
        assertEquals(FILES, List.of(counts[3], counts[0], counts[1], counts[2]),
                "files compared, equal, equal but for group lengths, other explained: update the docs and FILES");
    }

    /** Any file shown as JSON is rebuilt from it: JSON → dataset → JSON gives the same text. */
    @Test
    void everyCorpusFileIsRebuiltFromItsJson() {
        int[] rebuilt = new int[1];
        List<String> failures = forEveryReadableFile((entry, file) -> {
            byte[] first = json(inline, file.fileMeta(), file.dataset());
            if (!Arrays.equals(first, jsonOfRebuilt(new String(first, StandardCharsets.UTF_8)))) {
                return "JSON of the rebuilt dataset differs";
            }
            rebuilt[0]++;
            return null;
        });
        System.out.println("JSON round trip: " + rebuilt[0] + " corpus files rebuilt from their JSON, "
                + failures.size() + " failed");
        assertEquals(List.of(), failures);
    }

    /**
     * Every BulkDataURI names the value's bytes: a file's JSON with every binary value as a {@code file:} range,
     * read back (the reader follows the URIs), gives the same JSON as with every value inline.
     */
    @Test
    void bulkDataUrisOfEveryCorpusFileNameTheValuesBytes() {
        DicomJsonWriter bulk = new DicomJsonWriter().withBulkData(0, BulkDataLocator.fileRanges());
        int[] uris = new int[2]; // ranges, files
        List<String> failures = forEveryReadableFile((entry, file) -> {
            String byReference = new String(json(bulk, file.fileMeta(), file.dataset()), StandardCharsets.UTF_8);
            uris[0] += byReference.split("\"BulkDataURI\":\"file:", -1).length - 1;
            if (!Arrays.equals(json(inline, file.fileMeta(), file.dataset()), jsonOfRebuilt(byReference))) {
                return "values read through BulkDataURIs differ";
            }
            uris[1]++;
            return null;
        });
        System.out.println("BulkDataURI: " + uris[0] + " file ranges in " + uris[1]
                + " corpus files resolved to the same values");
        assertTrue(uris[0] > 1000, "the corpus has binary values: " + uris[0]);
        assertEquals(List.of(), failures);
    }
}

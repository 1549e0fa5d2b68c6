package dev.iodine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.GenericInstance;
import dev.iodine.cli.FindingComparison.Disagreement;
import dev.iodine.data.Tag;
import dev.iodine.testdata.Corpus;
import dev.iodine.testdata.Dciodvfy;
import dev.iodine.testdata.DciodvfyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Iodine's findings on the corpus compared with dciodvfy's, on missing, empty and forbidden Type 1/1C/2/2C
 * attributes. Every disagreement must fall in a category that docs/validation.md explains; the full list is
 * written to {@code cli/target/dciodvfy-comparison.tsv}.
 */
class DciodvfyComparisonTest {

    @Test
    void everyDisagreementWithDciodvfyOnTheCorpusIsExplained() throws IOException {
        Corpus corpus = Corpus.require();
        Dciodvfy dciodvfy = Dciodvfy.require();
        List<Disagreement> all = new ArrayList<>();
        int files = 0;
        int agreed = 0;
        for (Corpus.Entry e : corpus.entries()) {
            Object instance;
            try {
                instance = Dicom.read(e.path());
            } catch (IOException | RuntimeException unreadable) {
                continue;    // the reader's own tests cover unreadable files
            }
            if (instance instanceof GenericInstance) {
                continue;
            }
            DciodvfyReport theirs = dciodvfy.run(e.path());
            if (theirs.iod().isEmpty()) {
                continue;    // dciodvfy found no IOD: nothing to compare
            }
            FindingComparison.Result r = FindingComparison.compare(e.relativePath(), Dicom.validate(instance), theirs);
            agreed += r.agreed();
            all.addAll(r.disagreements());
            files++;
        }
        Assumptions.assumeTrue(files > 0, "no corpus file bound to a typed class: are the iod-models binders built?");

        Path standard = corpus.root().resolveSibling("dicom-standard").resolve("derived/dicom3tools-iods.json");
        Path conditions = Path.of(System.getProperty("iodine.root", "..")).resolve("iod-models/conditions.tsv");
        Explanations explanations = new Explanations(standard, conditions, all);
        Map<String, Integer> byCategory = new TreeMap<>();
        List<String> rows = new ArrayList<>();
        rows.add("file\tside\tkind\ttype\tpath\ttag\tkeyword\tmodule\tcategory\tline");
        List<Disagreement> unexplained = new ArrayList<>();
        for (Disagreement d : all) {
            String category = explanations.of(d);
            byCategory.merge(category == null ? "UNEXPLAINED" : category, 1, Integer::sum);
            if (category == null) {
                unexplained.add(d);
            }
            rows.add(String.join("\t", d.file(), d.onlyIodine() ? "iodine-only" : "dciodvfy-only", d.kind(),
                    d.type(), d.path(), Tag.toString(d.tag()), d.keyword(), d.module(),
                    category == null ? "UNEXPLAINED" : category, d.line()));
        }
        Path tsv = Path.of("target", "dciodvfy-comparison.tsv");
        Files.createDirectories(tsv.getParent());
        Files.write(tsv, rows, StandardCharsets.UTF_8);
        System.out.println("dciodvfy comparison: " + files + " files, " + agreed + " findings agreed, "
                + all.size() + " disagreements " + byCategory + " (" + tsv.toAbsolutePath() + ")");
        assertEquals(List.of(), unexplained.stream().limit(30).map(Disagreement::line).toList(),
                unexplained.size() + " disagreements are not explained in docs/validation.md");
    }
}

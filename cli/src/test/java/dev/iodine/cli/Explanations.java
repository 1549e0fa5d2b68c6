package dev.iodine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iodine.cli.FindingComparison.Disagreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why Iodine and dciodvfy disagree, one category per known cause; docs/validation.md explains each with its count.
 * A disagreement that fits none is a defect to fix, or a cause to add here and there.
 *
 * <p>Module names are compared without spaces and punctuation, so that Iodine's "RT Beams" meets dicom3tools'
 * "RTBeams".
 */
final class Explanations {

    /**
     * Requirements of the installed dciodvfy (1.00~20220618) that the 2025 dicom3tools definitions iod-models is
     * generated from have since made conditional: Patient Orientation no longer required in Segmentation and
     * Whole Slide Microscopy images; a TILED_FULL Segmentation may omit the Per-frame Functional Groups Sequence
     * and, in its shared groups, the plane position/orientation and segment identification macros.
     */
    private static final Set<String> EDITION = Set.of("generalimage>PatientOrientation",
            "multiframefunctionalgroupsforsegmentation>PerFrameFunctionalGroupsSequence",
            "segmentationmacro>SegmentIdentificationSequence", "planepositionmacro>PlanePositionSequence",
            "planeorientationmacro>PlaneOrientationSequence", "planepositionslidemacro>PlanePositionSlideSequence");

    /** dicom3tools IOD name → module name → usage ("M", "U", "C"; "U-" for U without a presence condition). */
    private final Map<String, Map<String, String>> usage = new HashMap<>();
    /**
     * {@code Module > ... > Keyword} of the conditions iod-models writes by hand: dicom3tools leaves them open (Iodine
     * alone can report them), or encodes them against the standard's text, e.g. testing in a sequence item an
     * attribute only the top level holds (then dciodvfy alone reports them present when not allowed; a hand-written
     * condition that dciodvfy finds missing stays unexplained, for review).
     */
    private final Set<String> handWritten = new HashSet<>();
    /** {@code file|path|tag} of every disagreement, to pair the two sides' findings on one attribute. */
    private final Map<String, Integer> sides = new HashMap<>();

    /**
     * @param iodsJson      {@code dicom-standard/derived/dicom3tools-iods.json}
     * @param conditionsTsv {@code iod-models/conditions.tsv}
     * @param all           every disagreement of the run
     */
    Explanations(Path iodsJson, Path conditionsTsv, List<Disagreement> all) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode iods = json.readTree(iodsJson.toFile()).get("iods");
        iods.fields().forEachRemaining(iod -> {
            Map<String, String> modules = new HashMap<>();
            for (JsonNode ie : iod.getValue().get("informationEntities")) {
                for (JsonNode m : ie.get("modules")) {
                    String u = m.get("usage").asText();
                    modules.put(normal(m.get("module").asText()), u.equals("U") && !m.has("condition") ? "U-" : u);
                }
            }
            usage.put(iod.getKey(), modules);
        });
        for (String line : Files.readAllLines(conditionsTsv, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (cells.length > 4 && cells[4].equals("HAND_WRITTEN")) {
                String[] steps = cells[1].split(" > ");
                handWritten.add(normal(steps[0]) + ">" + steps[steps.length - 1]);
            }
        }
        for (Disagreement d : all) {
            sides.merge(d.file() + "|" + d.path() + "|" + d.tag(), d.onlyIodine() ? 1 : 2, (a, b) -> a | b);
        }
    }

    /** The category of a disagreement, or null when no known cause explains it. */
    String of(Disagreement d) {
        String module = normal(d.module());
        Map<String, String> iodModules = usage.getOrDefault(d.iod(), Map.of());
        String used = iodModules.get(module);
        if (!d.onlyIodine() && module.equals("filemetainformation")) {
            return "file-meta";
        }
        if (!d.onlyIodine() && d.dciodvfyReadFailed()) {
            return "dciodvfy-read-failed";
        }
        if (sides.get(d.file() + "|" + d.path() + "|" + d.tag()) == 3) {
            return "same-attribute-other-kind";
        }
        if (d.onlyIodine() && d.kind().equals("EMPTY") && d.type().equals("1C")) {
            return "empty-conditional";
        }
        if ((d.onlyIodine() || d.kind().equals("NOT_ALLOWED")) && handWritten.contains(module + ">" + d.keyword())) {
            return "hand-written-condition";
        }
        if (!d.onlyIodine() && EDITION.contains(module + ">" + d.keyword())) {
            return "edition";
        }
        if (d.onlyIodine() && used != null && (used.startsWith("U") || used.equals("C"))
                || !d.onlyIodine() && "U-".equals(used)) {
            return "module-presence";
        }
        return null;
    }

    /** A module name without spaces, punctuation or case: "RT Beams", "RTBeams" → "rtbeams". */
    private static String normal(String module) {
        return module.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }
}

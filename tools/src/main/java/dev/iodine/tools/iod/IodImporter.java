package dev.iodine.tools.iod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The importer's command: regenerates iod-models' module, macro and IOD definitions and its condition report.
 * Files that the importer generated before and no longer generates are deleted; hand-written files (those without
 * {@link SourceEmitter#MARKER}) are never touched.
 *
 * <pre>{@code
 * java dev.iodine.tools.iod.IodImporter ../shared/dicom-standard iod-models
 * }</pre>
 */
public final class IodImporter {

    private static final String HAND_CONDITIONS = "hand-conditions.tsv";
    private static final String HAND_TYPES = "hand-types.tsv";
    private static final String HAND_ROWS = "hand-rows.tsv";
    private static final String TABLE_SECTIONS = "table-sections.tsv";
    private static final String HAND_INCLUDES = "hand-includes.tsv";
    private static final String HAND_MODULES = "hand-modules.tsv";
    private static final String HAND_REMOVALS = "hand-removals.tsv";
    private static final String HAND_SOP_CLASSES = "hand-sop-classes.tsv";
    private static final String JAVA = "src/main/java/";

    private IodImporter() {
    }

    /**
     * @param args the {@code dicom-standard} folder and the {@code iod-models} module folder; defaults
     *             {@code ../shared/dicom-standard} and {@code iod-models} (relative to the working directory)
     */
    public static void main(String[] args) throws IOException {
        Path standard = Path.of(args.length > 0 ? args[0] : "../shared/dicom-standard");
        Path module = Path.of(args.length > 1 ? args[1] : "iod-models");
        Map<String, String> files = generate(standard);
        int changed = deleteStale(module, files);
        for (Map.Entry<String, String> e : files.entrySet()) {
            changed += writeIfChanged(module.resolve(e.getKey()), e.getValue());
        }
        String enums = JAVA + ValueEnums.PACKAGE.replace('.', '/') + "/";
        System.out.printf("%d files generated (%d enums), %d changed%n", files.size(),
                files.keySet().stream().filter(f -> f.startsWith(enums)).count(), changed);
    }

    /**
     * Runs the whole import in memory.
     *
     * @param standard the {@code dicom-standard} folder
     * @return every output file by path relative to the iod-models module folder, sorted
     */
    public static Map<String, String> generate(Path standard) throws IOException {
        return generate(standard, true);
    }

    /**
     * @param factorRows false to write every definition in full (see {@link RowFactoring}), the reference that the
     *                   tests compare the factored output with
     */
    static Map<String, String> generate(Path standard, boolean factorRows) throws IOException {
        StandardSources sources = new StandardSources(standard);
        DataElements dict = DataElements.load(sources);
        List<ModelReader.HandRow> handRows = readTsv(HAND_ROWS, 6).stream()
                .map(f -> new ModelReader.HandRow(f[0], f[1], f[2], f[3], f[4])).toList();
        List<ModelReader.HandInclude> handIncludes = readTsv(HAND_INCLUDES, 4).stream()
                .map(f -> new ModelReader.HandInclude(f[0], f[1], f[2])).toList();
        List<ModelReader.HandModule> handModules = readTsv(HAND_MODULES, 5).stream()
                .map(f -> new ModelReader.HandModule(f[0], f[1], f[2], f[3],
                        ModelReader.Placement.parse(f.length > 5 ? f[5] : "-"))).toList();
        Map<String, ModelReader.TableSection> tableSections = new HashMap<>();
        for (String[] f : readTsv(TABLE_SECTIONS, 3)) {
            if (tableSections.put(f[0], new ModelReader.TableSection(f[1], f[2])) != null) {
                throw new IllegalStateException(TABLE_SECTIONS + ": " + f[0] + " is listed twice");
            }
        }
        List<ModelReader.HandRemoval> handRemovals = readTsv(HAND_REMOVALS, 4).stream()
                .map(f -> new ModelReader.HandRemoval(f[0], f[1])).toList();
        ModelReader reader = new ModelReader(sources, dict, ValueLists.load(sources), handRows, handIncludes,
                handModules, tableSections, handRemovals, Ps3TableFragments.load());
        ModelReader.Model model = withHandSopClasses(reader.read());
        Ps3TableFragments.Result fragments = reader.fragmentTables();
        // Left-out rows do not stop the import (a group may be partly transcribed), so they are said here too.
        fragments.leftOut().forEach(l -> System.out.println("ps3-2026d: left out: " + l));
        fragments.notes().forEach(n -> System.out.println("ps3-2026d: " + n));
        if (!reader.unusedHandEntries().isEmpty()) {
            throw new IllegalStateException(HAND_ROWS + ", " + HAND_INCLUDES + " or " + HAND_REMOVALS
                    + " names rows or includes that do not"
                    + " exist: " + reader.unusedHandEntries());
        }
        if (!reader.unusedTableSections().isEmpty()) {
            throw new IllegalStateException(TABLE_SECTIONS + " names tables that do not exist or that the id join"
                    + " already places: " + reader.unusedTableSections());
        }
        ConditionTranslator translator = new ConditionTranslator(sources, dict);
        Map<String, String> handTypes = new HashMap<>();
        readTsv(HAND_TYPES, 3).forEach(f -> handTypes.put(f[0], f[1]));
        SourceEmitter emitter = new SourceEmitter(model, dict, translator, handConditions(), handTypes, factorRows);
        Map<String, String> files = new TreeMap<>();
        emitter.emit().forEach((path, source) -> files.put(JAVA + path, source));
        if (!emitter.unusedHandEntries().isEmpty()) {
            throw new IllegalStateException(HAND_CONDITIONS + " or " + HAND_TYPES
                    + " names locations that no generated 1C/2C row, include or usage-C module has (a Directory"
                    + " Record key is at its merged row, DirectoryInformation > DirectoryRecordSequence > Keyword): "
                    + emitter.unusedHandEntries());
        }
        ConditionReport report = new ConditionReport(model, emitter, translator, new ConditionWriter(dict),
                fragments);
        files.put("CONDITIONS.md", report.markdown());
        files.put("conditions.tsv", report.tsv());
        return files;
    }

    /**
     * Adds the storage SOP classes of editions newer than highdicom 2026b's map (resource
     * {@value #HAND_SOP_CLASSES}) to the IODs they use.
     */
    private static ModelReader.Model withHandSopClasses(ModelReader.Model model) throws IOException {
        Map<String, IodDef> iods = new TreeMap<>(model.iods());
        for (String[] f : readTsv(HAND_SOP_CLASSES, 4)) {
            IodDef iod = iods.get(f[1]);
            if (iod == null || iods.values().stream().anyMatch(d -> d.sopClassUids().contains(f[0]))) {
                throw new IllegalStateException(HAND_SOP_CLASSES + ": " + f[0] + (iod == null
                        ? " names an IOD that does not exist: " + f[1] : " is already the SOP class of an IOD"));
            }
            List<String> uids = new ArrayList<>(iod.sopClassUids());
            uids.add(f[0]);
            iods.put(f[1], new IodDef(iod.ciodId(), iod.title(), iod.section(), List.copyOf(uids), iod.modules(),
                    iod.composition(), iod.missing()));
        }
        return new ModelReader.Model(model.tables(), iods, model.undefinedIods(), model.variants());
    }

    /** @return the hand-written conditions (resource {@value #HAND_CONDITIONS}) by location */
    static Map<String, HandCondition> handConditions() throws IOException {
        Map<String, HandCondition> map = new HashMap<>();
        for (String[] f : readTsv(HAND_CONDITIONS, 3)) {
            HandCondition.Otherwise otherwise;
            try {
                otherwise = HandCondition.Otherwise.of(f.length > 4 ? f[4] : "");
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(HAND_CONDITIONS + ": " + f[0] + ": " + e.getMessage(), e);
            }
            if (map.put(f[0], new HandCondition(f[1], f[2], f.length > 3 ? f[3] : "", otherwise)) != null) {
                throw new IllegalStateException(HAND_CONDITIONS + ": " + f[0] + " is listed twice");
            }
        }
        return map;
    }

    /** @return the rows of a tab-separated resource, without comments and blank lines */
    private static List<String[]> readTsv(String resource, int columns) throws IOException {
        try (var in = IodImporter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the tools jar");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < columns) {
                    throw new IllegalStateException(resource + ": expected " + columns
                            + " tab-separated columns, found: " + line);
                }
                rows.add(f);
            }
            return rows;
        }
    }

    /**
     * Deletes generated sources that the importer no longer produces.
     *
     * @param module the iod-models module folder
     * @param files  what the importer produces now, by path relative to {@code module}
     * @return how many files were deleted
     */
    static int deleteStale(Path module, Map<String, String> files) throws IOException {
        int deleted = 0;
        Path generatedRoot = module.resolve(JAVA + SourceEmitter.PACKAGE.replace('.', '/'));
        if (Files.isDirectory(generatedRoot)) {
            try (Stream<Path> existing = Files.walk(generatedRoot)) {
                for (Path p : existing.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String relative = module.relativize(p).toString().replace('\\', '/');
                    if (!files.containsKey(relative) && Files.readString(p).contains(SourceEmitter.MARKER)) {
                        Files.delete(p);
                        deleted++;
                    }
                }
            }
        }
        return deleted;
    }

    private static int writeIfChanged(Path file, String content) {
        try {
            if (Files.exists(file) && Files.readString(file).equals(content)) {
                return 0;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

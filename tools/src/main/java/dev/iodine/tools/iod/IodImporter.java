package dev.iodine.tools.iod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private IodImporter() {
    }

    /**
     * @param args the {@code dicom-standard} folder and the {@code iod-models} module folder; defaults
     *             {@code ../shared/dicom-standard} and {@code iod-models} (relative to the working directory)
     */
    public static void main(String[] args) throws IOException {
        Path standard = Path.of(args.length > 0 ? args[0] : "../shared/dicom-standard");
        Path module = Path.of(args.length > 1 ? args[1] : "iod-models");
        StandardSources sources = new StandardSources(standard);
        DataElements dict = DataElements.load(sources);
        ModelReader.Model model = new ModelReader(sources, dict, ValueLists.load(sources)).read();
        ConditionTranslator translator = new ConditionTranslator(sources, dict);
        SourceEmitter emitter = new SourceEmitter(model, dict, translator, handConditions());
        Map<String, String> files = emitter.emit();
        Path java = module.resolve("src/main/java");
        int written = write(java, files);
        ConditionReport report = new ConditionReport(model, emitter, translator, new ConditionWriter(dict));
        written += writeIfChanged(module.resolve("CONDITIONS.md"), report.markdown());
        written += writeIfChanged(module.resolve("conditions.tsv"), report.tsv());
        System.out.printf("%d sources (%d IODs), %d files changed%n", files.size(), model.iods().size(), written);
    }

    /** @return the hand-written conditions (resource {@value #HAND_CONDITIONS}): location -> condition */
    static Map<String, String> handConditions() throws IOException {
        Map<String, String> map = new HashMap<>();
        try (var in = IodImporter.class.getResourceAsStream(HAND_CONDITIONS)) {
            if (in == null) {
                throw new IllegalStateException("resource " + HAND_CONDITIONS + " is missing from the tools jar");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException(HAND_CONDITIONS + ": expected location, condition and PS3.3 "
                            + "section separated by tabs, found: " + line);
                }
                map.put(f[0], f[1]);
            }
        }
        return map;
    }

    private static int write(Path root, Map<String, String> files) throws IOException {
        int changed = 0;
        Path generatedRoot = root.resolve(SourceEmitter.PACKAGE.replace('.', '/'));
        if (Files.isDirectory(generatedRoot)) {
            try (Stream<Path> existing = Files.walk(generatedRoot)) {
                for (Path p : existing.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String relative = root.relativize(p).toString().replace('\\', '/');
                    if (!files.containsKey(relative) && Files.readString(p).contains(SourceEmitter.MARKER)) {
                        Files.delete(p);
                        changed++;
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            changed += writeIfChanged(root.resolve(e.getKey()), e.getValue());
        }
        return changed;
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

package dev.iodine.tools.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the runtime's dictionary from the standard's tables: the element dictionary resource and
 * {@code Tags}, the UID registry resource and {@code UIDs}. Output is deterministic, so running it twice on the
 * same input changes nothing.
 *
 * <pre>{@code
 * java -cp tools/target/classes:runtime/target/classes dev.iodine.tools.dict.GenerateDictionary \
 *     ../shared/dicom-standard .
 * }</pre>
 */
public final class GenerateDictionary {

    static final String RESOURCES = "runtime/src/main/resources/dev/iodine/dict/";
    static final String SOURCES = "runtime/src/main/java/dev/iodine/dict/";

    private GenerateDictionary() {
    }

    /**
     * Regenerates every output.
     *
     * @param args the dicom-standard folder and the repository root
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: GenerateDictionary <dicom-standard folder> <repository root>");
            System.exit(2);
        }
        Path root = Path.of(args[1]);
        Map<String, String> outputs = generate(Path.of(args[0]));
        outputs.forEach((relative, content) -> write(root.resolve(relative), content));
        System.out.println(outputs.size() + " outputs regenerated (unchanged files left untouched)");
    }

    /**
     * Every output, keyed by its path relative to the repository root, in a fixed order.
     *
     * @param standard the dicom-standard folder (see its README.md)
     */
    public static Map<String, String> generate(Path standard) {
        NewerRetirements newer = NewerRetirements.load();
        List<ElementRow> elements = ElementRow.readAll(standard.resolve("derived/data-elements.tsv")).stream()
                .map(e -> e.repeating() ? e : e.retired(newer.retired(e.tag(), e.keyword(), e.retired())))
                .toList();
        newer.requireAllUsed();
        List<UidRow> uids = UidRow.readAll(standard.resolve("derived/uids.tsv"));
        Map<String, TransferSyntaxEncoding> encodings = TransferSyntaxEncoding.derive(uids,
                standard.resolve("dicom3tools-20251020/libsrc/standard/transyn.tpl"));
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put(RESOURCES + "elements.tsv", ElementOutput.resource(elements));
        outputs.put(SOURCES + "Tags.java", ElementOutput.tagsClass(elements));
        outputs.put(RESOURCES + "uids.tsv", UidOutput.resource(uids, encodings));
        outputs.put(SOURCES + "UIDs.java", UidOutput.uidsClass(uids));
        return outputs;
    }

    /** Writes a file only when its content differs, so that an unchanged regeneration leaves mtimes alone. */
    static void write(Path file, String content) {
        try {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            System.out.println("wrote " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Lines joined with {@code \n}, with a final newline. */
    static String lines(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    static List<String> header(String... lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add("# " + line);
        }
        return out;
    }
}

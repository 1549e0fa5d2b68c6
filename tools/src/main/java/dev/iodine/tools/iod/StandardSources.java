package dev.iodine.tools.iod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder {@code ../shared/dicom-standard} (see its README.md): opens its JSON, TSV and template files by their
 * relative path and fails with the path when one is missing or malformed.
 *
 * <pre>{@code
 * StandardSources sources = new StandardSources(Path.of("../shared/dicom-standard"));
 * JsonNode iods = sources.json("derived/dicom3tools-iods.json");
 * }</pre>
 */
public final class StandardSources {

    /** The dicom3tools templates, relative to the root. */
    static final String DICOM3TOOLS = "dicom3tools-20251020/libsrc/standard/";

    private final Path root;
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param root the {@code dicom-standard} folder */
    public StandardSources(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("the standard's data folder " + root.toAbsolutePath()
                    + " does not exist; pass its path as the first argument");
        }
        this.root = root;
    }

    /** @return the folder this reads */
    public Path root() {
        return root;
    }

    /** @return the parsed JSON file at {@code relative} */
    public JsonNode json(String relative) {
        Path file = root.resolve(relative);
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the lines of the UTF-8 (or ASCII) text file at {@code relative} */
    public List<String> lines(String relative) {
        Path file = root.resolve(relative);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the files directly inside the folder {@code relative} whose names end with {@code suffix}, sorted */
    public List<String> list(String relative, String suffix) {
        try (var stream = Files.list(root.resolve(relative))) {
            return stream.map(p -> relative + p.getFileName())
                    .filter(name -> name.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root.resolve(relative) + ": " + e.getMessage(), e);
        }
    }
}

package dev.iodine.bind;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.dict.ElementDictionary;

/**
 * Finds the dataset a {@link dev.iodine.validation.Violation#path()} leads to: steps separated by dots, each a
 * sequence keyword (or a {@code (gggg,eeee)} tag) with a 0-based item index, as in
 * {@code "BeamSequence[0].ControlPointSequence[3]"}; the empty path is the top-level dataset.
 *
 * <pre>{@code
 * Dataset controlPoint = DatasetPath.resolve(plan, "BeamSequence[0].ControlPointSequence[3]");
 * }</pre>
 */
public final class DatasetPath {

    private DatasetPath() {
    }

    /**
     * The item the path names, or {@code null} when a sequence or item on the way is absent.
     *
     * @throws IllegalArgumentException when a step is not {@code Keyword[index]} or names no sequence keyword
     */
    public static Dataset resolve(Dataset root, String path) {
        Dataset current = root;
        if (path.isEmpty()) {
            return current;
        }
        for (String step : path.split("\\.")) {
            int open = step.indexOf('[');
            if (open < 0 || !step.endsWith("]")) {
                throw new IllegalArgumentException("path step \"" + step + "\" of \"" + path
                        + "\" is not Keyword[index]");
            }
            int tag = tagOf(step.substring(0, open), path);
            int index = Integer.parseInt(step.substring(open + 1, step.length() - 1));
            Sequence seq = current.getSequence(tag);
            if (seq == null || index >= seq.size()) {
                return null;
            }
            current = seq.get(index);
        }
        return current;
    }

    private static int tagOf(String name, String path) {
        if (name.startsWith("(")) {
            return Tag.parse(name);
        }
        int tag = ElementDictionary.tagOf(name);
        if (tag == -1) {
            throw new IllegalArgumentException("\"" + name + "\" in path \"" + path + "\" is not a PS3.6 keyword");
        }
        return tag;
    }
}

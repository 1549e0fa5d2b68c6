package dev.iodine.cli;

import dev.iodine.data.Tag;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.testdata.DciodvfyFinding;
import dev.iodine.testdata.DciodvfyReport;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where Iodine and dciodvfy disagree on one file about the presence of Type 1, 1C, 2 and 2C attributes: missing,
 * empty, or present although a condition forbids it. Both sides are reduced to keys
 * {@code kind | path in tags | tag}, so that keyword spellings and repeated lines do not matter.
 */
final class FindingComparison {

    /**
     * One finding that only one side reported.
     *
     * @param iod                 the IOD dciodvfy validated against (its name, e.g. {@code SCImage})
     * @param dciodvfyReadFailed  dciodvfy could not read the whole data set (it then misses what it did not read)
     */
    record Disagreement(String file, String iod, boolean dciodvfyReadFailed, boolean onlyIodine, String kind,
                        String type, String path, int tag, String module, String line) {

        String keyword() {
            return ElementDictionary.keywordOf(tag);
        }
    }

    /** The outcome for one file: how many findings both reported, and those only one did (Iodine's first). */
    record Result(int agreed, List<Disagreement> disagreements) {
    }

    private FindingComparison() {
    }

    /** Compares the findings of the compared kinds. */
    static Result compare(String file, ValidationReport iodine, DciodvfyReport dciodvfy) {
        boolean readFailed = dciodvfy.output().contains("Dicom dataset read failed");
        Map<String, Disagreement> ours = new LinkedHashMap<>();
        for (Violation v : iodine.violations()) {
            if (compared(v.kind().name(), v.type())) {
                ours.putIfAbsent(key(v.kind().name(), v.path(), v.tag()), new Disagreement(file, dciodvfy.iod(),
                        readFailed, true, v.kind().name(), v.type(), v.path(), v.tag(), v.module(), v.toString()));
            }
        }
        Map<String, Disagreement> theirs = new LinkedHashMap<>();
        for (DciodvfyFinding f : dciodvfy.findings()) {
            if (compared(f.kind().name(), f.type())) {
                theirs.putIfAbsent(key(f.kind().name(), f.path(), f.tag()), new Disagreement(file, dciodvfy.iod(),
                        readFailed, false, f.kind().name(), f.type(), f.path(), f.tag(), f.module(), f.line()));
            }
        }
        List<Disagreement> out = new ArrayList<>();
        int agreed = 0;
        for (String k : ours.keySet()) {
            agreed += theirs.containsKey(k) ? 1 : 0;
        }
        ours.forEach((k, d) -> {
            if (!theirs.containsKey(k)) {
                out.add(d);
            }
        });
        theirs.forEach((k, d) -> {
            if (!ours.containsKey(k)) {
                out.add(d);
            }
        });
        return new Result(agreed, out);
    }

    private static boolean compared(String kind, String type) {
        return (kind.equals("MISSING") || kind.equals("EMPTY") || kind.equals("NOT_ALLOWED"))
                && (type.equals("1") || type.equals("1C") || type.equals("2") || type.equals("2C"));
    }

    /** {@code MISSING|(300A,03A2)[0]|(300A,0309)}: sequence steps by tag, whatever keyword either side used. */
    static String key(String kind, String path, int tag) {
        StringBuilder b = new StringBuilder(kind).append('|');
        if (!path.isEmpty()) {
            String sep = "";
            for (String step : path.split("\\.")) {
                int open = step.indexOf('[');
                String name = step.substring(0, open);
                int stepTag = name.startsWith("(") ? Tag.parse(name) : ElementDictionary.tagOf(name);
                b.append(sep).append(stepTag == -1 ? name : Tag.toString(stepTag)).append(step.substring(open));
                sep = ".";
            }
        }
        return b.append('|').append(Tag.toString(tag)).toString();
    }
}

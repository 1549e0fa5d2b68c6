package dev.iodine.tools.dict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data elements that a PS3.6 edition newer than the shared dictionary ({@code derived/data-elements.tsv}, PS3.6
 * 2024d) retires, listed by hand in the generator resource {@code retired-since.tsv} with the edition and the
 * sources read. The dictionary generator and the IOD importer both read the shared dictionary through this list, so
 * the runtime's dictionary and the generated IOD models agree on what is retired.
 *
 * <pre>{@code
 * NewerRetirements newer = NewerRetirements.load();
 * boolean retired = newer.retired(0x00102160, "EthnicGroup", false);   // true: PS3.6 2025a
 * newer.requireAllUsed();
 * }</pre>
 *
 * <p>An entry must name a current element of the shared dictionary by its tag and keyword: a keyword that differs,
 * an element the source already retires (the entry is then obsolete) or an entry that matches no row stops the
 * generator, so the list cannot silently go stale when the shared dictionary is updated.
 */
public final class NewerRetirements {

    static final String RESOURCE = "retired-since.tsv";

    /**
     * One hand entry.
     *
     * @param tag     {@code 0xGGGGEEEE}
     * @param keyword its PS3.6 keyword, checked against the shared dictionary
     * @param edition the PS3.6 edition that retired it, e.g. {@code 2025a}
     */
    public record Retirement(int tag, String keyword, String edition) {
    }

    private final Map<Integer, Retirement> byTag;
    private final List<Integer> unused;

    private NewerRetirements(Map<Integer, Retirement> byTag) {
        this.byTag = byTag;
        this.unused = new ArrayList<>(byTag.keySet());
    }

    /** Reads {@code retired-since.tsv} from the generator's class path. */
    public static NewerRetirements load() {
        return of(Tsv.readResource(RESOURCE, "tag", "keyword", "retired in", "sources"));
    }

    /** The list given as rows of the resource's columns (tag written {@code (GGGG,EEEE)}, keyword, edition, sources). */
    static NewerRetirements of(List<String[]> rows) {
        Map<Integer, Retirement> byTag = new LinkedHashMap<>();
        for (String[] r : rows) {
            if (!r[0].matches("\\([0-9A-F]{4},[0-9A-F]{4}\\)") || r[1].isEmpty() || !r[2].matches("20[0-9]{2}[a-e]")
                    || r[3].isEmpty()) {
                throw new IllegalArgumentException(RESOURCE + ": expected (GGGG,EEEE), keyword, a PS3.6 edition"
                        + " such as 2025a and the sources read, found " + String.join(" | ", r));
            }
            int tag = Integer.parseUnsignedInt(r[0].substring(1, 5) + r[0].substring(6, 10), 16);
            if (byTag.put(tag, new Retirement(tag, r[1], r[2])) != null) {
                throw new IllegalArgumentException(RESOURCE + ": " + r[0] + " is listed twice");
            }
        }
        return new NewerRetirements(byTag);
    }

    /**
     * @param tag             an element of the shared dictionary
     * @param keyword         its keyword there
     * @param retiredInSource whether the shared dictionary marks it retired
     * @return whether the element is retired once this list is applied
     * @throws IllegalStateException when the entry for {@code tag} names another keyword, or the source already
     *                               retires the element
     */
    public boolean retired(int tag, String keyword, boolean retiredInSource) {
        Retirement r = byTag.get(tag);
        if (r == null) {
            return retiredInSource;
        }
        String where = RESOURCE + ": " + String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF) + " ";
        if (!r.keyword().equals(keyword)) {
            throw new IllegalStateException(where + "is " + keyword + " in the shared dictionary, not " + r.keyword());
        }
        if (retiredInSource) {
            throw new IllegalStateException(where + keyword + " is already retired in the shared dictionary:"
                    + " remove the entry");
        }
        unused.remove(Integer.valueOf(tag));
        return true;
    }

    /** @throws IllegalStateException when an entry matched no element of the shared dictionary */
    public void requireAllUsed() {
        if (!unused.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no element of the shared dictionary has the tag of "
                    + unused.stream().map(t -> byTag.get(t).keyword()).toList());
        }
    }
}

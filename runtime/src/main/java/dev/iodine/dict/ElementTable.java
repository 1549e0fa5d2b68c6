package dev.iodine.dict;

import dev.iodine.data.VR;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded element dictionary: the generated resource {@code elements.tsv} parsed once into hash tables.
 * Exact tags and keywords resolve in one probe; repeating tags such as {@code (60xx,3000)} resolve through one
 * table per distinct mask (a handful), so every lookup stays O(1).
 */
final class ElementTable {

    static final String RESOURCE = "elements.tsv";

    final List<DictionaryEntry> entries;
    final TagTable<DictionaryEntry> exact;
    final Map<String, DictionaryEntry> byKeyword;
    /** The bits that are fixed in each repeating pattern, e.g. {@code 0xFF00FFFF} for {@code (60xx,3000)}. */
    final int[] masks;
    /** Per mask, the repeating entries keyed by their fixed bits. */
    final List<TagTable<DictionaryEntry>> masked;
    /** Groups in which some repeating pattern can match, so that other misses skip the masked tables. */
    final BitSet maskedGroups = new BitSet(0x10000);

    private ElementTable(List<DictionaryEntry> entries, List<String> patterns) {
        this.entries = Collections.unmodifiableList(entries);
        exact = new TagTable<>(entries.size());
        byKeyword = new HashMap<>(entries.size() * 2);
        List<Integer> maskList = new ArrayList<>();
        Map<Integer, List<DictionaryEntry>> perMask = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            DictionaryEntry e = entries.get(i);
            int mask = maskOf(patterns.get(i));
            if (mask == -1) {
                exact.put(e.tag(), e);
            } else {
                int groupMask = mask >>> 16;
                int first = e.tag() >>> 16;
                for (int group = first; group <= (first | ~groupMask & 0xFFFF); group++) {
                    if ((group & groupMask) == first) {
                        maskedGroups.set(group);
                    }
                }
                if (!perMask.containsKey(mask)) {
                    maskList.add(mask);
                }
                perMask.computeIfAbsent(mask, m -> new ArrayList<>()).add(e);
            }
            if (!e.keyword().isEmpty()) {
                byKeyword.put(e.keyword(), e);
            }
        }
        masks = new int[maskList.size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = maskList.get(i);
        }
        masked = new ArrayList<>(masks.length);
        for (int mask : masks) {
            List<DictionaryEntry> group = perMask.get(mask);
            TagTable<DictionaryEntry> table = new TagTable<>(group.size());
            for (DictionaryEntry e : group) {
                table.put(e.tag(), e);
            }
            masked.add(table);
        }
    }

    /** A hex digit is a fixed nibble (0xF in the mask); {@code x} is a free one. -1 means no free nibble. */
    private static int maskOf(String pattern) {
        int mask = 0;
        for (int i = 0; i < 8; i++) {
            mask = mask << 4 | (pattern.charAt(i) == 'x' ? 0 : 0xF);
        }
        return mask;
    }

    static ElementTable load() {
        List<DictionaryEntry> entries = new ArrayList<>(5500);
        List<String> patterns = new ArrayList<>(5500);
        Map<String, List<VR>> vrLists = new HashMap<>();
        GeneratedRows.read(RESOURCE, 6, cells -> {
            String pattern = cells[0];
            int tag = Integer.parseUnsignedInt(pattern.replace('x', '0'), 16);
            List<VR> vrs = vrLists.computeIfAbsent(cells[3], ElementTable::parseVrs);
            entries.add(new DictionaryEntry(tag, cells[1], cells[2], vrs, cells[4], cells[5].equals("Y")));
            patterns.add(pattern);
        });
        return new ElementTable(entries, patterns);
    }

    private static List<VR> parseVrs(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<VR> vrs = new ArrayList<>(2);
        for (String code : cell.split("/")) {
            vrs.add(VR.of(code));
        }
        return List.copyOf(vrs);
    }
}

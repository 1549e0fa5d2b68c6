package dev.iodine.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded UID registry: the generated resource {@code uids.tsv} parsed once. The encoding columns of transfer
 * syntaxes are kept as text for {@link TransferSyntax}, which builds its own objects from them (so that loading this
 * table never initialises {@code TransferSyntax}, which itself reads this table).
 */
final class UidTable {

    static final String RESOURCE = "uids.tsv";
    static final UidTable INSTANCE = load();

    final List<UidEntry> entries;
    final Map<String, UidEntry> byUid;
    final Map<String, UidEntry> byKeyword;
    /** Transfer syntax UID to {explicitVR, bigEndian, deflated, pixels}, in registry order. */
    final Map<String, String[]> encodings;

    private UidTable(List<UidEntry> entries, Map<String, String[]> encodings) {
        this.entries = Collections.unmodifiableList(entries);
        this.encodings = Collections.unmodifiableMap(encodings);
        byUid = new HashMap<>(entries.size() * 2);
        byKeyword = new HashMap<>(entries.size() * 2);
        for (UidEntry e : entries) {
            byUid.put(e.uid(), e);
            if (!e.keyword().isEmpty()) {
                byKeyword.put(e.keyword(), e);
            }
        }
    }

    private static UidTable load() {
        List<UidEntry> entries = new ArrayList<>(512);
        Map<String, String[]> encodings = new LinkedHashMap<>();
        GeneratedRows.read(RESOURCE, 10, c -> {
            UidEntry e = new UidEntry(c[0], c[1], c[2], c[3], c[4], c[5].equals("Y"));
            entries.add(e);
            if (e.isTransferSyntax()) {
                encodings.put(e.uid(), new String[] {c[6], c[7], c[8], c[9]});
            }
        });
        return new UidTable(entries, encodings);
    }
}

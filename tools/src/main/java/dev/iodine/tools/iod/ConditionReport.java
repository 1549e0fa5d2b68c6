package dev.iodine.tools.iod;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes iod-models/CONDITIONS.md (totals, IOD coverage, what was not translated and why) and
 * iod-models/conditions.tsv (one line per condition written into a definition).
 */
final class ConditionReport {

    private final ModelReader.Model model;
    private final SourceEmitter emitter;
    private final ConditionTranslator translator;
    private final ConditionWriter writer;
    private final Ps3TableFragments.Result fragments;

    ConditionReport(ModelReader.Model model, SourceEmitter emitter, ConditionTranslator translator,
                    ConditionWriter writer, Ps3TableFragments.Result fragments) {
        this.model = model;
        this.emitter = emitter;
        this.translator = translator;
        this.writer = writer;
        this.fragments = fragments;
    }

    /** @return the TSV: kind, location, type, dicom3tools name, outcome, condition text, reason */
    String tsv() {
        StringBuilder sb = new StringBuilder("kind\tlocation\ttype\tdicom3tools\toutcome\tcondition\treason\n");
        for (ConditionLog.Line l : emitter.log().lines()) {
            sb.append(l.kind()).append('\t').append(l.where()).append('\t').append(l.type()).append('\t')
                    .append(l.name() == null ? "" : l.name()).append('\t').append(l.outcome()).append('\t')
                    .append(l.text()).append('\t').append(l.reason() == null ? "" : l.reason()).append('\n');
        }
        return sb.toString();
    }

    /** @return the Markdown report */
    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Conditions and coverage of the generated definitions\n\n")
                .append("Written by `dev.iodine.tools.iod.IodImporter` (see docs/generators.md); do not edit. ")
                .append("Every condition written into a definition is listed, one per line, in ")
                .append("[conditions.tsv](conditions.tsv) (kind, location, type, dicom3tools name, outcome, ")
                .append("condition text, reason).\n\n");
        sb.append("Outcomes: **TRANSLATED** = the sources' encoded expression became a machine check; ")
                .append("**HAND_WRITTEN** = written from the standard's text (tools hand-conditions.tsv, which names the PS3.3 section read); ")
                .append("**UNDECIDABLE** = read by hand: the standard's condition depends on facts the data cannot ")
                .append("show, written as `unchecked(...)`; ")
                .append("**NOT_TRANSLATED** = encoded but not expressible (written as `unchecked(...)` with the ")
                .append("reason); **NOT_ENCODED** = the sources give the condition in prose only ")
                .append("(`unchecked(...)`).\n\n");
        headline(sb);
        totals(sb);
        untranslated(sb, sourceRows(sb));
        rescoped(sb);
        perIod(sb);
        iods(sb);
        fragmentTables(sb);
        listing(sb, "Dicom3tools compositions not used", model.variants());
        listing(sb, "CIODs of the 2026b tables that cannot be defined", model.undefinedIods());
        listing(sb, "CIODs defined but left out", emitter.excludedIods());
        sb.append("\n## Rows and includes left out\n\nThe processor allows an attribute once per module or item ")
                .append("(its macros included). Where PS3.3 gives alternatives at one level (SR content items), ")
                .append("the later include or row is left out; the binder still keeps those elements untyped. The ")
                .append("record-type-specific keys of a Directory Record are merged into one row per attribute, ")
                .append("required when the record type that requires it applies; what that merge cannot check is ")
                .append("listed too.\n\n");
        emitter.dropped().forEach(d -> sb.append("- ").append(d).append('\n'));
        fragments.leftOut().forEach(d -> sb.append("- ").append(d).append('\n'));
        return sb.toString();
    }

    /** The figures a reader looks for first: how many of the standard's conditions the definitions check. */
    private void headline(StringBuilder sb) {
        int rows = 0;
        int checks = 0;
        int fragmentRows = 0;
        int fragmentChecks = 0;
        for (ConditionLog.Line l : emitter.log().lines()) {
            if (l.kind() == ConditionLog.Kind.ATTRIBUTE) {
                boolean fromFragment = Ps3TableFragments.fromFragment(model.tables(), l.where());
                fragmentRows += fromFragment ? 1 : 0;
                fragmentChecks += fromFragment && isCheck(l) ? 1 : 0;
                rows += fromFragment ? 0 : 1;
                checks += !fromFragment && isCheck(l) ? 1 : 0;
            }
        }
        int generated = model.iods().size() - emitter.excludedIods().size();
        List<IodDef> composed = model.iods().values().stream()
                .filter(i -> i.composition().startsWith("dicom3tools ")).toList();
        sb.append("**").append(checks).append(" of the ").append(rows).append(" Type 1C/2C rows (")
                .append(percent(checks, rows)).append(") of the generated modules, macros and items that dicom3tools defines (with the rows ")
                .append("added by hand) are machine ")
                .append("checks**, translated from dciodvfy's encoded conditions or written from the standard's text; ")
                .append("the rest are `unchecked(...)` with the reason below. ").append(generated)
                .append(" IODs are generated, ").append(composed.stream().filter(i -> !emitter.excludedIods()
                        .containsKey(i.ciodId())).count()).append(" of the ").append(composed.size())
                .append(" CIODs that have a dicom3tools composition among them.\n\n");
        int all = rows + fragmentRows;
        int allChecks = checks + fragmentChecks;
        sb.append("**With the ").append(fragments.tables().size()).append(" tables read from the PS3.3 2026d ")
                .append("fragments: ").append(allChecks).append(" of the ").append(all).append(" Type 1C/2C rows (")
                .append(percent(allChecks, all)).append(") are machine checks**; ").append(fragmentChecks)
                .append(" of the ").append(fragmentRows).append(" rows of those tables are (")
                .append(percent(fragmentChecks, fragmentRows)).append("), written from the standard's text, as ")
                .append("their source carries none; the others are listed below (counted in the totals). ")
                .append(iodsWithFragmentModules().size()).append(" generated IODs use modules of those tables ")
                .append("(see \"Tables read from the PS3.3 2026d fragments\").\n\n");
    }

    /** @return the generated IODs that use a module read from a fragment, each with those modules */
    private Map<IodDef, List<String>> iodsWithFragmentModules() {
        Map<IodDef, List<String>> iods = new LinkedHashMap<>();
        for (IodDef iod : model.iods().values()) {
            List<String> modules = iod.modules().stream().map(IodDef.ModuleUsage::module)
                    .filter(m -> Ps3TableFragments.fromFragment(model.tables(), m)).toList();
            if (!modules.isEmpty() && !emitter.excludedIods().containsKey(iod.ciodId())) {
                iods.put(iod, modules);
            }
        }
        return iods;
    }

    /** The tables read from the fragments, the IODs that use them and what was resolved on the way. */
    private void fragmentTables(StringBuilder sb) {
        sb.append("## Tables read from the PS3.3 2026d fragments (").append(fragments.tables().size())
                .append(")\n\nTranscribed from PyMedPhys' module_attributes.json (2026d) into ")
                .append("tools/src/main/resources/dev/iodine/tools/iod/ps3-2026d/ (docs/generators.md), for the ")
                .append("modules that no other source defines. Their 1C/2C rows are NOT_ENCODED unless tools ")
                .append("hand-conditions.tsv gives the condition.\n\n| table | key | rows | file |\n|---|---|---|---|\n");
        fragments.read().forEach(r -> sb.append("| ").append(r.label()).append(" | ").append(r.key()).append(" | ")
                .append(r.rows()).append(" | ").append(r.file()).append(" |\n"));
        Map<IodDef, List<String>> iods = iodsWithFragmentModules();
        sb.append("\n### Generated IODs with modules from these tables (").append(iods.size()).append(")\n\n");
        iods.forEach((iod, modules) -> sb.append("- ").append(iod.title()).append(" (")
                .append(iod.composition().startsWith("dicom3tools ") ? "dicom3tools composition" : "new")
                .append("): ").append(String.join(", ", modules)).append('\n'));
        sb.append("\n### Notes (").append(fragments.notes().size()).append(")\n\n");
        fragments.notes().forEach(n -> sb.append("- ").append(n).append('\n'));
        sb.append('\n');
    }

    private void totals(StringBuilder sb) {
        Map<ConditionLog.Kind, Map<ConditionLog.Outcome, Integer>> counts = new EnumMap<>(ConditionLog.Kind.class);
        for (ConditionLog.Line l : emitter.log().lines()) {
            counts.computeIfAbsent(l.kind(), k -> new EnumMap<>(ConditionLog.Outcome.class))
                    .merge(l.outcome(), 1, Integer::sum);
        }
        sb.append("## Totals over the generated definitions\n\n| kind | total | ");
        for (ConditionLog.Outcome o : ConditionLog.Outcome.values()) {
            sb.append(o).append(" | ");
        }
        sb.append("checked |\n|---|---|---|---|---|---|---|---|\n");
        counts.forEach((kind, byOutcome) -> {
            int total = byOutcome.values().stream().mapToInt(Integer::intValue).sum();
            int checked = byOutcome.getOrDefault(ConditionLog.Outcome.TRANSLATED, 0)
                    + byOutcome.getOrDefault(ConditionLog.Outcome.HAND_WRITTEN, 0);
            sb.append("| ").append(kind).append(" | ").append(total).append(" | ");
            for (ConditionLog.Outcome o : ConditionLog.Outcome.values()) {
                sb.append(byOutcome.getOrDefault(o, 0)).append(" | ");
            }
            sb.append(percent(checked, total)).append(" |\n");
        });
        sb.append('\n');
    }

    /**
     * The figures over the sources' own 1C/2C rows: an encoded row became a check when its condition translates, or
     * when it was written by hand from the standard's text in its place (dciodvfy's Always/Never stand-ins, a
     * definition without clauses).
     *
     * @return the encoded rows that did not become checks, by location, each with the reason
     */
    private Map<String, String> sourceRows(StringBuilder sb) {
        Map<String, String> missed = new TreeMap<>();
        Set<String> handWritten = new TreeSet<>();
        for (ConditionLog.Line l : emitter.log().lines()) {
            if (l.kind() == ConditionLog.Kind.ATTRIBUTE && l.outcome() == ConditionLog.Outcome.HAND_WRITTEN) {
                handWritten.add(l.where());
            }
        }
        int rows = 0;
        int named = 0;
        int checks = 0;
        int byHand = 0;
        for (TableDef t : model.tables().values()) {
            if (Ps3TableFragments.fromFragment(model.tables(), t.key())) {
                continue;   // not a dicom3tools table: its rows have no encoded condition to count here
            }
            for (Map.Entry<String, Entry.Attribute> row : conditionalRows(t.key(), t.entries())) {
                rows++;
                String name = row.getValue().conditionName();
                if (name != null) {
                    named++;
                    if (translates(name)) {
                        checks++;
                    } else if (handWritten.contains(row.getKey())) {
                        checks++;
                        byHand++;
                    } else {
                        missed.put(row.getKey() + " (`" + name + "`)", SourceEmitter.isPseudo(t.key())
                                ? "a dicom3tools pseudo-module, not a PS3.3 table: not generated"
                                : translator.translate(name).reason());
                    }
                }
            }
        }
        int all = translator.names().size();
        long good = translator.names().stream().filter(this::translates).count();
        sb.append("## Over the sources\n\n")
                .append("- Type 1C/2C rows in all dicom3tools module and macro tables: ").append(rows)
                .append("; with an encoded condition: ").append(named).append("; became a check: ").append(checks)
                .append(" (").append(percent(checks, named)).append(" of the encoded, ")
                .append(percent(checks, rows)).append(" of all 1C/2C rows; ").append(byHand)
                .append(" of them written by hand where the encoded condition does not translate).\n")
                .append("- Named conditions in dicom3tools-conditions.json: ").append(all)
                .append("; translatable: ").append(good).append(" (").append(percent((int) good, all)).append(").\n\n");
        return missed;
    }

    private boolean translates(String name) {
        ConditionTranslator.Result r = translator.translate(name);
        if (r.condition() == null) {
            return false;
        }
        try {
            writer.write(r.condition());
            return true;
        } catch (ConditionWriter.Inexpressible e) {
            return false;
        }
    }

    /** @return the 1C/2C rows at every depth, each with its location ("Table > Sequence > Keyword") */
    private static List<Map.Entry<String, Entry.Attribute>> conditionalRows(String where, List<Entry> entries) {
        List<Map.Entry<String, Entry.Attribute>> rows = new ArrayList<>();
        for (Entry e : entries) {
            if (e instanceof Entry.Attribute a) {
                String location = where + " > " + a.keyword();
                if (a.isConditional()) {
                    rows.add(Map.entry(location, a));
                }
                if (a.isSequence()) {
                    rows.addAll(conditionalRows(location, a.items()));
                }
            }
        }
        return rows;
    }

    /** Lists each encoded source row that did not become a check, so that the figures above add up. */
    private static void untranslated(StringBuilder sb, Map<String, String> missed) {
        sb.append("## Encoded conditions that did not become checks (").append(missed.size()).append(")\n\n");
        missed.forEach((row, reason) -> sb.append("- ").append(row).append(": ").append(reason).append('\n'));
        sb.append('\n');
    }

    /** Lists the translated conditions whose plain clauses {@link ConditionScopes} reads in an enclosing dataset. */
    private void rescoped(StringBuilder sb) {
        sb.append("## Plain clauses read in an enclosing dataset (").append(emitter.rescoped().size())
                .append(")\n\n")
                .append("dciodvfy's plain clause looks in the dataset the condition is evaluated on. In these ")
                .append("conditions of rows and includes that sit in sequence items it names an attribute that ")
                .append("the item cannot hold but an enclosing level of its table or the top level of a module ")
                .append("defines, so it is read there (`root.`, `above.`; docs/conditions.md):\n\n");
        emitter.rescoped().forEach((where, keywords) -> sb.append("- ").append(where).append(": ")
                .append(String.join(", ", keywords)).append('\n'));
        sb.append('\n');
    }

    /** Per IOD: the 1C/2C rows of every table it reaches, and how many are checks. */
    private void perIod(StringBuilder sb) {
        sb.append("## 1C/2C rows per IOD\n\nRows of the modules an IOD uses and of the macros they include, at every ")
                .append("depth. The CT Image and RT Plan rows that are not checks are listed after the table.\n\n")
                .append("| IOD | 1C/2C rows | checks | checked | C modules | checks |\n|---|---|---|---|---|---|\n");
        Map<String, List<ConditionLog.Line>> byTable = new TreeMap<>();
        for (ConditionLog.Line l : emitter.log().lines()) {
            if (l.kind() == ConditionLog.Kind.ATTRIBUTE) {
                byTable.computeIfAbsent(l.where().substring(0, l.where().indexOf(" > ")), k -> new ArrayList<>())
                        .add(l);
            }
        }
        StringBuilder details = new StringBuilder();
        for (IodDef iod : model.iods().values()) {
            if (emitter.excludedIods().containsKey(iod.ciodId())) {
                continue;
            }
            Set<String> reached = new TreeSet<>();
            iod.modules().forEach(m -> reach(m.module(), reached));
            List<ConditionLog.Line> rows = new ArrayList<>();
            reached.forEach(t -> rows.addAll(byTable.getOrDefault(t, List.of())));
            long checks = rows.stream().filter(ConditionReport::isCheck).count();
            List<ConditionLog.Line> usages = emitter.log().lines().stream()
                    .filter(l -> l.kind() == ConditionLog.Kind.MODULE_USAGE
                            && l.where().startsWith(iod.ciodId() + " / ")).toList();
            long usageChecks = usages.stream().filter(ConditionReport::isCheck).count();
            sb.append("| ").append(iod.title()).append(" | ").append(rows.size()).append(" | ").append(checks)
                    .append(" | ").append(percent((int) checks, rows.size())).append(" | ").append(usages.size())
                    .append(" | ").append(usageChecks).append(" |\n");
            if (iod.ciodId().equals("ct-image") || iod.ciodId().equals("rt-plan")) {
                details.append("\n### ").append(iod.title()).append(": conditions that are not checks\n\n");
                // The condition text is listed with the reason: many reasons only cite the table, and the
                // text is what shows why the data cannot decide it.
                rows.stream().filter(l -> !isCheck(l)).forEach(l -> details.append("- ").append(l.where())
                        .append(" (").append(l.type()).append("): ").append(textAndReason(l)).append('\n'));
                usages.stream().filter(l -> !isCheck(l)).forEach(l -> details.append("- module ").append(l.where())
                        .append(": ").append(textAndReason(l)).append('\n'));
            }
        }
        sb.append(details).append('\n');
    }

    /** The condition as written, then the reason unless the written text already holds it. */
    private static String textAndReason(ConditionLog.Line l) {
        String text = "`" + l.text() + "`";
        return l.reason() == null || l.text().contains(l.reason()) ? text : text + "; " + l.reason();
    }

    private static boolean isCheck(ConditionLog.Line l) {
        return l.outcome() == ConditionLog.Outcome.TRANSLATED || l.outcome() == ConditionLog.Outcome.HAND_WRITTEN;
    }

    private void reach(String table, Set<String> reached) {
        TableDef t = model.tables().get(table);
        if (t != null && reached.add(table)) {
            reachEntries(t.entries(), reached);
        }
    }

    private void reachEntries(List<Entry> entries, Set<String> reached) {
        for (Entry e : entries) {
            if (e instanceof Entry.MacroInclude inc) {
                reach(inc.macro(), reached);
            } else if (e instanceof Entry.Attribute a && a.isSequence()) {
                reachEntries(a.items(), reached);
            }
        }
    }

    private void iods(StringBuilder sb) {
        sb.append("## Generated IODs (").append(model.iods().size() - emitter.excludedIods().size()).append(")\n\n")
                .append("| IOD | class | PS3.3 | modules | composition | modules not defined by any source |\n")
                .append("|---|---|---|---|---|---|\n");
        for (IodDef iod : model.iods().values()) {
            if (emitter.excludedIods().containsKey(iod.ciodId())) {
                continue;
            }
            sb.append("| ").append(iod.title()).append(" | `").append(JavaNames.type(iod.title())).append("` | ")
                    .append(iod.section() == null ? "" : iod.section()).append(" | ").append(iod.modules().size())
                    .append(" | ").append(iod.composition()).append(" | ").append(String.join(", ", iod.missing()))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    private static void listing(StringBuilder sb, String title, Map<String, String> items) {
        sb.append("## ").append(title).append(" (").append(items.size()).append(")\n\n");
        items.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        sb.append('\n');
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }
}

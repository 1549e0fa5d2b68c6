package dev.iodine.processor.generate;

import static dev.iodine.processor.condition.ConditionCompiler.hex;
import static dev.iodine.processor.condition.ConditionCompiler.quote;

import dev.iodine.data.VR;
import dev.iodine.processor.check.DefinitionEnvironment;
import dev.iodine.processor.condition.Condition;
import dev.iodine.processor.condition.ConditionCompiler;
import dev.iodine.processor.condition.ConditionParser;
import dev.iodine.processor.condition.ConditionSyntaxException;
import dev.iodine.processor.condition.PathConstants;
import dev.iodine.processor.model.AttributeDef;
import dev.iodine.processor.model.Definition;
import dev.iodine.processor.model.DefinitionKind;
import dev.iodine.processor.model.IncludeDef;
import dev.iodine.processor.model.Member;
import dev.iodine.processor.model.ModelCollector;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes the static {@code check} method of a definition's generated type: presence by attribute type (1C/2C by
 * their compiled condition), enumerated values and defined terms, every item of every sequence, and the included
 * macros (under their include condition). Module, macro and item checks call each other; the IOD calls its modules'.
 *
 * <pre>{@code
 * String method = checks.method(definition, true, paths);   // paths: the constants of the compilation unit
 * }</pre>
 */
final class Checks {

    static final String SIGNATURE = "static void check(java.util.List<dev.iodine.validation.Violation> out, "
            + "dev.iodine.data.Dataset ds, dev.iodine.validation.ItemPath path, boolean applies, String module, "
            + "String section, java.util.Set<Integer> specialized, dev.iodine.bind.ConditionMemo memo)";

    private final ModelCollector collector;
    private final GeneratedNames names;
    private final Elements elements;
    private final Map<String, TypeElement> modules;

    Checks(ModelCollector collector, GeneratedNames names, Elements elements, Map<String, TypeElement> modules) {
        this.collector = collector;
        this.names = names;
        this.elements = elements;
        this.modules = modules;
    }

    /** The check method of a module, macro or item; its conditions' paths and its value lists go to {@code paths}. */
    String method(Definition d, boolean inInterface, PathConstants paths) {
        DefinitionEnvironment env = DefinitionEnvironment.of(d, elements, modules);
        StringBuilder body = new StringBuilder(
                "dev.iodine.bind.ConditionContext c = new dev.iodine.bind.DatasetConditions(ds, memo);\n");
        for (AttributeDef a : d.attributes()) {
            // Only a module's (and its macros') top-level attributes can be specialized by another module of an IOD.
            boolean specializable = d.kind() != DefinitionKind.ITEM && d.privateCreator().isEmpty();
            if (specializable) {
                // isEmpty first: contains(int) boxes the tag, and most modules have no specialized tag.
                body.append("if (specialized.isEmpty() || !specialized.contains(").append(hex(a.tag()))
                        .append(")) {\n");
            }
            attribute(body, a, d.privateCreator(), env, paths);
            if (specializable) {
                body.append("}\n");
            }
        }
        for (IncludeDef include : d.includes()) {
            Definition macro = collector.definition(include.macro());
            if (macro == null || macro.kind() != DefinitionKind.MACRO) {
                continue;
            }
            String applies = include.condition().isEmpty() ? "applies"
                    : "applies && (" + compile(include.condition(), env, paths) + ")";
            body.append(names.qualified(include.macro())).append(".check(out, ds, path, ").append(applies)
                    .append(", module, section, specialized, memo);\n");
        }
        return "/** Adds the violations of this " + d.kind().name().toLowerCase(java.util.Locale.ROOT)
                + "'s attributes in {@code ds} (at {@code path}) to {@code out}; {@code applies}: whether their types"
                + " require them; {@code specialized}: the top-level tags that a more specialized module of the IOD defines,"
                + " checked there instead; {@code memo}: the condition answers of this validation run. */\n" + (inInterface ? "" : "public ") + SIGNATURE + " {\n" + body + "}\n";
    }

    private void attribute(StringBuilder body, AttributeDef a, String creator, DefinitionEnvironment env,
            PathConstants paths) {
        String tag = creator.isEmpty() ? hex(a.tag()) : "ds.privateTag(" + quote(creator) + ", " + hex(a.tag()) + ")";
        String type = quote(a.type().label());
        String checks = "dev.iodine.validation.AttributeChecks.";
        switch (a.type()) {
            case T1, T2 -> body.append(checks).append("presence(out, ds, path, ").append(tag).append(", ").append(type)
                    .append(", applies, false, module, section, null);\n");
            case T1C, T2C -> {
                Condition parsed = parse(a.condition());
                boolean decidable = !mentionsUnchecked(parsed);
                String condition = compile(a.condition(), env, paths);
                body.append("{\nboolean required = applies && (").append(condition).append(");\n")
                        .append("boolean forbidden = ")
                        .append(!a.mayBePresentOtherwise() && decidable ? "applies && !required" : "false")
                        .append(";\n").append(checks).append("presence(out, ds, path, ").append(tag).append(", ")
                        .append(type).append(", required, forbidden, module, section, ").append(quote(a.condition()))
                        .append(");\n}\n");
            }
            default -> { }
        }
        if (a.vr() != VR.SQ && (a.vm().min() > 1 || a.vm().max() != Integer.MAX_VALUE || a.vm().step() > 1)) {
            body.append("dev.iodine.bind.Multiplicity.check(out, ds, path, ").append(tag).append(", ")
                    .append(a.vm().min()).append(", ").append(a.vm().max() == Integer.MAX_VALUE ? "Integer.MAX_VALUE"
                            : String.valueOf(a.vm().max())).append(", ").append(a.vm().step()).append(", ")
                    .append(quote(a.vm().text())).append(", ").append(type).append(", module, section);\n");
        }
        values(body, a, tag, type, a.enumerated(), true, paths);
        values(body, a, tag, type, a.definedTerms(), false, paths);
        if (a.vr() == VR.SQ && a.itemType() != null) {
            body.append("{\ndev.iodine.data.Sequence s = ds.getSequence(").append(tag).append(");\n")
                    .append("for (int i = 0; s != null && i < s.size(); i++) {\n")
                    .append(names.qualified(a.itemType())).append(".check(out, s.get(i), path.item(").append(tag)
                    .append(", i), true, module, section, java.util.Set.of(), memo);\n}\n}\n");
        }
    }

    private static void values(StringBuilder body, AttributeDef a, String tag, String type, List<String> values,
            boolean enumerated, PathConstants constants) {
        if (values.isEmpty()) {
            return;
        }
        body.append("dev.iodine.validation.AttributeChecks.values(out, ds, path, ").append(tag).append(", ")
                .append(type).append(", module, section, ").append(enumerated).append(", ")
                .append(constants.valueList(a.tag(), enumerated, a.keyword(), values)).append(");\n");
    }

    /** The Java expression of a condition (already checked) over the context {@code c}, its paths in {@code paths}. */
    String compile(String text, DefinitionEnvironment env, PathConstants paths) {
        return ConditionCompiler.compile(parse(text), env, name -> moduleTags(env.module(name)), env::predicateCall,
                paths);
    }

    /** The top-level tags of a module, as Java literals, for {@code module(...)}. */
    String moduleTags(TypeElement module) {
        return Member.flatten(collector.definition(module), collector).stream()
                .map(m -> hex(m.attribute().tag())).distinct().collect(Collectors.joining(", "));
    }

    private static Condition parse(String text) {
        try {
            return ConditionParser.parse(text);
        } catch (ConditionSyntaxException e) {
            // The check phase reported it; generation runs only without errors.
            throw new IllegalStateException("condition was checked: " + text, e);
        }
    }

    private static boolean mentionsUnchecked(Condition c) {
        if (c instanceof Condition.Unchecked) {
            return true;
        }
        if (c instanceof Condition.Not not) {
            return mentionsUnchecked(not.term());
        }
        if (c instanceof Condition.Referenced r) {
            return mentionsUnchecked(r.condition());
        }
        List<Condition> terms = c instanceof Condition.And and ? and.terms()
                : c instanceof Condition.Or or ? or.terms() : c instanceof Condition.Xor xor ? xor.terms() : List.of();
        return terms.stream().anyMatch(Checks::mentionsUnchecked);
    }
}

package dev.iodine.processor.generate;

import static dev.iodine.processor.condition.ConditionCompiler.quote;

import dev.iodine.annotations.Usage;
import dev.iodine.processor.check.DefinitionEnvironment;
import dev.iodine.processor.condition.ConditionCompiler;
import dev.iodine.processor.condition.PathConstants;
import dev.iodine.processor.model.Definition;
import dev.iodine.processor.model.IodDef;
import dev.iodine.processor.model.Member;
import dev.iodine.processor.model.ModelCollector;
import dev.iodine.processor.model.ModuleUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The sources of an IOD: the typed class (implementing every module's generated interface, with a builder and the
 * {@code IodConstraint} that Hibernate Validator runs) and its {@code Binder}.
 *
 * <pre>{@code
 * String source = iodSource.iodClass(iod);
 * }</pre>
 */
final class IodSource {

    private static final int SOP_INSTANCE_UID = 0x00080018;

    private final ModelCollector collector;
    private final GeneratedNames names;
    private final Checks checks;
    private final Elements elements;
    private final Map<String, TypeElement> modules;

    IodSource(ModelCollector collector, GeneratedNames names, Checks checks, Elements elements, Map<String, TypeElement> modules) {
        this.collector = collector;
        this.names = names;
        this.checks = checks;
        this.elements = elements;
        this.modules = modules;
    }

    String iodClass(IodDef iod) {
        String cls = iod.className();
        PathConstants paths = new PathConstants("");
        String checkConstraints = checkConstraints(iod, paths);
        List<String> interfaces = new ArrayList<>(List.of("dev.iodine.bind.IodObject"));
        iod.modules().forEach(u -> interfaces.add(names.qualified(u.module())));
        StringBuilder s = header(iod);
        s.append("/**\n * The ").append(iod.name()).append(" IOD").append(iod.section().isEmpty() ? ""
                : " (PS3.3 " + iod.section() + ")").append(": a typed view of a dataset, one accessor per attribute of")
                .append(" its modules.\n * <pre>{@code\n * ").append(cls).append(" object = ").append(cls)
                .append(".builder().build();\n * object.checkConstraints();   // the violations of the IOD's rules\n")
                .append(" * }</pre>\n * <p>Modules: ").append(iod.modules().stream().map(u -> u.module().getSimpleName()
                        + " (" + u.usage() + ")").collect(Collectors.joining(", ")))
                .append(".\n").append(iod.withoutSopCommon().isEmpty() ? "" : " * <p>No SOP Common module ("
                        + javadocText(iod.withoutSopCommon()) + "): the SOP class and instance UIDs are the File Meta's.\n")
                .append(uncheckedConditions(iod))
                .append(" * <p>Generated from {@link ").append(iod.type().getQualifiedName()).append("}.\n */\n")
                .append(DefinitionSource.GENERATED).append("@dev.iodine.bind.IodConstraint\n")
                .append("public final class ").append(cls).append(" implements ").append(String.join(", ", interfaces))
                .append(" {\n\n")
                .append("/** The IOD's name. */\npublic static final String IOD_NAME = ").append(quote(iod.name()))
                .append(";\n\n/** The SOP classes whose instances this IOD describes. */\n")
                .append("public static final java.util.List<String> SOP_CLASS_UIDS = java.util.List.of(")
                .append(iod.sopClassUids().stream().map(u -> quote(u)).collect(Collectors.joining(", ")))
                .append(");\n\n").append(paths.declarations("private "))
                .append("private final dev.iodine.data.Dataset dataset;\n\n")
                .append("/** A new, empty instance. */\npublic ").append(cls)
                .append("() {\nthis(new dev.iodine.data.Dataset());\n}\n\n")
                .append("/** A view of a dataset: reads and writes go to it, elements without accessors stay. */\npublic ")
                .append(cls).append("(dev.iodine.data.Dataset dataset) {\n")
                .append("this.dataset = java.util.Objects.requireNonNull(dataset, \"dataset\");\n}\n\n")
                .append("@Override\npublic dev.iodine.data.Dataset dataset() {\nreturn dataset;\n}\n\n");
        Map<String, GeneratedMethod> setters = new LinkedHashMap<>();
        overrides(iod, s, setters);
        s.append(checkConstraints).append('\n').append(builder(cls, setters.values())).append("}\n");
        return s.toString();
    }

    /** Overrides for accessors that two modules both provide (Java needs one), delegating to the first. */
    private void overrides(IodDef iod, StringBuilder s, Map<String, GeneratedMethod> setters) {
        Map<String, Definition> declaredBy = new LinkedHashMap<>();
        Map<String, String> firstModule = new LinkedHashMap<>();
        List<String> overridden = new ArrayList<>();
        for (ModuleUse use : iod.modules()) {
            for (Member m : Member.flatten(collector.definition(use.module()), collector)) {
                for (GeneratedMethod g : Accessors.of(m.attribute(), m.declaredIn().privateCreator(), names)) {
                    String sig = g.signature();
                    Definition first = declaredBy.putIfAbsent(sig, m.declaredIn());
                    if (first == null) {
                        firstModule.put(sig, names.qualified(use.module()));
                        boolean sequence = m.attribute().itemType() != null;
                        // Builder methods: each value's setter, and each sequence's item filler.
                        if (!g.parameters().isEmpty() && (sequence ? g.name().startsWith("add")
                                : g.name().startsWith("set"))) {
                            setters.put(sig, g);
                        }
                    } else if (first != m.declaredIn() && !overridden.contains(sig)) {
                        overridden.add(sig);
                        s.append(g.delegation(firstModule.get(sig))).append('\n');
                    }
                }
            }
        }
    }

    /**
     * The Javadoc list of the conditions that the data alone does not decide: {@code predicate(...)} (Java code
     * decides) and {@code unchecked(...)} (never required), so that users see what validation cannot check.
     */
    private String uncheckedConditions(IodDef iod) {
        List<String> found = new ArrayList<>();
        for (ModuleUse use : iod.modules()) {
            if (notDecidedByData(use.condition())) {
                found.add(use.module().getSimpleName() + " usage: " + use.condition());
            }
            collectUnchecked(collector.definition(use.module()), use.module().getSimpleName().toString(), found,
                    new java.util.HashSet<>());
        }
        if (found.isEmpty()) {
            return "";
        }
        return found.stream().distinct().map(f -> " * <li>" + javadocText(f) + "</li>\n")
                .collect(Collectors.joining("", " * <p>Conditions not decided by the data alone:\n * <ul>\n",
                        " * </ul>\n"));
    }

    private void collectUnchecked(Definition d, String where, List<String> found, java.util.Set<Definition> seen) {
        if (d == null || !seen.add(d)) {
            return;
        }
        for (Member m : Member.flatten(d, collector)) {
            if (notDecidedByData(m.attribute().condition())) {
                found.add(where + " " + m.attribute().keyword() + ": " + m.attribute().condition());
            }
            if (m.attribute().itemType() != null) {
                collectUnchecked(collector.definition(m.attribute().itemType()),
                        where + " " + m.attribute().keyword() + " item", found, seen);
            }
        }
    }

    private static boolean notDecidedByData(String condition) {
        return condition.contains("predicate(") || condition.contains("unchecked(");
    }

    private static String javadocText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

    /**
     * Runs each module that applies (M; C whose condition holds or that is present; U that is present, present meaning
     * that an attribute of it that no other module of the IOD defines is in the dataset) with its
     * specialized tags: an attribute that several modules of the IOD define is checked only by the last of them that
     * applies, the most specialized definition, SOP Common coming first whatever its place (PS3.3 C.8.6.1: SC Equipment's Modality overrides General Series').
     */
    private String checkConstraints(IodDef iod, PathConstants paths) {
        DefinitionEnvironment env = new DefinitionEnvironment(elements, modules, iod.type(), List.of());
        StringBuilder b = new StringBuilder("/** Every violation of the IOD's rules; empty when it conforms. */\n")
                .append("@Override\npublic java.util.List<dev.iodine.validation.Violation> checkConstraints() {\n")
                .append("java.util.List<dev.iodine.validation.Violation> out = new java.util.ArrayList<>();\n")
                // One memo per call: the run does not change the data, and the next call may see changed data.
                .append("dev.iodine.bind.ConditionMemo memo = new dev.iodine.bind.ConditionMemo();\n")
                .append("dev.iodine.bind.ConditionContext c = new dev.iodine.bind.DatasetConditions(dataset, memo);\n");
        List<ModuleUse> uses = iod.modules();
        List<Set<Integer>> tags = uses.stream().map(u -> publicTags(u.module())).toList();
        for (int i = 0; i < uses.size(); i++) {
            ModuleUse use = uses.get(i);
            Set<Integer> own = new TreeSet<>(tags.get(i));
            for (int j = 0; j < uses.size(); j++) {
                if (j != i) {
                    own.removeAll(tags.get(j));
                }
            }
            // Only the attributes no other module of the IOD defines show that this module is present.
            String present = own.isEmpty() ? "false" : "c.modulePresent("
                    + own.stream().map(ConditionCompiler::hex).collect(Collectors.joining(", ")) + ")";
            String applies = use.usage() == Usage.M ? "true" : use.usage() == Usage.U ? present
                    : "(" + checks.compile(use.condition(), env, paths) + ") || " + present;
            b.append("boolean applies").append(i).append(" = ").append(applies).append(";\n");
        }
        for (int i = 0; i < uses.size(); i++) {
            Definition module = collector.definition(uses.get(i).module());
            StringBuilder later = new StringBuilder();
            for (int j = 0; j < uses.size(); j++) {
                if (j == i || sopCommon(tags.get(j)) || j < i && !sopCommon(tags.get(i))) {
                    continue;
                }
                Set<Integer> shared = new TreeSet<>(tags.get(i));
                shared.retainAll(tags.get(j));
                if (!shared.isEmpty()) {
                    later.append("if (applies").append(j).append(") {\nspecialized.addAll(java.util.List.of(")
                            .append(shared.stream().map(ConditionCompiler::hex).collect(Collectors.joining(", ")))
                            .append("));\n}\n");
                }
            }
            b.append("if (applies").append(i).append(") {\n");
            if (!later.isEmpty()) {
                b.append("java.util.Set<Integer> specialized = new java.util.HashSet<>();\n").append(later);
            }
            b.append(names.qualified(uses.get(i).module())).append(".check(out, dataset, dev.iodine.validation.ItemPath.ROOT, true, ")
                    .append(quote(module.name())).append(", ").append(quote(module.section())).append(", ")
                    .append(later.isEmpty() ? "java.util.Set.of()" : "specialized").append(", memo);\n}\n");
        }
        return b.append("dev.iodine.validation.ValueChecks.check(out, dataset);\nreturn out;\n}\n").toString();
    }

    /**
     * Whether a module is SOP Common (it defines SOP Instance UID): its Type 3 copies of Instance Number, Content
     * Qualification... are the defaults of IODs without a more specific module (PS3.3 C.12.1), so it specializes
     * nothing, whatever its place, and every other module specializes it.
     */
    private static boolean sopCommon(Set<Integer> moduleTags) {
        return moduleTags.contains(SOP_INSTANCE_UID);
    }

    /** The tags of a module's standard top-level attributes (its macros' included), those another module can share. */
    private Set<Integer> publicTags(TypeElement module) {
        return Member.flatten(collector.definition(module), collector).stream()
                .filter(m -> m.declaredIn().privateCreator().isEmpty()).map(m -> m.attribute().tag())
                .collect(Collectors.toSet());
    }

    private static String builder(String cls, Iterable<GeneratedMethod> setters) {
        StringBuilder b = new StringBuilder("/** A builder for writing an instance from scratch. */\n")
                .append("public static Builder builder() {\nreturn new Builder();\n}\n\n")
                .append("/** Sets attributes one call at a time: {@code ").append(cls)
                .append(".builder().patientID(\"123\").build()}; a sequence"
                + " gets one item per call of its method, filled by a consumer of the item. */\n")
                .append("public static final class Builder {\n\nprivate final ").append(cls).append(" object = new ")
                .append(cls).append("();\n\nprivate Builder() {\n}\n\n");
        for (GeneratedMethod setter : setters) {
            // setPatientID -> patientID(value); addBeamSequenceItem(fill) -> beamSequence(fill), one item a call.
            boolean sequence = setter.name().startsWith("add");
            String cap = setter.name().substring(3, setter.name().length() - (sequence ? "Item".length() : 0));
            String property = Character.toLowerCase(cap.charAt(0)) + cap.substring(1);
            b.append("/** ").append(setter.javadoc()).append(" */\npublic Builder ").append(property).append("(")
                    .append(setter.parameters()).append(") {\nobject.").append(setter.name()).append("(")
                    .append(setter.arguments()).append(");\nreturn this;\n}\n\n");
            if (sequence) {
                b.append("/** Makes ").append(cap).append(" present with no items (Type 2 with nothing to say). */\n")
                        .append("public Builder ").append(property).append("Empty() {\nobject.set").append(cap)
                        .append("Empty();\nreturn this;\n}\n\n");
            }
        }
        return b.append("/** The instance built. */\npublic ").append(cls).append(" build() {\nreturn object;\n}\n}\n")
                .toString();
    }

    String binder(IodDef iod) {
        String cls = iod.className();
        return header(iod).append("/** Binds {@link ").append(cls).append("} to datasets; found through ServiceLoader. */\n")
                .append(DefinitionSource.GENERATED).append("public final class ").append(cls)
                .append("Binder implements dev.iodine.bind.Binder<").append(cls).append("> {\n\n")
                .append("@Override\npublic Class<").append(cls).append("> type() {\nreturn ").append(cls)
                .append(".class;\n}\n\n@Override\npublic String iodName() {\nreturn ").append(cls)
                .append(".IOD_NAME;\n}\n\n@Override\npublic java.util.List<String> sopClassUids() {\nreturn ")
                .append(cls).append(".SOP_CLASS_UIDS;\n}\n\n@Override\npublic ").append(cls)
                .append(" bind(dev.iodine.data.Dataset dataset) {\nreturn new ").append(cls).append("(dataset);\n}\n\n")
                .append("@Override\npublic dev.iodine.data.Dataset dataset(").append(cls)
                .append(" object) {\nreturn object.dataset();\n}\n\n")
                .append(iod.withoutSopCommon().isEmpty() ? ""
                        : "@Override\npublic boolean sopClassInFileMeta() {\nreturn true;\n}\n\n")
                .append("@Override\npublic dev.iodine.validation.ValidationReport validate(").append(cls)
                .append(" object) {\nreturn dev.iodine.validation.BeanValidation.validate(").append(cls)
                .append(".IOD_NAME, object);\n}\n}\n").toString();
    }

    private StringBuilder header(IodDef iod) {
        String pkg = names.packageOf(iod.type());
        return new StringBuilder(pkg.isEmpty() ? "" : "package " + pkg + ";\n\n");
    }

    /** The qualified name of a generated IOD type ({@code suffix} "" for the class, "Binder" for its binder). */
    String qualified(IodDef iod, String suffix) {
        return GeneratedNames.qualifiedIn(names.packageOf(iod.type()), iod.className() + suffix);
    }
}

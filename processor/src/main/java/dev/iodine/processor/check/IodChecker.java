package dev.iodine.processor.check;

import dev.iodine.annotations.Usage;
import dev.iodine.processor.diagnostic.ProcessorError;
import dev.iodine.processor.diagnostic.Reporter;
import dev.iodine.processor.model.AttributeDef;
import dev.iodine.processor.model.Definition;
import dev.iodine.processor.model.DefinitionKind;
import dev.iodine.processor.model.IodDef;
import dev.iodine.processor.model.Member;
import dev.iodine.processor.model.ModelCollector;
import dev.iodine.processor.model.ModuleUse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The check phase for an IOD: its name, each module row (a module, used once, usage and condition agreeing), SOP
 * Common present (or declared absent, with a reason, and then really absent), and attributes shared by several modules agreeing on VR, Java type and item interface.
 *
 * <pre>{@code
 * new IodChecker(reporter, collector, elements, modules).check(iod);
 * }</pre>
 */
public final class IodChecker {

    private static final int SOP_CLASS_UID = 0x00080016;
    private static final int SOP_INSTANCE_UID = 0x00080018;

    private final Reporter reporter;
    private final ModelCollector collector;
    private final Elements elements;
    private final Map<String, TypeElement> modules;

    public IodChecker(Reporter reporter, ModelCollector collector, Elements elements, Map<String, TypeElement> modules) {
        this.reporter = reporter;
        this.collector = collector;
        this.elements = elements;
        this.modules = modules;
    }

    public void check(IodDef iod) {
        String iodName = iod.type().getSimpleName().toString();
        if (!iodName.endsWith("Iod") || iodName.length() == 3) {
            reporter.report(ProcessorError.IOD_NAME, iod.type(), iodName);
        }
        DefinitionEnvironment environment = new DefinitionEnvironment(elements, modules, iod.type(), List.of());
        Set<TypeElement> used = new HashSet<>();
        Map<Integer, Member> shared = new HashMap<>();
        boolean sopClass = false;
        boolean sopInstance = false;
        boolean declaredWithout = !iod.withoutSopCommon().isEmpty();
        if (declaredWithout && iod.sopClassUids().isEmpty()) {
            reporter.report(ProcessorError.WITHOUT_SOP_COMMON_NEEDS_SOP_CLASS, iod.type(), iod.mirror(),
                    "withoutSopCommon", iodName);
        }
        for (ModuleUse use : iod.modules()) {
            String moduleName = use.module().getSimpleName().toString();
            Definition module = collector.definition(use.module());
            if (module == null || module.kind() != DefinitionKind.MODULE) {
                reporter.report(ProcessorError.USE_NOT_A_MODULE, iod.type(), use.mirror(), "value", moduleName, iodName);
                continue;
            }
            if (!used.add(use.module())) {
                reporter.report(ProcessorError.MODULE_USED_TWICE, iod.type(), use.mirror(), "value", moduleName, iodName);
                continue;
            }
            if (use.usage() == Usage.C && use.condition().isEmpty()) {
                reporter.report(ProcessorError.USAGE_C_WITHOUT_CONDITION, iod.type(), use.mirror(), "usage",
                        moduleName, iodName);
            } else if (use.usage() != Usage.C && !use.condition().isEmpty()) {
                reporter.report(ProcessorError.USAGE_CONDITION_NOT_ALLOWED, iod.type(), use.mirror(), "condition",
                        moduleName, use.usage(), iodName);
            } else if (!use.condition().isEmpty()) {
                Conditions.check(use.condition(), environment, reporter, iod.type(), use.mirror());
            }
            String sopUid = null;
            for (Member m : Member.flatten(module, collector)) {
                int tag = m.attribute().tag();
                sopClass |= tag == SOP_CLASS_UID;
                sopInstance |= tag == SOP_INSTANCE_UID;
                if (sopUid == null && (tag == SOP_CLASS_UID || tag == SOP_INSTANCE_UID)) {
                    sopUid = m.attribute().label();
                }
                Member first = shared.putIfAbsent(m.attribute().tag(), m);
                if (first != null && first.declaredIn() != m.declaredIn()) {
                    compatible(iod, use, first, m);
                }
            }
            if (declaredWithout && sopUid != null) {
                reporter.report(ProcessorError.SOP_COMMON_DECLARED_ABSENT, iod.type(), use.mirror(), "value",
                        iodName, moduleName, sopUid);
            }
        }
        if (!declaredWithout && (!sopClass || !sopInstance)) {
            reporter.report(ProcessorError.IOD_WITHOUT_SOP_COMMON, iod.type(), iod.mirror(), "modules", iodName);
        }
    }

    private void compatible(IodDef iod, ModuleUse use, Member first, Member second) {
        AttributeDef a = first.attribute();
        AttributeDef b = second.attribute();
        String what = null;
        Object x = null;
        Object y = null;
        if (a.vr() != b.vr()) {
            what = "VR";
            x = a.vr();
            y = b.vr();
        } else if (!a.javaType().toString().equals(b.javaType().toString())) {
            what = a.itemType() != null ? "item interface" : "Java type";
            x = a.javaType();
            y = b.javaType();
        }
        if (what != null) {
            reporter.report(ProcessorError.INCOMPATIBLE_SHARED_ATTRIBUTE, iod.type(), use.mirror(), "value", a.label(),
                    first.declaredIn().simpleName(), second.declaredIn().simpleName(),
                    iod.type().getSimpleName(), what, x, y);
        }
    }
}

package dev.iodine.processor.check;

import dev.iodine.annotations.DicomValue;
import dev.iodine.data.VR;
import dev.iodine.processor.diagnostic.ProcessorError;
import dev.iodine.processor.diagnostic.Reporter;
import dev.iodine.processor.model.AttributeDef;
import dev.iodine.processor.model.Definition;
import dev.iodine.processor.model.DefinitionKind;
import dev.iodine.processor.model.EnumValues;
import dev.iodine.processor.model.IncludeDef;
import dev.iodine.processor.model.JavaTypes;
import dev.iodine.processor.model.Member;
import dev.iodine.processor.model.ModelCollector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The check phase for one module, macro or item: Java types fit the VR/VM, sequences hold {@code @Item}s,
 * conditions are present where the type needs one and are well-typed, includes name macros, and no attribute is
 * defined twice (macros flattened in).
 *
 * <pre>{@code
 * new DefinitionChecker(reporter, collector, elements, modules).check(definition);
 * }</pre>
 */
public final class DefinitionChecker {

    private final Reporter reporter;
    private final ModelCollector collector;
    private final Elements elements;
    private final Map<String, TypeElement> modules;
    /** The enums whose constants were checked for duplicate values, once each however many attributes use them. */
    private final Set<TypeElement> checkedEnums = new HashSet<>();

    public DefinitionChecker(Reporter reporter, ModelCollector collector, Elements elements,
            Map<String, TypeElement> modules) {
        this.reporter = reporter;
        this.collector = collector;
        this.elements = elements;
        this.modules = modules;
    }

    public void check(Definition d) {
        if (d.type().getKind() != ElementKind.INTERFACE) {
            String annotation = switch (d.kind()) {
                case MODULE -> "DicomModule";
                case MACRO -> "Macro";
                case ITEM -> "Item";
            };
            reporter.report(ProcessorError.NOT_AN_INTERFACE, d.type(), d.mirror(), null, annotation, d.simpleName());
            return;
        }
        DefinitionEnvironment environment = DefinitionEnvironment.of(d, elements, modules);
        for (AttributeDef a : d.attributes()) {
            javaType(a);
            condition(a, environment);
        }
        for (IncludeDef include : d.includes()) {
            Definition macro = collector.definition(include.macro());
            if (macro == null || macro.kind() != DefinitionKind.MACRO) {
                reporter.report(ProcessorError.INCLUDE_NOT_A_MACRO, d.type(), include.mirror(), "value",
                        include.macro().getSimpleName(), d.simpleName());
            } else if (!include.condition().isEmpty()) {
                Conditions.check(include.condition(), environment, reporter, d.type(), include.mirror());
            }
        }
        duplicates(d);
    }

    private void javaType(AttributeDef a) {
        TypeMirror t = a.javaType();
        if (a.vr() == VR.SQ) {
            if (a.itemType() == null) {
                reporter.report(ProcessorError.SEQUENCE_ITEM_NOT_AN_ITEM, a.method(), a.mirror(), null, a.label(),
                        itemName(t));
            }
            return;
        }
        List<String> accepted = JavaTypes.accepted(a.vr(), a.vm().multiple());
        if (t.getKind().isPrimitive()) {
            reporter.report(ProcessorError.PRIMITIVE_TYPE, a.method(), a.mirror(), null, t, a.label(),
                    String.join(", ", accepted));
            return;
        }
        TypeElement enumType = EnumValues.enumOf(t);
        boolean fits = enumType != null ? accepted.contains(JavaTypes.ENUM) : accepted.contains(t.toString());
        if (!fits) {
            reporter.report(ProcessorError.JAVA_TYPE_CANNOT_HOLD, a.method(), a.mirror(), null, t, a.label(), a.vr(),
                    a.vm().text(), String.join(", ", accepted));
        } else if (enumType != null) {
            enumConstants(a, enumType);
        }
    }

    /**
     * An enum must have a constant for each enumerated value (its name, or its {@code @DicomValue}), or the getter
     * could not return it; and no two constants may stand for one value, or the getter could not choose.
     */
    private void enumConstants(AttributeDef a, TypeElement type) {
        Map<Element, String> constants = EnumValues.constants(type);
        List<String> missing = new ArrayList<>(a.enumerated());
        missing.removeAll(constants.values());
        if (!missing.isEmpty()) {
            reporter.report(ProcessorError.ENUM_LACKS_VALUES, a.method(), a.mirror(), "enumerated",
                    type.getSimpleName(), String.join(", ", missing), a.label());
        }
        if (!checkedEnums.add(type)) {
            return;
        }
        Map<String, Element> byValue = new HashMap<>();
        constants.forEach((constant, value) -> {
            Element first = byValue.putIfAbsent(value, constant);
            if (first != null) {
                reporter.report(ProcessorError.ENUM_DUPLICATE_VALUE, constant,
                        ModelCollector.mirror(constant, DicomValue.class.getCanonicalName()), "value",
                        type.getSimpleName(), first.getSimpleName(), constant.getSimpleName(), value);
            }
        });
    }

    private static String itemName(TypeMirror t) {
        if (t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).getTypeArguments().size() == 1) {
            return ((DeclaredType) t).getTypeArguments().get(0).toString();
        }
        return t.toString();
    }

    private void condition(AttributeDef a, DefinitionEnvironment environment) {
        if (a.type().conditional() && a.condition().isEmpty()) {
            reporter.report(ProcessorError.CONDITION_MISSING, a.method(), a.mirror(), "type", a.type().label(),
                    a.label());
        } else if (!a.type().conditional() && !a.condition().isEmpty()) {
            reporter.report(ProcessorError.CONDITION_NOT_ALLOWED, a.method(), a.mirror(), "condition",
                    a.type().label(), a.label());
        } else if (!a.condition().isEmpty()) {
            Conditions.check(a.condition(), environment, reporter, a.method(), a.mirror());
        }
    }

    private void duplicates(Definition d) {
        Map<Integer, Member> seen = new HashMap<>();
        for (Member m : Member.flatten(d, collector)) {
            Member first = seen.putIfAbsent(m.attribute().tag(), m);
            if (first == null) {
                continue;
            }
            String firstBy = first.declaredIn().simpleName() + "." + first.attribute().method().getSimpleName();
            if (m.declaredIn() == d) {
                reporter.report(ProcessorError.DUPLICATE_ATTRIBUTE, m.attribute().method(), m.attribute().mirror(),
                        null, m.attribute().label(), d.simpleName(), firstBy);
            } else {
                IncludeDef include = m.via().get(0);
                reporter.report(ProcessorError.DUPLICATE_ATTRIBUTE, d.type(), include.mirror(), "value",
                        m.attribute().label(), d.simpleName(), firstBy);
            }
        }
    }
}

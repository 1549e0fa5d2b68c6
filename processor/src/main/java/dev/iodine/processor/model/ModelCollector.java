package dev.iodine.processor.model;

import dev.iodine.annotations.Attribute;
import dev.iodine.annotations.DicomModule;
import dev.iodine.annotations.Include;
import dev.iodine.annotations.Iod;
import dev.iodine.annotations.Item;
import dev.iodine.annotations.Macro;
import dev.iodine.annotations.Usage;
import dev.iodine.data.VR;
import dev.iodine.dict.DictionaryEntry;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.processor.diagnostic.ProcessorError;
import dev.iodine.processor.diagnostic.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The collect phase: reads annotated interfaces into {@link Definition}s and {@link IodDef}s, resolving each
 * attribute's tag, keyword, VR and VM against the PS3.6 dictionary and reporting what does not resolve.
 * Definitions from the class path (e.g. iod-models) are read the same way, without reporting.
 *
 * <pre>{@code
 * ModelCollector model = new ModelCollector(reporter);
 * Definition d = model.definition(typeElement);
 * }</pre>
 */
public final class ModelCollector {

    private static final String ATTRIBUTE = Attribute.class.getCanonicalName();
    private static final String INCLUDE = Include.class.getCanonicalName();
    private static final String INCLUDES = Include.List.class.getCanonicalName();

    private final Reporter reporter;
    private final Map<TypeElement, Definition> definitions = new HashMap<>();

    public ModelCollector(Reporter reporter) {
        this.reporter = reporter;
    }

    /** The kind of definition a type declares, or null when it has none of the annotations. */
    public static DefinitionKind kindOf(Element type) {
        if (type.getAnnotation(DicomModule.class) != null) {
            return DefinitionKind.MODULE;
        }
        if (type.getAnnotation(Macro.class) != null) {
            return DefinitionKind.MACRO;
        }
        return type.getAnnotation(Item.class) != null ? DefinitionKind.ITEM : null;
    }

    /** The definition of an annotated interface (read once); null when the type is not a definition. */
    public Definition definition(TypeElement type) {
        Definition known = definitions.get(type);
        if (known != null || kindOf(type) == null) {
            return known;
        }
        Definition d = read(type);
        definitions.put(type, d);
        return d;
    }

    private Definition read(TypeElement type) {
        DefinitionKind kind = kindOf(type);
        String name;
        String section;
        String creator = "";
        Class<? extends java.lang.annotation.Annotation> annotation;
        switch (kind) {
            case MODULE -> {
                DicomModule m = type.getAnnotation(DicomModule.class);
                name = m.name();
                section = m.section();
                creator = m.privateCreator();
                annotation = DicomModule.class;
            }
            case MACRO -> {
                Macro m = type.getAnnotation(Macro.class);
                name = m.name();
                section = m.section();
                annotation = Macro.class;
            }
            default -> {
                name = type.getSimpleName().toString();
                section = "";
                annotation = Item.class;
            }
        }
        AnnotationMirror mirror = mirror(type, annotation.getCanonicalName());
        List<AttributeDef> attributes = new ArrayList<>();
        for (Element e : type.getEnclosedElements()) {
            AnnotationMirror a = mirror(e, ATTRIBUTE);
            if (a != null && e.getKind() == ElementKind.METHOD) {
                AttributeDef def = attribute((ExecutableElement) e, a, creator);
                if (def != null) {
                    attributes.add(def);
                }
            }
        }
        return new Definition(type, kind, mirror, name, section, creator, List.copyOf(attributes), includes(type));
    }

    private List<IncludeDef> includes(TypeElement type) {
        List<IncludeDef> out = new ArrayList<>();
        for (TypeMirror parent : type.getInterfaces()) {
            TypeElement p = (TypeElement) ((DeclaredType) parent).asElement();
            out.add(new IncludeDef(p, "", null));
        }
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            String n = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
            if (n.equals(INCLUDE)) {
                out.add(include(m));
            } else if (n.equals(INCLUDES)) {
                for (Object v : (List<?>) Reporter.valueOf(m, "value").getValue()) {
                    out.add(include((AnnotationMirror) ((AnnotationValue) v).getValue()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static IncludeDef include(AnnotationMirror m) {
        TypeElement macro = (TypeElement) ((DeclaredType) Reporter.valueOf(m, "value").getValue()).asElement();
        AnnotationValue condition = Reporter.valueOf(m, "condition");
        return new IncludeDef(macro, condition == null ? "" : (String) condition.getValue(), m);
    }

    /** Reads and resolves one attribute; null (after reporting) when it names no element. */
    private AttributeDef attribute(ExecutableElement method, AnnotationMirror mirror, String creator) {
        Attribute a = method.getAnnotation(Attribute.class);
        if (!method.getParameters().isEmpty() || !method.getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.report(ProcessorError.ATTRIBUTE_NOT_ACCESSOR, method, mirror, null, method.getSimpleName());
            return null;
        }
        String property = property(method, a.keyword());
        TypeMirror javaType = method.getReturnType();
        if (!creator.isEmpty()) {
            if (a.vr().isEmpty()) {
                reporter.report(ProcessorError.PRIVATE_NEEDS_VR, method, mirror, null, property, creator);
                return null;
            }
            VR vr = vr(a.vr(), method, mirror);
            Vm vm = a.vm().isEmpty() ? new Vm(1, 1, 1) : vm(a.vm(), method, mirror);
            if (vr == null || vm == null) {
                return null;
            }
            String keyword = Character.toUpperCase(property.charAt(0)) + property.substring(1);
            return build(method, mirror, a, a.tag(), keyword, vr, vm, javaType, property);
        }
        DictionaryEntry entry = entry(a, method, mirror);
        if (entry == null) {
            return null;
        }
        VR vr = fittingVr(entry, javaType);
        if (!a.vr().isEmpty()) {
            vr = vr(a.vr(), method, mirror);
            if (vr == null) {
                return null;
            }
            if (!entry.vrs().contains(vr)) {
                reporter.report(ProcessorError.VR_CONTRADICTS_DICTIONARY, method, mirror, "vr", vr,
                        vrsText(entry.vrs()), entry.keyword());
                return null;
            }
        }
        Vm dictionaryVm = Vm.parse(entry.vm());
        Vm vm = dictionaryVm;
        if (!a.vm().isEmpty()) {
            vm = vm(a.vm(), method, mirror);
            if (vm == null) {
                return null;
            }
            if (dictionaryVm != null && !vm.within(dictionaryVm)) {
                reporter.report(ProcessorError.VM_CONTRADICTS_DICTIONARY, method, mirror, "vm", a.vm(), entry.vm(),
                        entry.keyword());
                return null;
            }
        }
        if (vm == null) {
            vm = new Vm(1, Integer.MAX_VALUE, 1);
        }
        if (entry.retired() && !a.retired()) {
            reporter.report(ProcessorError.RETIRED_NOT_MARKED, method, mirror, a.keyword().isEmpty() ? "tag" : "keyword",
                    entry.keyword() + " " + tagText(entry.tag()));
        }
        return build(method, mirror, a, entry.tag(), entry.keyword(), vr, vm, javaType, property);
    }

    private AttributeDef build(ExecutableElement method, AnnotationMirror mirror, Attribute a, int tag, String keyword,
            VR vr, Vm vm, TypeMirror javaType, String property) {
        return new AttributeDef(method, mirror, tag, keyword, vr, vm, a.type(), List.of(a.enumerated()),
                List.of(a.definedTerms()), a.condition(), a.mayBePresentOtherwise(), a.retired(), javaType,
                vr == VR.SQ ? itemType(javaType) : null, property);
    }

    /**
     * For an element the dictionary gives several VRs ("US or OW"), the first whose Java types include the declared
     * one, so that {@code byte[]} picks OW for LUT Data; otherwise the default VR.
     */
    private static VR fittingVr(DictionaryEntry entry, TypeMirror javaType) {
        for (VR candidate : entry.vrs()) {
            if (JavaTypes.accepted(candidate, true).contains(javaType.toString())
                    || JavaTypes.accepted(candidate, false).contains(javaType.toString())) {
                return candidate;
            }
        }
        return entry.vr();
    }

    private DictionaryEntry entry(Attribute a, ExecutableElement method, AnnotationMirror mirror) {
        if (a.keyword().isEmpty() && a.tag() == -1) {
            reporter.report(ProcessorError.MISSING_TAG_OR_KEYWORD, method, mirror, null, method.getSimpleName());
            return null;
        }
        DictionaryEntry byTag = null;
        if (a.tag() != -1) {
            byTag = ElementDictionary.lookup(a.tag());
            if (byTag == null) {
                reporter.report(ProcessorError.UNKNOWN_TAG, method, mirror, "tag", tagText(a.tag()));
                return null;
            }
        }
        if (a.keyword().isEmpty()) {
            return byTag;
        }
        int tag = ElementDictionary.tagOf(a.keyword());
        if (tag == -1) {
            reporter.report(ProcessorError.UNKNOWN_KEYWORD, method, mirror, "keyword", a.keyword());
            return null;
        }
        if (byTag != null && byTag.tag() != tag) {
            reporter.report(ProcessorError.KEYWORD_TAG_MISMATCH, method, mirror, "tag", a.keyword(), tagText(tag),
                    tagText(a.tag()));
            return null;
        }
        return ElementDictionary.lookup(tag);
    }

    private VR vr(String code, ExecutableElement method, AnnotationMirror mirror) {
        try {
            return VR.of(code);
        } catch (IllegalArgumentException e) {
            reporter.report(ProcessorError.UNKNOWN_VR, method, mirror, "vr", code);
            return null;
        }
    }

    private Vm vm(String text, ExecutableElement method, AnnotationMirror mirror) {
        Vm vm = Vm.parse(text);
        if (vm == null) {
            reporter.report(ProcessorError.BAD_VM, method, mirror, "vm", text);
        }
        return vm;
    }

    /** For {@code List<X>}, X when it is an {@code @Item} interface; else null (the checker reports it). */
    private static TypeElement itemType(TypeMirror javaType) {
        if (javaType.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) javaType;
        if (!((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.List")
                || declared.getTypeArguments().size() != 1
                || declared.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
            return null;
        }
        Element item = ((DeclaredType) declared.getTypeArguments().get(0)).asElement();
        return item.getAnnotation(Item.class) != null ? (TypeElement) item : null;
    }

    /** Reads an {@code @Iod} interface. */
    public IodDef iod(TypeElement type) {
        Iod iod = type.getAnnotation(Iod.class);
        AnnotationMirror mirror = mirror(type, Iod.class.getCanonicalName());
        List<ModuleUse> modules = new ArrayList<>();
        for (Object v : (List<?>) Reporter.valueOf(mirror, "modules").getValue()) {
            AnnotationMirror use = (AnnotationMirror) ((AnnotationValue) v).getValue();
            TypeElement module = (TypeElement) ((DeclaredType) Reporter.valueOf(use, "value").getValue()).asElement();
            Usage usage = Usage.valueOf(Reporter.valueOf(use, "usage").getValue().toString());
            AnnotationValue condition = Reporter.valueOf(use, "condition");
            AnnotationValue ie = Reporter.valueOf(use, "ie");
            modules.add(new ModuleUse(module, usage, condition == null ? "" : (String) condition.getValue(),
                    ie == null ? "" : (String) ie.getValue(), use));
        }
        return new IodDef(type, mirror, iod.name(), iod.section(), List.of(iod.sopClassUids()), List.copyOf(modules),
                iod.withoutSopCommon().strip());
    }

    /** The annotation of the given type on an element, or null. */
    public static AnnotationMirror mirror(Element e, String annotationType) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotationType)) {
                return m;
            }
        }
        return null;
    }

    private static String property(ExecutableElement method, String keyword) {
        String n = method.getSimpleName().toString();
        // A few PS3.6 keywords start in lower case (dBdt, (0018,1318)): getdBdt is still a getter of dBdt.
        if (!keyword.isEmpty() && (n.equals("get" + keyword) || n.equals("is" + keyword))) {
            n = keyword;
        } else if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
            n = n.substring(3);
        } else if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))) {
            n = n.substring(2);
        }
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static String vrsText(List<VR> vrs) {
        return String.join(" or ", vrs.stream().map(Enum::name).toList());
    }

    /** {@code (gggg,eeee)}. */
    public static String tagText(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}

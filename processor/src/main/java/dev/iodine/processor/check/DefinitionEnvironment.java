package dev.iodine.processor.check;

import dev.iodine.data.VR;
import dev.iodine.dict.DictionaryEntry;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.processor.condition.ConditionEnvironment;
import dev.iodine.processor.model.AttributeDef;
import dev.iodine.processor.model.Definition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * The names a condition written on a definition (or IOD) can use: PS3.6 keywords, the private attributes of the
 * definition, the modules the processor knows, and static predicates of the declaring type.
 *
 * <pre>{@code
 * ConditionEnvironment env = new DefinitionEnvironment(elements, modules, type, definition.attributes());
 * }</pre>
 */
public final class DefinitionEnvironment implements ConditionEnvironment {

    private static final String CONTEXT = "dev.iodine.bind.ConditionContext";

    private final Elements elements;
    private final Map<String, TypeElement> modules;
    private final TypeElement declaringType;
    private final Map<String, AttributeDef> privateAttributes = new HashMap<>();

    /**
     * @param modules the known modules by simple name
     * @param declaringType the interface the condition is written on, where predicates are looked up
     * @param privateAttributes the attributes of a private module (their keywords are the property names)
     */
    public DefinitionEnvironment(Elements elements, Map<String, TypeElement> modules, TypeElement declaringType,
            List<AttributeDef> privateAttributes) {
        this.elements = elements;
        this.modules = modules;
        this.declaringType = declaringType;
        privateAttributes.forEach(a -> this.privateAttributes.put(a.keyword(), a));
    }

    /** For a definition: its private attributes count as keywords. */
    public static DefinitionEnvironment of(Definition d, Elements elements, Map<String, TypeElement> modules) {
        return new DefinitionEnvironment(elements, modules, d.type(), d.isPrivate() ? d.attributes() : List.of());
    }

    @Override
    public VR vrOf(String keyword) {
        AttributeDef p = privateAttributes.get(keyword);
        if (p != null) {
            return p.vr();
        }
        int tag = ElementDictionary.tagOf(keyword);
        DictionaryEntry e = tag == -1 ? null : ElementDictionary.lookup(tag);
        return e == null ? null : e.vr();
    }

    @Override
    public int tagOf(String keyword) {
        AttributeDef p = privateAttributes.get(keyword);
        return p != null ? p.tag() : ElementDictionary.tagOf(keyword);
    }

    @Override
    public boolean moduleExists(String name) {
        return module(name) != null;
    }

    /** The module named {@code name} or {@code nameModule}, or null. */
    public TypeElement module(String name) {
        TypeElement m = modules.get(name);
        return m != null ? m : modules.get(name + "Module");
    }

    @Override
    public String predicateProblem(String name) {
        ExecutableElement m = predicate(name);
        if (m != null) {
            return null;
        }
        TypeElement owner = owner(name);
        return owner == null ? "no type " + name.substring(0, name.lastIndexOf('.')) + " is known"
                : owner.getQualifiedName() + " declares no such method";
    }

    /** The qualified method to call for a predicate (after {@link #predicateProblem} found it). */
    public String predicateCall(String name) {
        return owner(name).getQualifiedName() + "." + name.substring(name.lastIndexOf('.') + 1);
    }

    private ExecutableElement predicate(String name) {
        TypeElement owner = owner(name);
        if (owner == null) {
            return null;
        }
        String method = name.substring(name.lastIndexOf('.') + 1);
        for (Element e : owner.getEnclosedElements()) {
            if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(method)
                    && e.getModifiers().contains(Modifier.STATIC)) {
                ExecutableElement x = (ExecutableElement) e;
                if (x.getReturnType().getKind() == TypeKind.BOOLEAN && x.getParameters().size() == 1
                        && x.getParameters().get(0).asType().toString().equals(CONTEXT)) {
                    return x;
                }
            }
        }
        return null;
    }

    private TypeElement owner(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return declaringType;
        }
        String typeName = name.substring(0, dot);
        TypeElement t = elements.getTypeElement(typeName);
        if (t == null) {
            String pkg = elements.getPackageOf(declaringType).getQualifiedName().toString();
            t = elements.getTypeElement(pkg.isEmpty() ? typeName : pkg + "." + typeName);
        }
        return t;
    }
}

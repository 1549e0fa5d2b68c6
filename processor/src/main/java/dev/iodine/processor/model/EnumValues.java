package dev.iodine.processor.model;

import dev.iodine.annotations.DicomValue;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The DICOM values of an enum that an accessor returns: each constant's {@link DicomValue}, or its name. Read from
 * the enum's declaration (source or class file), so the generated accessors map values without reflection.
 *
 * <pre>{@code
 * TypeElement e = EnumValues.enumOf(attribute.javaType());   // null when not an enum
 * EnumValues.of(e);   // {MONOCHROME2=MONOCHROME2, PALETTE_COLOR=PALETTE COLOR}
 * }</pre>
 */
public final class EnumValues {

    private EnumValues() {
    }

    /** The enum type declared by {@code t}, or null when {@code t} is not an enum. */
    public static TypeElement enumOf(TypeMirror t) {
        if (t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement().getKind() == ElementKind.ENUM) {
            return (TypeElement) ((DeclaredType) t).asElement();
        }
        return null;
    }

    /** Each constant, in declaration order, with the value it stands for. */
    public static Map<Element, String> constants(TypeElement enumType) {
        Map<Element, String> out = new LinkedHashMap<>();
        for (Element e : enumType.getEnclosedElements()) {
            if (e.getKind() == ElementKind.ENUM_CONSTANT) {
                DicomValue v = e.getAnnotation(DicomValue.class);
                out.put(e, v != null ? v.value() : e.getSimpleName().toString());
            }
        }
        return out;
    }

    /** Each constant's name with the value it stands for, in declaration order. */
    public static Map<String, String> of(TypeElement enumType) {
        Map<String, String> out = new LinkedHashMap<>();
        constants(enumType).forEach((e, v) -> out.put(e.getSimpleName().toString(), v));
        return out;
    }
}

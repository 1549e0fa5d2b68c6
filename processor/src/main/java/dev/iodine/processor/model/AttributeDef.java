package dev.iodine.processor.model;

import dev.iodine.annotations.Type;
import dev.iodine.data.VR;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One {@code @Attribute} row as the processor sees it, after the dictionary filled in what the annotation left out.
 *
 * <pre>{@code
 * AttributeDef a = definition.attributes().get(0);
 * a.tag(); a.vr(); a.vm(); a.type(); a.property();   // 0x00100010, PN, 1, T2, "patientName"
 * }</pre>
 *
 * @param method the accessor
 * @param mirror its {@code @Attribute}
 * @param tag the resolved tag (for a private attribute, as written: element low byte only)
 * @param keyword the PS3.6 keyword (for a private attribute, the property name)
 * @param vr the VR (given or the dictionary's)
 * @param vm the VM (given or the dictionary's)
 * @param type the attribute type
 * @param enumerated enumerated values
 * @param definedTerms defined terms
 * @param condition the condition text (empty when none)
 * @param mayBePresentOtherwise whether a 1C/2C attribute may be present when its condition does not hold
 * @param retired whether the definition marks it retired
 * @param javaType the accessor's return type
 * @param itemType for a sequence, the {@code @Item} interface of its items; null otherwise
 * @param property the property name: the method name without {@code get}/{@code is}, e.g. {@code patientName}
 */
public record AttributeDef(ExecutableElement method, AnnotationMirror mirror, int tag, String keyword, VR vr,
        Vm vm, Type type, List<String> enumerated, List<String> definedTerms, String condition,
        boolean mayBePresentOtherwise, boolean retired, TypeMirror javaType, TypeElement itemType, String property) {

    /** The tag as PS3 writes it: {@code (0010,0010)}. */
    public String tagText() {
        return ModelCollector.tagText(tag);
    }

    /** How messages name the attribute: {@code PatientName (0010,0010)}. */
    public String label() {
        return keyword + " " + tagText();
    }

    /** The property name with a capital, for accessor names: {@code PatientName}. */
    public String capitalized() {
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }
}

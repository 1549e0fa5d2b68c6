package dev.iodine.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Iod} interface.
 *
 * <pre>{@code
 * IodDef iod = model.iod(typeElement);
 * iod.className();   // "CtImage" for CtImageIod
 * }</pre>
 *
 * @param type the interface
 * @param mirror its {@code @Iod}
 * @param name the PS3.3 name
 * @param section the PS3.3 section
 * @param sopClassUids the SOP Class UIDs
 * @param modules the module table
 * @param withoutSopCommon why the IOD has no SOP Common module (PS3.3 reference), or empty when it has one
 */
public record IodDef(TypeElement type, AnnotationMirror mirror, String name, String section, List<String> sopClassUids,
        List<ModuleUse> modules, String withoutSopCommon) {

    /** The generated class's simple name: the interface's without the {@code Iod} suffix. */
    public String className() {
        String n = type.getSimpleName().toString();
        return n.endsWith("Iod") ? n.substring(0, n.length() - 3) : n;
    }
}

package dev.iodine.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * An annotated module, macro or item interface: its own attributes and the macros it includes.
 *
 * <pre>{@code
 * Definition d = model.definition(typeElement);
 * d.kind(); d.attributes(); d.includes();
 * }</pre>
 *
 * @param type the interface
 * @param kind module, macro or item
 * @param mirror the {@code @DicomModule}/{@code @Macro}/{@code @Item} annotation
 * @param name the PS3.3 name (for an item, the interface's simple name)
 * @param section the PS3.3 section (empty for an item)
 * @param privateCreator the private creator of a private module, else empty
 * @param attributes the attributes declared directly on the interface, in source order
 * @param includes the macros included
 */
public record Definition(TypeElement type, DefinitionKind kind, AnnotationMirror mirror, String name, String section,
        String privateCreator, List<AttributeDef> attributes, List<IncludeDef> includes) {

    public boolean isPrivate() {
        return !privateCreator.isEmpty();
    }

    public String simpleName() {
        return type.getSimpleName().toString();
    }
}

package dev.iodine.processor.model;

/** What an annotated interface declares. */
public enum DefinitionKind {
    /** {@code @DicomModule}. */
    MODULE,
    /** {@code @Macro}. */
    MACRO,
    /** {@code @Item}. */
    ITEM
}

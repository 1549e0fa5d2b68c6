package dev.iodine.validation;

import dev.iodine.data.Tag;
import dev.iodine.dict.ElementDictionary;

/**
 * Where a dataset is in the object being validated: the top level ({@link #ROOT}), or an item of a sequence of the
 * dataset at another path. Validation makes one for every item it checks and its text only for a violation, so a
 * path is three fields, not a string.
 *
 * <pre>{@code
 * ItemPath point = ItemPath.ROOT.item(Tags.BeamSequence, 0).item(Tags.ControlPointSequence, 3);
 * point.toString();   // "BeamSequence[0].ControlPointSequence[3]"; "" for ROOT
 * }</pre>
 */
public final class ItemPath {

    /** The top-level dataset; its text is empty. */
    public static final ItemPath ROOT = new ItemPath(null, 0, 0);

    private final ItemPath parent;
    private final int sequenceTag;
    private final int index;

    private ItemPath(ItemPath parent, int sequenceTag, int index) {
        this.parent = parent;
        this.sequenceTag = sequenceTag;
        this.index = index;
    }

    /** The path of item {@code index} (from 0) of sequence {@code sequenceTag} in the dataset at this path. */
    public ItemPath item(int sequenceTag, int index) {
        return new ItemPath(this, sequenceTag, index);
    }

    /** The path as violations give it: {@code "BeamSequence[0].ControlPointSequence[3]"}, {@code ""} for the top level. */
    @Override
    public String toString() {
        return parent == null ? "" : append(new StringBuilder()).toString();
    }

    private StringBuilder append(StringBuilder b) {
        if (parent.parent != null) {
            parent.append(b).append('.');
        }
        String keyword = ElementDictionary.keywordOf(sequenceTag);
        return b.append(keyword.isEmpty() ? Tag.toString(sequenceTag) : keyword).append('[').append(index).append(']');
    }
}

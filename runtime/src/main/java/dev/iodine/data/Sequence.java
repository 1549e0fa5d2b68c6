package dev.iodine.data;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The value of an SQ element: a list of items, each a {@link Dataset} whose parent is the dataset holding the
 * sequence (items inherit its Specific Character Set and byte order, PS3.5 7.5).
 *
 * <p>It also remembers how it was encoded (defined or undefined length; whether it arrived as UN, PS3.5 6.2.2),
 * so that writing a file as it was read reproduces those choices.
 *
 * <pre>{@code
 * Sequence beams = plan.newSequence(Tags.BeamSequence);
 * Dataset beam = beams.addItem();
 * beam.setInt(Tags.BeamNumber, VR.IS, 1);
 * for (Dataset item : plan.getSequence(Tags.BeamSequence)) { ... }
 * }</pre>
 */
public final class Sequence extends AbstractList<Dataset> implements RandomAccess {

    private final Dataset parent;
    private final int tag;
    private final List<Dataset> items = new ArrayList<>();
    private boolean undefinedLength = true;
    private VR vrAsRead = VR.SQ;

    Sequence(Dataset parent, int tag) {
        this.parent = parent;
        this.tag = tag;
    }

    /** The dataset holding this sequence. */
    public Dataset parent() {
        return parent;
    }

    public int tag() {
        return tag;
    }

    /** Appends a new empty item (encoded like its parent) and returns it. */
    public Dataset addItem() {
        Dataset item = parent.newChild();
        parent.changed();
        items.add(item);
        return item;
    }

    @Override
    public Dataset get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** Adds an item; it becomes a child of this sequence's dataset. */
    @Override
    public void add(int index, Dataset item) {
        item.setParent(parent);
        parent.changed();
        items.add(index, item);
    }

    @Override
    public Dataset set(int index, Dataset item) {
        item.setParent(parent);
        parent.changed();
        return items.set(index, item);
    }

    @Override
    public Dataset remove(int index) {
        parent.changed();
        return items.remove(index);
    }

    /** Whether the sequence was (or is to be) written with undefined length and a delimiter; true for new ones. */
    public boolean undefinedLength() {
        return undefinedLength;
    }

    public Sequence setUndefinedLength(boolean undefined) {
        parent.changed();
        this.undefinedLength = undefined;
        return this;
    }

    /** SQ, or UN when the file carried this sequence as UN (its items then in implicit VR little endian, PS3.5 6.2.2). */
    public VR vrAsRead() {
        return vrAsRead;
    }

    public Sequence setVrAsRead(VR vr) {
        parent.changed();
        this.vrAsRead = vr;
        return this;
    }
}

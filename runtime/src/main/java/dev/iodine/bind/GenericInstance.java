package dev.iodine.bind;

import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;

/**
 * What {@link Dicom#read(java.nio.file.Path)} returns for a file whose SOP class has no typed IOD class: the
 * dataset, untyped.
 *
 * <pre>{@code
 * Object o = Dicom.read(path);
 * if (o instanceof GenericInstance g) System.out.println(g.sopClassUid());
 * }</pre>
 *
 * @param dataset the file's data set
 */
public record GenericInstance(Dataset dataset) implements DicomObject {

    /** The SOP Class UID (0008,0016), or null when absent. */
    public String sopClassUid() {
        return dataset.getString(Tags.SOPClassUID);
    }
}

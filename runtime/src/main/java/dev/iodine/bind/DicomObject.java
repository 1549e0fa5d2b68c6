package dev.iodine.bind;

import dev.iodine.data.Dataset;

/**
 * A generated typed class (IOD or sequence item): a view of a {@link Dataset}, whose getters read it and setters
 * write it, so that elements the class does not map stay in place.
 *
 * <pre>{@code
 * CtImage image = new CtImage(dataset);
 * image.setPatientID("123");
 * image.dataset().getString(Tags.PatientID);   // "123"
 * }</pre>
 */
public interface DicomObject {

    /** The dataset this object reads and writes. */
    Dataset dataset();
}

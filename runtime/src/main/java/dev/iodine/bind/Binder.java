package dev.iodine.bind;

import dev.iodine.data.Dataset;
import dev.iodine.validation.ValidationReport;
import java.util.List;

/**
 * The service a generated IOD class's binder provides (the processor writes one per {@code @Iod} and lists it in
 * {@code META-INF/services/dev.iodine.bind.Binder}): wrapping a {@link Dataset} into the typed class and back,
 * without reflection, and validating an instance. The {@code Dicom} facade finds binders by class and by SOP Class
 * UID; a typed object is a view of its dataset, so elements it does not map are kept.
 *
 * <pre>{@code
 * Binder<CtImage> binder = new CtImageBinder();
 * CtImage image = binder.bind(dataset);
 * ValidationReport report = binder.validate(image);
 * }</pre>
 */
public interface Binder<T> {

    /** The generated IOD class ({@code RtPlan.class}). */
    Class<T> type();

    /** The IOD's name ("RT Plan"). */
    String iodName();

    /** The SOP Class UIDs whose instances the IOD describes; the first is the one written into new instances. */
    List<String> sopClassUids();

    /**
     * Whether the IOD has no SOP Common module (declared {@code withoutSopCommon}, e.g. the Basic Directory, PS3.3
     * F.3): its instances name their SOP class and instance only in the File Meta Information (Media Storage SOP
     * Class/Instance UID, PS3.10 7.1), and a writer must not add SOP Class/Instance UID to the data set.
     */
    default boolean sopClassInFileMeta() {
        return false;
    }

    /** A typed view of the dataset (no copy: writes go to the dataset). */
    T bind(Dataset dataset);

    /** The dataset the object reads and writes, unmapped elements included. */
    Dataset dataset(T object);

    /** Every violation of the IOD's rules by the object. */
    ValidationReport validate(T object);
}

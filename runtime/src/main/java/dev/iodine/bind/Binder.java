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
public interface Binder<T> extends IodBinding<T> {

    @Override
    Class<T> type();

    @Override
    String iodName();

    @Override
    List<String> sopClassUids();

    @Override
    T bind(Dataset dataset);

    @Override
    Dataset dataset(T object);

    @Override
    ValidationReport validate(T object);
}

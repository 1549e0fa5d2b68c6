package dev.iodine.bind;

import dev.iodine.data.Dataset;
import dev.iodine.validation.ValidationReport;
import java.util.List;

/**
 * What the facade needs of one typed IOD class: its IOD, its SOP classes, how to wrap a dataset and get it back,
 * and how to validate an instance. {@link IodBindings} finds them.
 */
interface IodBinding<T> {

    Class<T> type();

    /** The IOD's name ("RT Plan"). */
    String iodName();

    List<String> sopClassUids();

    T bind(Dataset dataset);

    Dataset dataset(T object);

    ValidationReport validate(T object);
}

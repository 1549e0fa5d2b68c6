package dev.iodine.bind;

import dev.iodine.io.ReadOptions;
import java.util.Objects;

/**
 * How {@link Dicom#read} binds a file to a typed object: the reader's options (stop before pixel data, defer
 * large values, only some tags, force), whether binding is strict, and whether a file of another SOP class may be
 * bound anyway.
 *
 * <pre>{@code
 * RtPlan plan = Dicom.read(path, RtPlan.class, BindOptions.DEFAULT.withStrict(true));   // throws if invalid
 * CtImage header = Dicom.read(path, CtImage.class,
 *         BindOptions.DEFAULT.withRead(ReadOptions.DEFAULT.withStopBeforePixelData(true)));
 * }</pre>
 *
 * @param read        the reader's options
 * @param strict      validate after binding and throw a {@link dev.iodine.validation.DicomValidationException}
 *                    listing every violation when there is an error
 * @param anySopClass bind even when the file's SOP Class UID is not one of the requested IOD's
 */
public record BindOptions(ReadOptions read, boolean strict, boolean anySopClass) {

    /** Lenient binding, the reader's defaults, SOP class checked. */
    public static final BindOptions DEFAULT = new BindOptions(ReadOptions.DEFAULT, false, false);

    public BindOptions {
        Objects.requireNonNull(read, "read");
    }

    /** These options, validating after binding and refusing an invalid instance when {@code strict}. */
    public BindOptions withStrict(boolean strict) {
        return new BindOptions(read, strict, anySopClass);
    }

    /** These options, binding a file of any SOP class to the requested type when {@code any}. */
    public BindOptions withAnySopClass(boolean any) {
        return new BindOptions(read, strict, any);
    }

    /** These options with other reader options. */
    public BindOptions withRead(ReadOptions options) {
        return new BindOptions(options, strict, anySopClass);
    }
}

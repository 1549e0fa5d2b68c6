package dev.iodine.bind;

import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.UidRegistry;
import dev.iodine.io.DicomFile;
import dev.iodine.io.DicomReader;
import dev.iodine.io.DicomWriter;
import dev.iodine.io.ReadOptions;
import dev.iodine.io.WriteOptions;
import dev.iodine.validation.DicomValidationException;
import dev.iodine.validation.Severity;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading, validating and writing typed DICOM objects: the one class most users need.
 *
 * <pre>{@code
 * RtPlan plan = Dicom.read(Path.of("rtplan.dcm"), RtPlan.class);
 * double gantry = plan.getBeamSequence().get(0).getControlPointSequence().get(0).getGantryAngle();
 *
 * if (Dicom.read(path) instanceof CtImage ct) { ... }           // typed by the file's SOP class
 *
 * ValidationReport report = Dicom.validate(plan);              // every violation, with path, tag, module, type
 * Dicom.write(Path.of("out.dcm"), plan);                       // fills UIDs, dates, Type 2; refuses if invalid
 * }</pre>
 *
 * <p>Typed classes are generated from the IOD definitions (see docs/annotations.md); the facade finds them by
 * class and by SOP Class UID. Reading is lenient by default (the object is returned whatever it holds; see
 * {@link #readValidated}); {@link BindOptions#withStrict} refuses an invalid instance.
 */
public final class Dicom {

    private Dicom() {
    }

    /** Reads a file into the typed class of its IOD, leniently. */
    public static <T> T read(Path path, Class<T> type) throws IOException {
        return read(path, type, BindOptions.DEFAULT);
    }

    /**
     * Reads a file into a typed class.
     *
     * @throws SopClassMismatchException when the file's SOP class is not the IOD's (unless {@code anySopClass})
     * @throws DicomValidationException  when strict and the instance has errors
     * @throws IllegalArgumentException  when {@code type} is not a generated IOD class
     */
    public static <T> T read(Path path, Class<T> type, BindOptions options) throws IOException {
        return bind(path.toString(), DicomReader.read(path, options.read()), type, options);
    }

    /** Reads a Part 10 stream into the typed class of its IOD, leniently; the stream is not closed. */
    public static <T> T read(InputStream in, Class<T> type) throws IOException {
        return read(in, type, BindOptions.DEFAULT);
    }

    /** Reads a stream (Part 10, or a bare data set with {@code force}) into a typed class. */
    public static <T> T read(InputStream in, Class<T> type, BindOptions options) throws IOException {
        return bind("stream", DicomReader.read(in, options.read()), type, options);
    }

    /** Reads a file leniently into a typed class and validates it: the object and its violations. */
    public static <T> Bound<T> readValidated(Path path, Class<T> type, BindOptions options) throws IOException {
        T object = read(path, type, options.withStrict(false));
        return new Bound<>(object, validate(object));
    }

    /**
     * Reads a file into the typed class of its SOP class, or a {@link GenericInstance} when no typed class covers
     * it, so that {@code if (Dicom.read(p) instanceof RtPlan plan)} works.
     */
    public static DicomObject read(Path path) throws IOException {
        return read(path, ReadOptions.DEFAULT);
    }

    /** {@link #read(Path)} with reader options. */
    public static DicomObject read(Path path, ReadOptions options) throws IOException {
        DicomFile file = DicomReader.read(path, options);
        ReadOrigins.remember(file);
        Dataset ds = file.dataset();
        String sopClass = ds.getString(Tags.SOPClassUID);
        // Without (0008,0016) the File Meta names the class; only an IOD without SOP Common is bound by it, so that
        // an instance that lost its SOP Class UID is not silently typed.
        Optional<Binder<?>> binding = sopClass != null ? IodBindings.forSopClass(sopClass)
                : IodBindings.forSopClass(file.fileMeta().getString(Tags.MediaStorageSOPClassUID))
                        .filter(Binder::sopClassInFileMeta);
        return binding.<DicomObject>map(b -> (DicomObject) b.bind(ds)).orElseGet(() -> new GenericInstance(ds));
    }

    /**
     * Validates a typed object against its IOD: every violation with its path through sequences, tag, module,
     * type and what was expected.
     */
    public static ValidationReport validate(Object object) {
        if (object instanceof GenericInstance g) {
            return noIod(g.sopClassUid());
        }
        return validate(object, bindingOf(object));
    }

    private static <T> ValidationReport validate(Object object, Binder<T> binding) {
        T typed = binding.type().cast(object);
        ValidationReport report = binding.validate(typed);
        Dataset ds = binding.dataset(typed);
        Dataset meta = ReadOrigins.fileFor(ds).fileMeta();
        String sopClass = sopClassOf(binding, meta, ds);
        if (sopClass == null || binding.sopClassUids().contains(sopClass)) {
            return report;
        }
        List<Violation> all = new ArrayList<>(report.violations());
        String expected = "one of the " + binding.iodName() + " SOP classes: "
                + String.join(", ", binding.sopClassUids());
        all.add(binding.sopClassInFileMeta() && meta.hasValue(Tags.MediaStorageSOPClassUID)
                ? mediaStorageSopClassViolation(sopClass, expected)
                : sopClassViolation(sopClass, expected));
        return new ValidationReport(report.iod(), all);
    }

    /** Reads a file and validates it against the IOD of its SOP class (what {@code iodine validate} does). */
    public static ValidationReport validate(Path path) throws IOException {
        return validate(read(path));
    }

    /** Fills what a writer may fill, validates, and writes the object; refuses an invalid one. */
    public static void write(Path path, Object object) throws IOException {
        write(path, object, WriteMode.VALIDATED);
    }

    /**
     * Writes the object to a file as {@code mode} says.
     *
     * @throws DicomValidationException when {@link WriteMode#VALIDATED} and the object has errors (nothing is
     *                                  written)
     */
    public static void write(Path path, Object object, WriteMode mode) throws IOException {
        DicomWriter.write(path, prepare("Cannot write " + path, object, mode), WriteOptions.DEFAULT);
    }

    /** Fills what a writer may fill, validates, and writes the object to a stream (not closed); refuses if invalid. */
    public static void write(OutputStream out, Object object) throws IOException {
        write(out, object, WriteMode.VALIDATED);
    }

    /** {@link #write(Path, Object, WriteMode)} to a stream, which is not closed. */
    public static void write(OutputStream out, Object object, WriteMode mode) throws IOException {
        DicomWriter.write(out, prepare("Cannot write to the stream", object, mode), WriteOptions.DEFAULT);
    }

    /** The file to write: filled and validated as the mode says (a generic instance has no IOD to go by). */
    private static DicomFile prepare(String what, Object object, WriteMode mode) {
        Binder<?> binding = object instanceof GenericInstance ? null : bindingOf(object);
        Dataset ds = binding == null ? ((GenericInstance) object).dataset() : datasetOf(object, binding);
        boolean inMeta = binding != null && binding.sopClassInFileMeta();
        if (binding != null && mode != WriteMode.AS_IS) {
            if (!inMeta) {
                WriteDefaults.fillSopClass(ds, binding.sopClassUids().get(0));
            }
            WriteDefaults.fill(ds, validate(object), Clock.systemDefaultZone(), !inMeta);
            ValidationReport report = validate(object);
            if (mode == WriteMode.VALIDATED && !report.isValid()) {
                throw new DicomValidationException(what, report);
            }
        }
        DicomFile file = ReadOrigins.fileFor(ds);
        if (inMeta) {
            WriteDefaults.fillFileMeta(file.fileMeta(), binding.sopClassUids().get(0));
        } else {
            syncMeta(file.fileMeta(), ds);
        }
        return file;
    }

    /** A read file's meta names the instance: keep it in step when the instance's UIDs were changed. */
    private static void syncMeta(Dataset meta, Dataset ds) {
        syncMeta(meta, Tags.MediaStorageSOPClassUID, ds.getString(Tags.SOPClassUID));
        syncMeta(meta, Tags.MediaStorageSOPInstanceUID, ds.getString(Tags.SOPInstanceUID));
    }

    private static void syncMeta(Dataset meta, int tag, String uid) {
        if (uid != null && meta.contains(tag) && !uid.equals(meta.getString(tag))) {
            meta.setString(tag, VR.UI, uid);
        }
    }

    private static <T> T bind(String source, DicomFile file, Class<T> type, BindOptions options) {
        Binder<T> binding = IodBindings.forType(type).orElseThrow(() -> notGenerated(type));
        String sopClass = sopClassOf(binding, file.fileMeta(), file.dataset());
        if (!options.anySopClass() && (sopClass == null || !binding.sopClassUids().contains(sopClass))) {
            throw new SopClassMismatchException(source, sopClass, binding.iodName(), binding.sopClassUids());
        }
        ReadOrigins.remember(file);
        T object = binding.bind(file.dataset());
        if (options.strict()) {
            ValidationReport report = validate(object);
            if (!report.isValid()) {
                throw new DicomValidationException(source + " is not a valid " + binding.iodName(), report);
            }
        }
        return object;
    }

    /**
     * The SOP class of an instance: its SOP Class UID (0008,0016); for an IOD without SOP Common (a DICOMDIR), the
     * File Meta's Media Storage SOP Class UID (0002,0002), or the data set's when a nonconforming meta lacks it.
     */
    private static String sopClassOf(Binder<?> binding, Dataset meta, Dataset ds) {
        String inMeta = binding.sopClassInFileMeta() ? meta.getString(Tags.MediaStorageSOPClassUID) : null;
        return inMeta != null ? inMeta : ds.getString(Tags.SOPClassUID);
    }

    private static <T> Dataset datasetOf(Object object, Binder<T> binding) {
        return binding.dataset(binding.type().cast(object));
    }

    private static Binder<?> bindingOf(Object object) {
        return IodBindings.forType(object.getClass()).orElseThrow(() -> notGenerated(object.getClass()));
    }

    private static IllegalArgumentException notGenerated(Class<?> type) {
        return new IllegalArgumentException(type.getName() + " is not a generated IOD class (no binder is"
                + " registered for it in META-INF/services)");
    }

    private static ValidationReport noIod(String sopClassUid) {
        return new ValidationReport("", List.of(sopClassViolation(sopClassUid,
                "a SOP Class UID for which Iodine has an IOD (" + (sopClassUid == null ? "none is present"
                        : UidRegistry.nameOf(sopClassUid) + " has none") + ")")));
    }

    /** SOP Class UID (0008,0016) is Type 1 in the SOP Common module (PS3.3 C.12.1). */
    private static Violation sopClassViolation(String value, String expected) {
        return new Violation(Severity.ERROR, Violation.Kind.SOP_CLASS, "", Tags.SOPClassUID, null, "SOP Common",
                "C.12.1", "1", value, expected);
    }

    /**
     * An IOD without SOP Common (a DICOMDIR) is named by Media Storage SOP Class UID (0002,0002), Type 1 in the
     * File Meta Information (PS3.10 7.1).
     */
    private static Violation mediaStorageSopClassViolation(String value, String expected) {
        return new Violation(Severity.ERROR, Violation.Kind.SOP_CLASS, "", Tags.MediaStorageSOPClassUID, null,
                "File Meta Information", "PS3.10 7.1", "1", value, expected);
    }
}

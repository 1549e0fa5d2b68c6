package dev.iodine.bind;

import dev.iodine.dict.UidRegistry;
import java.util.List;

/**
 * Thrown when a file is read into a typed class whose IOD does not cover the file's SOP Class UID, e.g. a CT
 * image read as an {@code RtPlan}. {@link BindOptions#withAnySopClass} binds anyway.
 *
 * <pre>{@code
 * try { Dicom.read(path, RtPlan.class); } catch (SopClassMismatchException e) { e.actual(); }
 * }</pre>
 */
public class SopClassMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String actual;

    /**
     * @param source   the file or stream, for the message
     * @param actual   the file's SOP Class UID (null when it has none)
     * @param iod      the requested IOD's name
     * @param expected the requested IOD's SOP Class UIDs
     */
    public SopClassMismatchException(String source, String actual, String iod, List<String> expected) {
        super(source + ": SOP Class UID " + describe(actual) + " is not that of the " + iod + " IOD ("
                + String.join(", ", expected.stream().map(SopClassMismatchException::describe).toList())
                + "); bind anyway with BindOptions.DEFAULT.withAnySopClass(true)");
        this.actual = actual;
    }

    /** The file's SOP Class UID, or null when it has none. */
    public String actual() {
        return actual;
    }

    private static String describe(String uid) {
        if (uid == null) {
            return "(absent)";
        }
        String name = UidRegistry.nameOf(uid);
        return name.equals(uid) ? uid : uid + " " + name;
    }
}

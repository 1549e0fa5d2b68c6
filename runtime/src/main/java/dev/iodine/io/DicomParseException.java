package dev.iodine.io;

import dev.iodine.data.Tag;
import java.io.IOException;

/**
 * Input that is not a DICOM encoding the reader can follow: the message names the byte offset, the element
 * being read and what was expected there.
 *
 * <pre>{@code
 * try {
 *     DicomReader.read(path);
 * } catch (DicomParseException e) {
 *     System.err.println(e.getMessage());   // "file.dcm: at offset 8812, (0008,1140) SQ: ... expected ..."
 *     long where = e.offset();
 * }
 * }</pre>
 */
public class DicomParseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long offset;
    private final int tag;
    private final String reason;

    /**
     * @param offset the byte offset in the file (in the inflated stream for deflated transfer syntaxes)
     * @param tag the element being read, or -1 before the first element
     * @param reason what was found and what was expected
     */
    public DicomParseException(long offset, int tag, String reason) {
        super("at offset " + offset + (tag == -1 ? "" : ", " + Tag.toString(tag)) + ": " + reason);
        this.offset = offset;
        this.tag = tag;
        this.reason = reason;
    }

    private DicomParseException(String source, DicomParseException cause) {
        super(source + ": " + cause.getMessage(), cause);
        this.offset = cause.offset;
        this.tag = cause.tag;
        this.reason = cause.reason;
    }

    /** The same failure with the file (or other source) named at the start of the message. */
    public DicomParseException in(String source) {
        return new DicomParseException(source, this);
    }

    public long offset() {
        return offset;
    }

    /** The tag of the element being read, or -1. */
    public int tag() {
        return tag;
    }

    /** The message without the offset and tag. */
    public String reason() {
        return reason;
    }
}

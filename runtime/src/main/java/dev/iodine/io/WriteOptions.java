package dev.iodine.io;

import dev.iodine.dict.TransferSyntax;

/**
 * How {@link DicomWriter} writes (immutable; each {@code with...} returns a copy).
 *
 * <pre>{@code
 * WriteOptions asRead = WriteOptions.DEFAULT;                                    // as read, byte for byte
 * WriteOptions implicit = WriteOptions.DEFAULT.withTransferSyntax(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
 * WriteOptions safe = WriteOptions.DEFAULT.withOverwrite(false);                 // refuse an existing file
 * }</pre>
 */
public final class WriteOptions {

    /** As read (the file's own transfer syntax), replacing an existing file. */
    public static final WriteOptions DEFAULT = new WriteOptions(null, true);

    private final TransferSyntax transferSyntax;
    private final boolean overwrite;

    private WriteOptions(TransferSyntax transferSyntax, boolean overwrite) {
        this.transferSyntax = transferSyntax;
        this.overwrite = overwrite;
    }

    /**
     * Re-encode into this transfer syntax (any uncompressed one, deflate included); {@code null} writes as read.
     * Writing into the file's own syntax is the same as writing as read.
     */
    public WriteOptions withTransferSyntax(TransferSyntax ts) {
        return new WriteOptions(ts, overwrite);
    }

    /** Whether an existing destination file may be replaced (true by default). */
    public WriteOptions withOverwrite(boolean overwrite) {
        return new WriteOptions(transferSyntax, overwrite);
    }

    /** The target syntax, or {@code null} for as read. */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    public boolean overwrite() {
        return overwrite;
    }
}

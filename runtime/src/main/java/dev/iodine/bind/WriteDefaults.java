package dev.iodine.bind;

import dev.iodine.charset.SpecificCharacterSet;
import dev.iodine.data.Dataset;
import dev.iodine.data.DicomDate;
import dev.iodine.data.DicomTime;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.dict.Tags;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * What the standard lets a writer fill in before an instance is written, so that an object built from scratch
 * only needs the facts its author knows:
 * <ul>
 *   <li>SOP Class UID from the IOD (PS3.3 C.12.1); for an IOD without SOP Common (a DICOMDIR, PS3.3 F.3), the
 *       Media Storage SOP Class and Instance UIDs of the File Meta Information instead (PS3.10 7.1);</li>
 *   <li>UIDs that identify something new made with this instance (SOP Instance, Study, Series, Frame of
 *       Reference...), when required and absent, as UUID-derived {@code 2.25.} UIDs (PS3.5 B.2);</li>
 *   <li>Instance Creation Date and Time, for an instance built in memory;</li>
 *   <li>Specific Character Set, for an instance built in memory whose text needs one (PS3.5 6.1.2.3);</li>
 *   <li>Type 2 and 2C attributes that are required and absent, written empty (PS3.5 7.4.3);</li>
 *   <li>the VR of native Pixel Data set as bytes: OW when more than 8 bits are allocated (PS3.5 8.2).</li>
 * </ul>
 * An instance read from a file is left as it is except for missing required attributes, so that a valid file
 * that was read and not touched is written back byte for byte.
 */
final class WriteDefaults {

    /**
     * The UIDs whose absence means "new": a writer creating the instance is the one to mint them. UIDs that
     * refer to something else (Referenced SOP Instance UID, Coding Scheme UID...) are never invented.
     */
    private static final Set<Integer> NEW_ENTITY_UIDS = Set.of(Tags.SOPInstanceUID, Tags.StudyInstanceUID,
            Tags.SeriesInstanceUID, Tags.FrameOfReferenceUID, Tags.DimensionOrganizationUID,
            Tags.SynchronizationFrameOfReferenceUID, Tags.ConcatenationUID);

    private WriteDefaults() {
    }

    /** Sets the SOP Class UID to the IOD's when it is absent or empty. */
    static void fillSopClass(Dataset dataset, String sopClassUid) {
        if (!dataset.hasValue(Tags.SOPClassUID)) {
            dataset.setString(Tags.SOPClassUID, VR.UI, sopClassUid);
        }
    }

    /**
     * Names an instance of an IOD without SOP Common (a DICOMDIR) in its File Meta Information, which is the only
     * place for its SOP class and instance (PS3.10 7.1): the IOD's class and a new instance UID, when absent.
     */
    static void fillFileMeta(Dataset meta, String sopClassUid) {
        if (!meta.hasValue(Tags.MediaStorageSOPClassUID)) {
            meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, sopClassUid);
        }
        if (!meta.hasValue(Tags.MediaStorageSOPInstanceUID)) {
            meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, UuidUid.random());
        }
    }

    /**
     * Fills what the violations say is missing and may be filled, and, for an instance built in memory, the
     * creation date/time and the character set.
     *
     * @param report    the violations of the instance as it is now
     * @param sopCommon whether the IOD has a SOP Common module, where Instance Creation Date and Time belong
     */
    static void fill(Dataset dataset, ValidationReport report, Clock clock, boolean sopCommon) {
        for (Violation v : report.violations()) {
            boolean missing = v.kind() == Violation.Kind.MISSING;
            boolean typeTwo = v.type().startsWith("2");
            if (missing && typeTwo || (missing || v.kind() == Violation.Kind.EMPTY)
                    && NEW_ENTITY_UIDS.contains(v.tag())) {
                Dataset holder = DatasetPath.resolve(dataset, v.path());
                if (holder == null) {
                    continue;
                }
                if (typeTwo) {
                    holder.setEmpty(v.tag(), ElementDictionary.vrOf(v.tag()));
                } else {
                    holder.setString(v.tag(), VR.UI, UuidUid.random());
                }
            }
        }
        if (dataset.source() == null) {
            if (sopCommon) {
                fillCreation(dataset, clock);
            }
            fillCharacterSet(dataset);
            fixPixelDataVR(dataset);
        }
    }

    /**
     * Native Pixel Data set as bytes is OB; with more than 8 bits allocated PS3.5 8.2 wants OW in an explicit VR
     * transfer syntax. The bytes are the same in little endian, the byte order of a dataset built in memory.
     */
    private static void fixPixelDataVR(Dataset dataset) {
        Integer bitsAllocated = dataset.getInt(Tags.BitsAllocated);
        if (dataset.getVR(Tag.PIXEL_DATA) == VR.OB && dataset.getFragments(Tag.PIXEL_DATA) == null
                && bitsAllocated != null && bitsAllocated > 8 && !dataset.bigEndian()) {
            dataset.setBytes(Tag.PIXEL_DATA, VR.OW, dataset.getBytes(Tag.PIXEL_DATA));
        }
    }

    private static void fillCreation(Dataset dataset, Clock clock) {
        if (!dataset.contains(Tags.InstanceCreationDate) && !dataset.contains(Tags.InstanceCreationTime)) {
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            dataset.setDate(Tags.InstanceCreationDate, DicomDate.of(now.toLocalDate()));
            dataset.setTime(Tags.InstanceCreationTime, DicomTime.of(now.toLocalTime()));
        }
    }

    /**
     * Without a Specific Character Set, {@link Dataset#setString} encodes text in ISO 8859-1 (characters above it
     * are refused), so an 8-bit byte in a text value means Latin-1 text: declare it as ISO_IR 100.
     */
    private static void fillCharacterSet(Dataset dataset) {
        if (!dataset.contains(Tag.SPECIFIC_CHARACTER_SET) && hasEightBitText(dataset)) {
            dataset.setString(Tag.SPECIFIC_CHARACTER_SET, VR.CS, "ISO_IR 100");
        }
    }

    private static boolean hasEightBitText(Dataset ds) {
        for (int i = 0; i < ds.size(); i++) {
            VR vr = ds.vrAt(i);
            if (vr == VR.SQ) {
                Sequence seq = ds.getSequence(ds.tagAt(i));
                for (Dataset item : seq) {
                    // An item with its own character set has been encoded with it already.
                    if (!item.contains(Tag.SPECIFIC_CHARACTER_SET) && hasEightBitText(item)) {
                        return true;
                    }
                }
            } else if (SpecificCharacterSet.appliesTo(vr)) {
                for (byte b : ds.bytesAt(i)) {
                    if (b < 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.DicomObject;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written conditions whose text says only "Required if ..." (hand-conditions.tsv, fifth column {@code forbidden}):
 * PS3.5 7.4.4/7.4.5 then forbid the attribute while its condition is false. Each instance is written (WriteMode
 * ANYWAY), read back from its bytes and validated: the attribute is reported "not allowed" when present outside its
 * condition and not when the condition holds.
 */
class OtherwiseForbiddenConditionsTest {

    /** Where the CT Image's RT Accessory Device Identification Macro item is built. */
    private static final String DEVICE_ITEM = "PatientTreatmentPreparationSequence[0]"
            + ".PatientTreatmentPreparationProcedureSequence[0].PatientTreatmentPreparationDeviceSequence[0]";

    @Test
    void extendedOffsetTableLengthsCannotComeWithoutTheTable() throws IOException {
        // PS3.3 C.7.6.3 Table C.7-11a: required if Extended Offset Table is present; nothing allows it otherwise.
        CtImage ct = FromScratchTest.newCtImage();
        ct.dataset().setBytes(Tags.ExtendedOffsetTableLengths, VR.OV, new byte[8]);
        assertEquals(List.of(""), notAllowed(ct, "ExtendedOffsetTableLengths"));

        ct.dataset().setBytes(Tags.ExtendedOffsetTable, VR.OV, new byte[8]);
        assertEquals(List.of(), notAllowed(ct, "ExtendedOffsetTableLengths"));
    }

    @Test
    void aUniversalEntityIdTypeNeedsItsUniversalEntityId() throws IOException {
        // PS3.3 10.15 Table 10-18: Universal Entity ID Type is required if Universal Entity ID is present; nothing
        // allows it otherwise (here in the Patient Module's Issuer of Patient ID Qualifiers Sequence).
        CtImage ct = FromScratchTest.newCtImage();
        Dataset qualifiers = ct.dataset().newSequence(Tags.IssuerOfPatientIDQualifiersSequence).addItem();
        qualifiers.setString(Tags.UniversalEntityIDType, "ISO");
        String item = "IssuerOfPatientIDQualifiersSequence[0]";
        assertEquals(List.of(item), notAllowed(ct, "UniversalEntityIDType"));

        qualifiers.setString(Tags.UniversalEntityID, "1.2.3.4");
        assertEquals(List.of(), notAllowed(ct, "UniversalEntityIDType"));
    }

    @Test
    void anAccessoryInAHolderHasNoSlotAndASlotlessOneNoSlotDistance() throws IOException {
        // PS3.3 C.36.2.2.3 Table C.36.2.2.3-1 (RT Accessory Device Identification Macro, Type 2C rows): the slot ID is
        // required if Referenced RT Accessory Holder Device Index is absent, the slot distance if the slot ID has a
        // value; neither text allows the attribute otherwise.
        CtImage ct = FromScratchTest.newCtImage();
        Dataset device = ct.dataset().newSequence(Tags.PatientTreatmentPreparationSequence).addItem()
                .newSequence(Tags.PatientTreatmentPreparationProcedureSequence).addItem()
                .newSequence(Tags.PatientTreatmentPreparationDeviceSequence).addItem();
        device.setInt(Tags.ReferencedRTAccessoryHolderDeviceIndex, 1);
        device.setString(Tags.RTAccessoryDeviceSlotID, "A");
        device.setDouble(Tags.RTAccessorySlotDistance, 100.0);
        assertEquals(List.of(DEVICE_ITEM), notAllowed(ct, "RTAccessoryDeviceSlotID"));
        assertEquals(List.of(), notAllowed(ct, "RTAccessorySlotDistance"));

        device.remove(Tags.ReferencedRTAccessoryHolderDeviceIndex);
        assertEquals(List.of(), notAllowed(ct, "RTAccessoryDeviceSlotID"));

        device.setEmpty(Tags.RTAccessoryDeviceSlotID, VR.SH);
        assertEquals(List.of(DEVICE_ITEM), notAllowed(ct, "RTAccessorySlotDistance"));
    }

    @Test
    void aSelectorSequencePointerPrivateCreatorNeedsAPrivatePointer() throws IOException {
        // PS3.3 10.17 Table 10-20: required if a Selector Sequence Pointer value is the tag of a Private Attribute;
        // nothing allows it otherwise (here in SOP Common's Nonconforming Modified Attributes Sequence).
        CtImage ct = FromScratchTest.newCtImage();
        Dataset selector = ct.dataset().newSequence(Tags.OriginalAttributesSequence).addItem()
                .newSequence(Tags.NonconformingModifiedAttributesSequence).addItem();
        selector.setTags(Tags.SelectorAttribute, Tags.PatientName);
        selector.setTags(Tags.SelectorSequencePointer, Tags.ReferencedImageSequence);
        selector.setString(Tags.SelectorSequencePointerPrivateCreator, "ACME");
        String item = "OriginalAttributesSequence[0].NonconformingModifiedAttributesSequence[0]";
        assertEquals(List.of(item), notAllowed(ct, "SelectorSequencePointerPrivateCreator"));

        selector.setTags(Tags.SelectorSequencePointer, 0x00091001);
        assertEquals(List.of(), notAllowed(ct, "SelectorSequencePointerPrivateCreator"));
    }

    @Test
    void aDxImageStatesALossyRatioOnlyWhenLossyCompressed() throws IOException {
        // PS3.3 C.8.11.2 (DX Image Module): Lossy Image Compression Ratio is required if Lossy Image
        // Compression is "01"; nothing allows it otherwise.
        DigitalXRayImage dx = new DigitalXRayImage();
        dx.dataset().setString(Tags.LossyImageCompression, "00");
        dx.dataset().setString(Tags.LossyImageCompressionRatio, "10");
        assertEquals(List.of(""), notAllowed(dx, DigitalXRayImage.class, "LossyImageCompressionRatio"));

        dx.dataset().setString(Tags.LossyImageCompression, "01");
        assertEquals(List.of(), notAllowed(dx, DigitalXRayImage.class, "LossyImageCompressionRatio"));
    }

    /** @return the item paths (empty for the top level) where the keyword is reported present when not allowed */
    private static List<String> notAllowed(CtImage ct, String keyword) throws IOException {
        return notAllowed(ct, CtImage.class, keyword);
    }

    /** @return the item paths (empty for the top level) where the keyword is reported present when not allowed */
    private static <T extends DicomObject> List<String> notAllowed(T instance, Class<T> type, String keyword)
            throws IOException {
        return CtRtHandConditionsTest.reported(ProseConditionsTest.reread(instance, type, WriteMode.ANYWAY),
                Violation.Kind.NOT_ALLOWED, keyword);
    }
}

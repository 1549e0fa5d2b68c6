package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * PS3.5 7.4.4/7.4.5 then forbid the attribute while its condition is false. Each CT Image is written (WriteMode
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

    /** @return the item paths (empty for the top level) where the keyword is reported present when not allowed */
    private static List<String> notAllowed(CtImage ct, String keyword) throws IOException {
        return CtRtHandConditionsTest.reported(ProseConditionsTest.reread(ct, CtImage.class, WriteMode.ANYWAY),
                Violation.Kind.NOT_ALLOWED, keyword);
    }
}

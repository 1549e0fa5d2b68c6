package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Dicom;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RT Beams Session Record Module's usage (PS3.3 A.29.3, 2026d) and, PS3.3 C.8.8.21 (Table C.8-57), the machine angles and table positions of an RT Beams Session Record are required
 * in the first item of the Control Point Delivery Sequence, which the hand-written {@code firstItem()} conditions
 * check (tools hand-conditions.tsv).
 */
class SessionRecordConditionsTest {

    @Test
    void theFirstDeliveredControlPointCarriesTheAnglesAndTheOthersNeedNot() {
        RtBeamsTreatmentRecord record = new RtBeamsTreatmentRecord();
        Sequence points = record.dataset().newSequence(Tags.TreatmentSessionBeamSequence).addItem()
                .newSequence(Tags.ControlPointDeliverySequence);
        // A resumed delivery: its first item is control point 3 of the plan, not control point 0.
        points.addItem().setInt(Tags.ReferencedControlPointIndex, VR.IS, 3);
        Dataset second = points.addItem();
        second.setInt(Tags.ReferencedControlPointIndex, VR.IS, 4);
        second.setDouble(Tags.GantryAngle, VR.DS, 180.0);
        List<String> first = missing(record, ".ControlPointDeliverySequence[0]");
        assertTrue(first.containsAll(List.of("GantryAngle", "BeamLimitingDeviceAngle", "PatientSupportAngle",
                "TableTopVerticalPosition", "BeamLimitingDevicePositionSequence")), first.toString());
        assertEquals(List.of(), missing(record, ".ControlPointDeliverySequence[1]").stream()
                .filter(k -> k.contains("Angle") || k.startsWith("TableTop")).toList());
    }

    @Test
    void aRecordOfWhatTheUserReportedNeedsNoSessionRecord() {
        // A.29.3 (2026d): the RT Beams Session Record Module is required unless Treatment Record Content Origin
        // (300A,0709) is USER, when the RT Beams Salvage Record Module stands in for it.
        List<String> sessionRows = List.of("PrimaryDosimeterUnit", "TreatmentSessionBeamSequence");
        RtBeamsTreatmentRecord record = new RtBeamsTreatmentRecord();
        assertEquals(sessionRows, missing(record, "").stream().filter(sessionRows::contains).toList());
        record.dataset().setString(Tags.TreatmentRecordContentOrigin, "SIMULATION");
        assertEquals(sessionRows, missing(record, "").stream().filter(sessionRows::contains).toList());
        record.dataset().setString(Tags.TreatmentRecordContentOrigin, "USER");
        // C.8.8.31 Table C.8.8.31-1 (2026d): the Salvage Record Module requires Primary Dosimeter Unit too; its
        // Treatment Session Beam Sequence is the Session Record's, kept when the two define it (IodSpecializer).
        assertEquals(List.of("PrimaryDosimeterUnit"),
                missing(record, "").stream().filter(sessionRows::contains).toList());
    }

    private static List<String> missing(RtBeamsTreatmentRecord record, String item) {
        return Dicom.validate(record).violations().stream()
                .filter(v -> v.kind() == Violation.Kind.MISSING && v.path().endsWith(item))
                .map(Violation::keyword)
                .sorted()
                .toList();
    }
}

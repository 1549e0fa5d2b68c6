package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.dict.Tags;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Visual Field Static Perimetry rows that PS3.3 (2024e) conditions on the kind of protocol performed, a Content
 * Item Modifier of the Performed Protocol Code Sequence (tools hand-conditions.tsv, issue 4); each instance is written,
 * read back from its bytes and validated, as in {@link ProseConditionsTest}.
 */
class VisualFieldProseConditionsTest {

    private static final String DIAGNOSTIC = "261004008";
    private static final String SCREENING = "360156006";

    @Test
    void aDiagnosticProtocolNeedsTheSensitivities() throws IOException {
        // C.8.26.4 and C.8.26.5: Sensitivity Value of each test point and Visual Field Mean Sensitivity are required
        // if the protocol's modifier is (261004008, SCT, "Diagnostic").
        assertEquals(List.of("VisualFieldTestPointSequence[0]"),
                missing(visualField(DIAGNOSTIC, "SCT"), "SensitivityValue"));
        assertEquals(List.of(""), missing(visualField(DIAGNOSTIC, "SCT"), "VisualFieldMeanSensitivity"));
        assertEquals(List.of(), missing(visualField(DIAGNOSTIC, "SCT"), "ScreeningTestModeCodeSequence"));

        assertEquals(List.of(), missing(visualField(SCREENING, "SCT"), "SensitivityValue"));
        assertEquals(List.of(), missing(visualField(SCREENING, "SCT"), "VisualFieldMeanSensitivity"));
        assertEquals(List.of(), missing(visualField(DIAGNOSTIC, "DCM"), "VisualFieldMeanSensitivity"));
    }

    @Test
    void aScreeningProtocolNeedsItsTestMode() throws IOException {
        // C.8.26.2: Screening Test Mode Code Sequence is required if the modifier is (360156006, SCT, "Screening").
        assertEquals(List.of(""), missing(visualField(SCREENING, "SCT"), "ScreeningTestModeCodeSequence"));
        assertEquals(List.of(), missing(visualField(DIAGNOSTIC, "SCT"), "ScreeningTestModeCodeSequence"));
    }

    private static List<String> missing(OphthalmicVisualFieldStaticPerimetryMeasurements instance, String keyword)
            throws IOException {
        return ProseConditionsTest.missing(instance, keyword, OphthalmicVisualFieldStaticPerimetryMeasurements.class,
                WriteMode.ANYWAY);
    }

    /** @return a visual field instance with one test point and a performed protocol modified by the given code */
    private static OphthalmicVisualFieldStaticPerimetryMeasurements visualField(String code, String scheme) {
        OphthalmicVisualFieldStaticPerimetryMeasurements vf = new OphthalmicVisualFieldStaticPerimetryMeasurements();
        Dataset protocol = vf.dataset().newSequence(Tags.PerformedProtocolCodeSequence).addItem();
        protocol.setString(Tags.CodeValue, "VF-24-2");
        protocol.setString(Tags.CodingSchemeDesignator, "99LOCAL");
        protocol.setString(Tags.CodeMeaning, "24-2 threshold");
        Dataset modifier = protocol.newSequence(Tags.ProtocolContextSequence).addItem()
                .newSequence(Tags.ContentItemModifierSequence).addItem();
        modifier.setString(Tags.ValueType, "CODE");
        Dataset concept = modifier.newSequence(Tags.ConceptCodeSequence).addItem();
        concept.setString(Tags.CodeValue, code);
        concept.setString(Tags.CodingSchemeDesignator, scheme);
        concept.setString(Tags.CodeMeaning, "Protocol kind");
        vf.dataset().newSequence(Tags.VisualFieldTestPointSequence).addItem();
        return vf;
    }
}

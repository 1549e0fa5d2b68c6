package dev.iodine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    @Test
    void violationLineNamesPathTagKeywordModuleAndSection() {
        Violation v = Violation.missing("BeamSequence[0].ControlPointSequence[3]", 0x300A011E, "RT Beams",
                "C.8.8.14", "1C", "the gantry angle changes or this is the first control point");
        assertEquals("Error: BeamSequence[0].ControlPointSequence[3] (300A,011E) GantryAngle: missing; Type 1C"
                + " requires it with a value when the gantry angle changes or this is the first control point"
                + " [RT Beams, PS3.3 C.8.8.14]", v.toString());
    }

    @Test
    void aLongConditionIsShortenedInTheMessageButKeptWhole() {
        String condition = "BodyPartExamined == \"ABDOMEN\" or ".repeat(20) + "true";
        Violation v = Violation.missing("", 0x00200060, "General Series", "C.7.3.1", "2C", condition);
        assertEquals(condition, v.expected());
        assertTrue(v.message().endsWith("\u2026"), v.message());
        assertEquals("missing; Type 2C requires it, empty when unknown when ".length() + 160, v.message().length());
    }

    @Test
    void typeTwoMissingSaysEmptyIsEnough() {
        Violation v = Violation.missing("", 0x00100020, "Patient", "C.7.1.1", "2", null);
        assertEquals("Error: (0010,0020) PatientID: missing; Type 2 requires it, empty when unknown"
                + " [Patient, PS3.3 C.7.1.1]", v.toString());
    }

    @Test
    void definedTermIsAWarningAndEnumeratedValueAnError() {
        Violation term = Violation.unexpectedValue("", 0x00080060, "General Series", "C.7.3.1", "1", "XX", false,
                "CT", "MR");
        Violation enumerated = Violation.unexpectedValue("", 0x00100040, "Patient", "C.7.1.1", "2", "X", true,
                "M", "F", "O");
        assertEquals(Severity.WARNING, term.severity());
        assertEquals(Violation.Kind.DEFINED_TERM, term.kind());
        assertEquals("Error: (0010,0040) PatientSex: value \"X\" is not one of the enumerated values: M, F, O"
                + " [Patient, PS3.3 C.7.1.1]", enumerated.toString());
    }

    @Test
    void reportSortsErrorsFirstThenByPathAndTagAndSummarises() {
        Violation warning = Violation.unexpectedValue("", 0x00080060, "General Series", "C.7.3.1", "1", "XX",
                false, "CT");
        Violation late = Violation.missing("", 0x7FE00010, "Image Pixel", "C.7.6.3", "1", null);
        Violation early = Violation.empty("", 0x00080016, "SOP Common", "C.12.1", "1", null);
        ValidationReport report = new ValidationReport("CT Image", List.of(warning, late, early));
        assertEquals(List.of(early, late, warning), report.violations());
        assertFalse(report.isValid());
        assertEquals(2, report.errors().size());
        assertEquals("CT Image: 2 errors, 1 warning", report.summary());
        assertEquals(early + "\n" + late + "\n" + warning + "\nCT Image: 2 errors, 1 warning\n", report.toString());
    }

    @Test
    void warningsAloneLeaveTheInstanceValid() {
        ValidationReport report = new ValidationReport("CT Image", List.of(Violation.unexpectedValue("", 0x00080060,
                "General Series", "C.7.3.1", "1", "XX", false, "CT")));
        assertTrue(report.isValid());
        assertEquals("CT Image: valid", new ValidationReport("CT Image", List.of()).summary());
    }

    @Test
    void exceptionMessageListsEveryViolation() {
        ValidationReport report = new ValidationReport("RT Plan", List.of(
                Violation.missing("", 0x300A0002, "RT General Plan", "C.8.8.9", "1", null)));
        DicomValidationException e = new DicomValidationException("Cannot write plan.dcm", report);
        assertEquals("Cannot write plan.dcm:\nError: (300A,0002) RTPlanLabel: missing; Type 1 requires it with a"
                + " value [RT General Plan, PS3.3 C.8.8.9]\nRT Plan: 1 error, 0 warnings\n", e.getMessage());
        assertEquals(report, e.report());
    }
}

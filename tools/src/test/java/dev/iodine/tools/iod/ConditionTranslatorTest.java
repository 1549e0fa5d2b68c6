package dev.iodine.tools.iod;

import dev.iodine.tools.StandardFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Translates real conditions of dicom3tools-conditions.json and checks the text against the standard's meaning. */
class ConditionTranslatorTest {

    private static ConditionTranslator translator;
    private static ConditionWriter writer;

    @BeforeAll
    static void load() {
        StandardSources sources = new StandardSources(StandardFolder.require());
        DataElements dict = DataElements.load(sources);
        translator = new ConditionTranslator(sources, dict);
        writer = new ConditionWriter(dict);
    }

    private static String text(String name) {
        ConditionTranslator.Result r = translator.translate(name);
        assertNull(r.reason(), name + " was not translated");
        return writer.write(r.condition());
    }

    @Test
    void anOrOfPresenceTests() {
        // PS3.3 C.7.1.1: required if either date in the alternative calendar is present.
        assertEquals("present(PatientBirthDateInAlternativeCalendar) or present(PatientDeathDateInAlternativeCalendar)",
                text("PatientAlternativeCalendarNeeded"));
    }

    @Test
    void leftToRightFoldingWithANumericComparison() {
        // RT Plan's RT Beams usage: (((present FGS and present NB) and NB > 0) or present BeamSequence)
        assertEquals("(present(FractionGroupSequence) and present(NumberOfBeams) and NumberOfBeams > 0)"
                + " or present(BeamSequence)", text("NeedRTBeams"));
    }

    @Test
    void valueIndexAndRootScope() {
        String t = text("NeedModuleNMTomoAcquisition");
        assertTrue(t.startsWith("ImageType[2] == \"TOMO\" or ImageType[2] == \"GATED TOMO\""), t);
    }

    @Test
    void groupsAndSopClassConstants() {
        // The SOP class name resolves to the Legacy Converted Enhanced CT Image Storage UID (sopcl.tpl).
        assertEquals("not root.SOPClassUID == \"1.2.840.10008.5.1.4.1.1.2.2\" and (root.ImageType[0] == \"ORIGINAL\""
                + " or root.ImageType[0] == \"MIXED\")", text("ImageTypeValue1OriginalOrMixedAndNotLegacyConvertedCT"));
    }

    @Test
    void builtInsAreReportedNotGuessed() {
        ConditionTranslator.Result r = translator.translate("Always");
        assertNull(r.condition());
        assertTrue(r.reason().contains("does not encode"), r.reason());
    }

    @Test
    void anUnknownNameIsReported() {
        assertEquals("the sources name this condition but do not define it",
                translator.translate("NoSuchConditionAnywhere").reason());
    }
}

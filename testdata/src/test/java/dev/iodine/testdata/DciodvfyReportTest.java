package dev.iodine.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DciodvfyReportTest {

    /** Lines as dciodvfy 1.00~20220618 prints them with -new. */
    private static final String OUTPUT = String.join("\n",
            "Warning - </DoseReferenceSequence(300a,0010)/(3267,1000,\"Varian Medical Systems VISION 3267\")>"
                    + " - Unrecognized tag - assuming explicit value representation OK [SH]",
            "Warning - </OperatorsName(0008,1070)[1]> - Value dubious for this VR [PN] = <Liliana> - Retired Person Name form",
            "RTIonPlan",
            "Error - </IonBeamSequence(300a,03a2)[2]/ModulatedScanModeType(300a,0309)> - Missing attribute for Type 1C"
                    + " Conditional - Module=<RTIonBeams>",
            "Error - </SequenceVariant(0018,0021)> - Empty attribute (no value) for Type 1 Required - Module=<MRImage>",
            "Error - </TriggerTime(0018,1060)> - Attribute present when condition unsatisfied (which may not be present"
                    + " otherwise) for Type 2C Conditional - Module=<MRImage>",
            "Error - Information Object Not found",
            "Warning - </(e029,1001,\"PRIVATE\")> - Unrecognized tag - assuming explicit value representation OK [LO]",
            "");

    @Test
    void parsesIodPathsTagsKindsTypesAndModules() {
        DciodvfyReport r = DciodvfyReport.parse(OUTPUT);
        assertEquals("RTIonPlan", r.iod());
        assertEquals(7, r.findings().size());
        assertEquals(0xE0291001, r.findings().get(6).tag());
        assertEquals(4, r.errors().size());

        DciodvfyFinding privateTag = r.findings().get(0);
        assertEquals("DoseReferenceSequence[*]", privateTag.path());
        assertEquals(0x32671000, privateTag.tag());
        assertEquals(DciodvfyFinding.Kind.OTHER, privateTag.kind());

        DciodvfyFinding valueIndexDropped = r.findings().get(1);
        assertEquals("", valueIndexDropped.path());
        assertEquals(0x00081070, valueIndexDropped.tag());

        DciodvfyFinding missing = r.findings().get(2);
        assertEquals(List.of(DciodvfyFinding.Kind.MISSING, "IonBeamSequence[1]", 0x300A0309,
                        "ModulatedScanModeType", "1C", "RTIonBeams"),
                List.of(missing.kind(), missing.path(), missing.tag(), missing.keyword(), missing.type(),
                        missing.module()));
        assertEquals(DciodvfyFinding.Kind.EMPTY, r.findings().get(3).kind());
        assertEquals("1", r.findings().get(3).type());
        assertEquals(DciodvfyFinding.Kind.NOT_ALLOWED, r.findings().get(4).kind());
        assertEquals("2C", r.findings().get(4).type());
        assertEquals(-1, r.findings().get(5).tag());
        assertTrue(r.findings().get(5).isError());
    }

    @Test
    void runsTheInstalledDciodvfyOnACorpusPlan() {
        Dciodvfy dciodvfy = Dciodvfy.require();
        Path plan = Corpus.require().root().resolve("2022_DCPT_LET/plan02_mono/"
                + "RN.1.2.246.352.71.5.37402163639.178320.20221207095327.dcm");
        DciodvfyReport r = dciodvfy.run(plan);
        assertEquals("RTIonPlan", r.iod(), r.output());
        assertTrue(r.errors().stream().anyMatch(f -> f.kind() == DciodvfyFinding.Kind.MISSING
                && f.tag() == 0x300A0309 && f.path().equals("IonBeamSequence[0]")), r.output());
    }
}

package sample;

import dev.iodine.data.PersonName;

/**
 * Plans written from scratch through the generated builder, compiled with the samples so that the builder's API is
 * checked as users write it (GeneratedBuilderTest).
 */
public final class BuiltPlans {

    private BuiltPlans() {
    }

    /** Two beams, the second with two control points, the first of which has two beam limiting device positions. */
    public static SamplePlan twoBeams() {
        return SamplePlan.builder()
                .sOPClassUID("1.2.840.10008.5.1.4.1.1.481.5")
                .sOPInstanceUID("2.25.42")
                .patientName(PersonName.parse("Doe^Jane"))
                .patientID("P1")
                .patientBirthDate(null)
                .patientSex(PatientModule.Sex.F)
                .beamSequence(beam -> {
                    beam.setBeamNumber(1);
                    beam.setBeamType("STATIC");
                    beam.addControlPointSequenceItem(point -> {
                        point.setControlPointIndex(0);
                        point.setGantryAngle(0.0);
                    });
                })
                .beamSequence(beam -> {
                    beam.setBeamNumber(2);
                    beam.setBeamType("STATIC");
                    beam.addControlPointSequenceItem(point -> {
                        point.setControlPointIndex(0);
                        point.setGantryAngle(90.0);
                        point.addBeamLimitingDevicePositionSequenceItem(jaw -> {
                            jaw.setRTBeamLimitingDeviceType("ASYMX");
                            jaw.setLeafJawPositions(new double[] {-50.0, 50.0});
                        });
                        point.addBeamLimitingDevicePositionSequenceItem(jaw -> {
                            jaw.setRTBeamLimitingDeviceType("ASYMY");
                            jaw.setLeafJawPositions(new double[] {-40.0, 40.0});
                        });
                    });
                    beam.addControlPointSequenceItem(point -> point.setControlPointIndex(1));
                })
                .build();
    }

    /** A plan whose Beam Sequence is present and empty. */
    public static SamplePlan emptyBeams() {
        return SamplePlan.builder().patientID("P2").beamSequenceEmpty().build();
    }
}

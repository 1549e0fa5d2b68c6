package dev.iodine.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.IodObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.dict.Tags;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The generated builder of {@code SamplePlan} as {@code sample/BuiltPlans.java} uses it (compiled with the samples):
 * each call of a sequence's method appends one item, items fill their own sequences to any depth, and the dataset
 * holds exactly the tags, values, item counts and nesting written.
 */
class GeneratedBuilderTest {

    private static IodObject built(String method) throws ReflectiveOperationException {
        return (IodObject) SampleClasses.get().loadClass("sample.BuiltPlans").getMethod(method).invoke(null);
    }

    @Test
    void builderWritesValuesAndNestedItems() throws ReflectiveOperationException {
        IodObject plan = built("twoBeams");
        Dataset ds = plan.dataset();
        assertEquals("P1", ds.getString(Tags.PatientID));
        assertEquals("Doe^Jane", ds.getString(Tags.PatientName));
        assertEquals("F", ds.getString(Tags.PatientSex));
        assertTrue(ds.contains(Tags.PatientBirthDate) && ds.getString(Tags.PatientBirthDate) == null,
                "null makes Patient's Birth Date present and empty");
        assertEquals(List.of(Tags.SOPClassUID, Tags.SOPInstanceUID, Tags.PatientName, Tags.PatientID,
                Tags.PatientBirthDate, Tags.PatientSex, Tags.BeamSequence), IntStream.range(0, ds.size()).map(ds::tagAt).sorted().boxed().toList());

        Sequence beams = ds.getSequence(Tags.BeamSequence);
        assertEquals(2, beams.size(), "one item per beamSequence(...) call");
        assertEquals(1, beams.get(0).getInt(Tags.BeamNumber));
        assertEquals(1, beams.get(0).getSequence(Tags.ControlPointSequence).size());
        assertEquals(0.0, beams.get(0).getSequence(Tags.ControlPointSequence).get(0).getDouble(Tags.GantryAngle));

        Dataset second = beams.get(1);
        assertEquals(2, second.getInt(Tags.BeamNumber));
        Sequence points = second.getSequence(Tags.ControlPointSequence);
        assertEquals(2, points.size());
        assertEquals(90.0, points.get(0).getDouble(Tags.GantryAngle));
        assertEquals(1, points.get(1).getInt(Tags.ControlPointIndex));
        assertFalse(points.get(1).contains(Tags.BeamLimitingDevicePositionSequence));
        Sequence jaws = points.get(0).getSequence(Tags.BeamLimitingDevicePositionSequence);
        assertEquals(2, jaws.size());
        assertEquals("ASYMY", jaws.get(1).getString(Tags.RTBeamLimitingDeviceType));
        assertArrayEquals(new double[] {-40.0, 40.0}, jaws.get(1).getDoubles(Tags.LeafJawPositions));

        assertEquals(List.of(), plan.checkConstraints(), "the built plan conforms");
    }

    @Test
    void emptySequenceIsPresentWithoutItems() throws ReflectiveOperationException {
        Dataset ds = built("emptyBeams").dataset();
        assertTrue(ds.contains(Tags.BeamSequence));
        assertEquals(0, ds.getSequence(Tags.BeamSequence).size());
    }
}

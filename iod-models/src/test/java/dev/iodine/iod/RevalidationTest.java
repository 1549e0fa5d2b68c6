package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One object validated, changed and validated again, without writing it out in between: the {@code varies(...)}
 * answers that a validation run memoizes (dev.iodine.bind.ConditionMemo) must not carry over into the next run.
 */
class RevalidationTest {

    @Test
    void aChangeAfterAValidationIsSeenByTheNext() {
        RtPlan plan = ControlPointChangeConditionsTest.threePointPlan();
        Sequence points = plan.dataset().getSequence(Tags.BeamSequence).get(0).getSequence(Tags.ControlPointSequence);
        assertEquals(List.of(), CtRtHandConditionsTest.missing(plan, "GantryAngle"), "static: control point 0 only");

        points.get(2).setString(Tags.GantryAngle, VR.DS, "190");
        assertEquals(List.of("BeamSequence[0].ControlPointSequence[1]"),
                CtRtHandConditionsTest.missing(plan, "GantryAngle"), "the angle now changes");

        points.get(2).remove(Tags.GantryAngle);
        assertEquals(List.of(), CtRtHandConditionsTest.missing(plan, "GantryAngle"), "and no longer does");
    }
}

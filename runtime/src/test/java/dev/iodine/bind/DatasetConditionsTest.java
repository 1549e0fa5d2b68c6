package dev.iodine.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.TransferSyntax;
import dev.iodine.io.DicomReader;
import dev.iodine.io.DicomWriter;
import dev.iodine.io.ReadOptions;
import dev.iodine.io.WriteOptions;
import org.junit.jupiter.api.Test;

/**
 * What generated conditions see (docs/conditions.md): scopes (current, parent, root, above, anywhere), item and
 * value indices, "some value" semantics, numeric and tag comparisons, private tags, item counts, module presence
 * and characters beyond the default repertoire, joins on an index ({@code referenced}), values that change over
 * the items of a sequence ({@code varies}).
 */
class DatasetConditionsTest {

    private static final int ANY = -1;

    private final Dataset root = new Dataset();
    private final Dataset beam;
    private final Dataset secondPoint;

    DatasetConditionsTest() {
        root.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        root.setInt(Tags.SamplesPerPixel, VR.US, 3);
        root.setEmpty(Tags.PatientName, VR.PN);
        root.setTags(Tags.FrameIncrementPointer, Tags.FrameTime);
        beam = root.newSequence(Tags.BeamSequence).addItem();
        beam.setString(Tags.BeamType, VR.CS, "DYNAMIC");
        Sequence points = beam.newSequence(Tags.ControlPointSequence);
        points.addItem().setDouble(Tags.GantryAngle, VR.DS, 90.0);
        secondPoint = points.addItem();
        secondPoint.setInt(Tags.ControlPointIndex, VR.IS, 1);
    }

    private static int[] path(int... tags) {
        return tags;
    }

    private static int[] any(int steps) {
        int[] indices = new int[steps];
        java.util.Arrays.fill(indices, ANY);
        return indices;
    }

    @Test
    void presenceDistinguishesEmptyFromAbsent() {
        ConditionContext c = new DatasetConditions(root);
        assertTrue(c.present(0, path(Tags.PatientName), any(1)));
        assertFalse(c.hasValue(0, path(Tags.PatientName), any(1)));
        assertFalse(c.present(0, path(Tags.PatientID), any(1)));
        assertTrue(c.hasValue(0, path(Tags.ImageType), new int[] {2}));
        assertFalse(c.hasValue(0, path(Tags.ImageType), new int[] {3}));
    }

    @Test
    void valuesCompareAtAnIndexOrAny() {
        ConditionContext c = new DatasetConditions(root);
        assertTrue(c.equalsString(0, path(Tags.ImageType), any(1), "AXIAL"));
        assertTrue(c.equalsString(0, path(Tags.ImageType), new int[] {0}, "DERIVED", "ORIGINAL"));
        assertFalse(c.equalsString(0, path(Tags.ImageType), new int[] {1}, "AXIAL"));
        assertTrue(c.equalsNumber(0, path(Tags.SamplesPerPixel), any(1), 3));
        assertTrue(c.compare(0, path(Tags.SamplesPerPixel), any(1), ConditionContext.Order.GT, 1));
        assertFalse(c.compare(0, path(Tags.SamplesPerPixel), any(1), ConditionContext.Order.LT, 3));
        assertTrue(c.equalsTag(0, path(Tags.FrameIncrementPointer), any(1), Tags.FrameTime));
        assertFalse(c.equalsString(0, path(Tags.PatientID), any(1), ""));
    }

    @Test
    void numericTestsInARowEachReadTheirOwnElement() {
        // One context keeps the numbers of the last element it read: each test below must still see its own.
        root.setString(Tags.WindowCenter, VR.DS, "40", "400");
        root.setString(Tags.WindowWidth, VR.DS, "350", "x");
        ConditionContext c = new DatasetConditions(secondPoint);
        int[] center = path(Tags.WindowCenter);
        assertTrue(c.equalsNumber(ConditionContext.ROOT, center, any(1), 400));
        assertFalse(c.equalsNumber(ConditionContext.ROOT, center, new int[] {0}, 400));
        assertTrue(c.equalsNumber(ConditionContext.ROOT, center, new int[] {1}, 7, 400));
        assertFalse(c.equalsNumber(ConditionContext.ROOT, path(Tags.WindowWidth), any(1), 350));   // "x": no number
        assertTrue(c.compare(ConditionContext.ROOT, center, new int[] {0}, ConditionContext.Order.LE, 40));
        assertTrue(c.equalsNumber(0, path(Tags.ControlPointIndex), any(1), 1));
        assertFalse(c.equalsNumber(1, path(Tags.ControlPointIndex), any(1), 1));                   // the beam has none
        assertTrue(c.equalsNumber(ConditionContext.ROOT, path(Tags.SamplesPerPixel), any(1), 3));
        assertTrue(c.compare(ConditionContext.ROOT, center, any(1), ConditionContext.Order.GT, 399));
        Dataset firstPoint = beam.getSequence(Tags.ControlPointSequence).get(0);
        firstPoint.setInt(Tags.ControlPointIndex, VR.IS, 0);
        // Same tag, another dataset (the points of the beam, ANYWHERE from the root).
        ConditionContext top = new DatasetConditions(root);
        assertTrue(top.equalsNumber(ConditionContext.ANYWHERE, path(Tags.ControlPointIndex), any(1), 0));
        assertTrue(top.equalsNumber(ConditionContext.ANYWHERE, path(Tags.ControlPointIndex), any(1), 1));
        assertFalse(top.equalsNumber(ConditionContext.ANYWHERE, path(Tags.ControlPointIndex), any(1), 2));
    }

    @Test
    void anItemKnowsWhetherItIsTheFirstOrTheLastOfItsSequence() {
        Dataset firstPoint = beam.getSequence(Tags.ControlPointSequence).get(0);
        assertTrue(new DatasetConditions(firstPoint).firstItem());
        assertFalse(new DatasetConditions(firstPoint).lastItem());
        assertFalse(new DatasetConditions(secondPoint).firstItem());
        assertTrue(new DatasetConditions(secondPoint).lastItem());
        // The only item of Beam Sequence is both; the top-level dataset is in no sequence.
        assertTrue(new DatasetConditions(beam).firstItem() && new DatasetConditions(beam).lastItem());
        assertFalse(new DatasetConditions(root).firstItem() || new DatasetConditions(root).lastItem());
    }

    @Test
    void scopesReachParentRootAndEveryEnclosingDataset() {
        ConditionContext c = new DatasetConditions(secondPoint);
        assertTrue(c.equalsString(1, path(Tags.BeamType), any(1), "DYNAMIC"));
        assertFalse(c.present(2, path(Tags.BeamType), any(1)));
        assertTrue(c.present(ConditionContext.ROOT, path(Tags.ImageType), any(1)));
        assertTrue(c.present(ConditionContext.ABOVE, path(Tags.SamplesPerPixel), any(1)));
        assertTrue(c.present(ConditionContext.ABOVE, path(Tags.BeamType), any(1)));
        assertFalse(c.present(ConditionContext.ABOVE, path(Tags.ControlPointIndex), any(1)));
        assertFalse(new DatasetConditions(root).present(1, path(Tags.ImageType), any(1)));
    }

    @Test
    void pathsGoThroughItemsAndCountItems() {
        ConditionContext c = new DatasetConditions(secondPoint);
        int[] gantry = path(Tags.BeamSequence, Tags.ControlPointSequence, Tags.GantryAngle);
        assertTrue(c.present(ConditionContext.ROOT, gantry, any(3)));
        assertTrue(c.present(ConditionContext.ROOT, gantry, new int[] {0, 0, ANY}));
        assertFalse(c.present(ConditionContext.ROOT, gantry, new int[] {0, 1, ANY}));
        assertEquals(1, c.count(ConditionContext.ROOT, path(Tags.BeamSequence), any(1)));
        assertEquals(2, c.count(ConditionContext.ROOT, path(Tags.BeamSequence, Tags.ControlPointSequence), any(2)));
        assertEquals(0, c.count(ConditionContext.ROOT, path(Tags.ReferencedImageSequence), any(1)));
    }

    @Test
    void moduleIsPresentWhenAnyOfItsAttributesIsInTheTopLevelDataset() {
        ConditionContext c = new DatasetConditions(secondPoint);
        assertTrue(c.modulePresent(Tags.ContrastBolusAgent, Tags.SamplesPerPixel));
        assertFalse(c.modulePresent(Tags.ContrastBolusAgent, Tags.ContrastBolusRoute));
    }

    @Test
    void anywhereLooksAtTheTopLevelAndEveryNestedItem() {
        ConditionContext c = new DatasetConditions(beam);
        assertTrue(c.present(ConditionContext.ANYWHERE, path(Tags.ControlPointIndex), any(1)));
        assertTrue(c.equalsNumber(ConditionContext.ANYWHERE, path(Tags.GantryAngle), any(1), 90));
        assertTrue(c.present(ConditionContext.ANYWHERE, path(Tags.SamplesPerPixel), any(1)));
        assertFalse(c.present(ConditionContext.ANYWHERE, path(Tags.PatientID), any(1)));
        // With a sequence step: from every dataset that holds the sequence (here the beam).
        assertTrue(c.equalsNumber(ConditionContext.ANYWHERE, path(Tags.ControlPointSequence, Tags.GantryAngle),
                any(2), 90));
        assertFalse(c.present(ConditionContext.ANYWHERE, path(Tags.BeamSequence, Tags.GantryAngle), any(2)));
        secondPoint.setString(Tags.PatientID, VR.LO, "deep");
        assertTrue(c.present(ConditionContext.ANYWHERE, path(Tags.PatientID), any(1)), "the last item of all");
    }

    @Test
    void valuesCompareWithTheValuesAtAnotherPath() {
        secondPoint.setDouble(Tags.CumulativeMetersetWeight, VR.DS, 0.5);
        Dataset verification = beam.newSequence(Tags.ReferencedDoseReferenceSequence).addItem()
                .newSequence(Tags.BeamDoseVerificationControlPointSequence).addItem();
        verification.setDouble(Tags.CumulativeMetersetWeight, VR.DS, 0.5);
        ConditionContext c = new DatasetConditions(verification);
        int[] weight = path(Tags.CumulativeMetersetWeight);
        int[] pointWeights = path(Tags.ControlPointSequence, Tags.CumulativeMetersetWeight);
        assertTrue(c.sameValue(0, weight, any(1), 2, pointWeights, any(2)));
        assertFalse(c.sameValue(0, weight, any(1), 2, pointWeights, new int[] {0, ANY}));
        verification.setDouble(Tags.CumulativeMetersetWeight, VR.DS, 0.25);
        assertFalse(c.sameValue(0, weight, any(1), 2, pointWeights, any(2)));
        beam.setString(Tags.BeamDescription, VR.ST, "DYNAMIC ");
        assertTrue(c.sameValue(2, path(Tags.BeamType), any(1), 2, path(Tags.BeamDescription), any(1)));
        assertFalse(c.sameValue(0, path(Tags.PatientID), any(1), ConditionContext.ROOT, path(Tags.PatientID), any(1)));
    }

    /** An opening item of the second control point, whose Referenced Device Index is {@code index} (or none). */
    private Dataset openingReferencing(Integer index) {
        Sequence devices = beam.newSequence(Tags.EnhancedRTBeamLimitingDeviceSequence);
        for (int i = 1; i <= 2; i++) {
            Dataset device = devices.addItem();
            device.setInt(Tags.DeviceIndex, VR.US, i);
            device.newSequence(Tags.DeviceTypeCodeSequence).addItem()
                    .setString(Tags.CodeValue, VR.SH, i == 1 ? "130331" : "130332");
        }
        Dataset opening = secondPoint.newSequence(Tags.EnhancedRTBeamLimitingOpeningSequence).addItem();
        if (index != null) {
            opening.setInt(Tags.ReferencedDeviceIndex, VR.US, index);
        }
        return opening;
    }

    /** referenced(ReferencedDeviceIndex, above.EnhancedRTBeamLimitingDeviceSequence.DeviceIndex, code == value). */
    private static boolean deviceCodeIs(Dataset opening, String code) {
        return new DatasetConditions(opening).referenced(0, path(Tags.ReferencedDeviceIndex), any(1),
                ConditionContext.ABOVE, path(Tags.EnhancedRTBeamLimitingDeviceSequence, Tags.DeviceIndex), any(2),
                device -> device.equalsString(0, path(Tags.DeviceTypeCodeSequence, Tags.CodeValue), any(2), code));
    }

    @Test
    void referencedEvaluatesTheConditionInTheItemWhoseKeyEqualsTheValue() {
        Dataset opening = openingReferencing(2);
        assertTrue(deviceCodeIs(opening, "130332"), "device 2 is the variable circular collimator");
        assertFalse(deviceCodeIs(opening, "130331"), "device 1's code is not looked at");
        opening.setInt(Tags.ReferencedDeviceIndex, VR.US, 1);
        assertTrue(deviceCodeIs(opening, "130331"));
        // Inside the referenced item, parent. is the dataset that holds its sequence (here the beam).
        assertTrue(new DatasetConditions(opening).referenced(0, path(Tags.ReferencedDeviceIndex), any(1),
                ConditionContext.ABOVE, path(Tags.EnhancedRTBeamLimitingDeviceSequence, Tags.DeviceIndex), any(2),
                device -> device.equalsString(1, path(Tags.BeamType), any(1), "DYNAMIC")));
    }

    @Test
    void referencedIsFalseWithoutAValueOrAMatchingItem() {
        assertFalse(deviceCodeIs(openingReferencing(null), "130331"), "no Referenced Device Index");
        Dataset opening = openingReferencing(3);
        assertFalse(deviceCodeIs(opening, "130331"), "no device has index 3");
        assertFalse(deviceCodeIs(opening, "130332"));
        opening.setEmpty(Tags.ReferencedDeviceIndex, VR.US);
        assertFalse(deviceCodeIs(opening, "130331"), "an empty index references nothing");
        beam.remove(Tags.EnhancedRTBeamLimitingDeviceSequence);
        opening.setInt(Tags.ReferencedDeviceIndex, VR.US, 1);
        assertFalse(deviceCodeIs(opening, "130331"), "no device sequence");
    }

    @Test
    void referencedFindsItsKeyInATopLevelSequenceFromAFunctionalGroupItem() {
        // Enhanced Contrast/Bolus: agents at the top level, each usage item in a functional group names one.
        Dataset agent = root.newSequence(Tags.ContrastBolusAgentSequence).addItem();
        agent.setInt(Tags.ContrastBolusAgentNumber, VR.US, 1);
        agent.newSequence(Tags.ContrastBolusAdministrationRouteSequence).addItem()
                .setString(Tags.CodeValue, VR.SH, "47625008");
        Dataset usage = root.newSequence(Tags.SharedFunctionalGroupsSequence).addItem()
                .newSequence(Tags.ContrastBolusUsageSequence).addItem();
        usage.setInt(Tags.ContrastBolusAgentNumber, VR.US, 1);
        for (int scope : new int[] {ConditionContext.ROOT, ConditionContext.ABOVE}) {
            assertTrue(routeIs(usage, scope, "47625008"), "scope " + scope);
            assertFalse(routeIs(usage, scope, "26643006"), "scope " + scope);
        }
        usage.setInt(Tags.ContrastBolusAgentNumber, VR.US, 2);
        assertFalse(routeIs(usage, ConditionContext.ROOT, "47625008"), "no agent 2");
    }

    private static boolean routeIs(Dataset usage, int keyScope, String code) {
        return new DatasetConditions(usage).referenced(0, path(Tags.ContrastBolusAgentNumber), any(1), keyScope,
                path(Tags.ContrastBolusAgentSequence, Tags.ContrastBolusAgentNumber), any(2),
                agent -> agent.equalsString(0, path(Tags.ContrastBolusAdministrationRouteSequence, Tags.CodeValue),
                        any(2), code));
    }

    @Test
    void privateTagsHaveAnOddGroup() {
        root.setTags(Tags.SelectorSequencePointer, Tags.BeamSequence, 0x00091001);
        ConditionContext c = new DatasetConditions(root);
        assertTrue(c.privateTag(0, path(Tags.SelectorSequencePointer), any(1)));
        assertTrue(c.privateTag(0, path(Tags.SelectorSequencePointer), new int[] {1}));
        assertFalse(c.privateTag(0, path(Tags.SelectorSequencePointer), new int[] {0}));
        assertFalse(c.privateTag(0, path(Tags.FrameIncrementPointer), any(1)));
        assertFalse(c.privateTag(0, path(Tags.SelectorAttribute), any(1)));
    }

    @Test
    void sequenceTagsAreSqInTheDictionary() {
        root.setTags(Tags.SelectorSequencePointer, Tags.PatientID, Tags.BeamSequence);
        root.setTags(Tags.SelectorAttribute, 0x00091001);
        ConditionContext c = new DatasetConditions(root);
        assertTrue(c.sequenceTag(0, path(Tags.SelectorSequencePointer), any(1)));
        assertTrue(c.sequenceTag(0, path(Tags.SelectorSequencePointer), new int[] {1}));
        assertFalse(c.sequenceTag(0, path(Tags.SelectorSequencePointer), new int[] {0}));
        assertFalse(c.sequenceTag(0, path(Tags.SelectorAttribute), any(1)), "a private tag's VR is unknown");
        assertFalse(c.sequenceTag(0, path(Tags.FrameIncrementPointer), any(1)));
    }

    @Test
    void textBeyondTheDefaultRepertoireAnywhereNeedsACharacterSet() {
        ConditionContext c = new DatasetConditions(secondPoint);
        beam.setString(Tags.BeamName, VR.LO, "AP");
        assertFalse(c.extendedCharacters());
        beam.setString(Tags.BeamName, VR.LO, "J\u00e9r\u00f4me");
        assertTrue(c.extendedCharacters());
        beam.setString(Tags.BeamName, VR.LO, "\u001b$B");
        assertTrue(c.extendedCharacters());
    }

    /**
     * A beam whose control points give {@code angles} as Gantry Angle (DS text as written; null: absent, "": empty)
     * and Leaf/Jaw Positions per device ({@code "ASYMX=-5\\5"}), encoded and read back, so the conditions see the
     * decoded text of real bytes.
     */
    private static Dataset encodedBeam(String[] angles, String[]... devices) {
        Dataset plan = new Dataset();
        plan.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.481.5");
        plan.setString(Tags.SOPInstanceUID, VR.UI, "2.25.1");
        Sequence points = plan.newSequence(Tags.BeamSequence).addItem().newSequence(Tags.ControlPointSequence);
        for (int i = 0; i < angles.length; i++) {
            Dataset point = points.addItem();
            point.setInt(Tags.ControlPointIndex, VR.IS, i);
            if (angles[i] != null && angles[i].isEmpty()) {
                point.setEmpty(Tags.GantryAngle, VR.DS);
            } else if (angles[i] != null) {
                point.setString(Tags.GantryAngle, VR.DS, angles[i]);
            }
            if (i < devices.length && devices[i].length > 0) {
                Sequence positions = point.newSequence(Tags.BeamLimitingDevicePositionSequence);
                for (String device : devices[i]) {
                    Dataset item = positions.addItem();
                    String[] typeAndValues = device.split("=");
                    item.setString(Tags.RTBeamLimitingDeviceType, VR.CS, typeAndValues[0]);
                    item.setString(Tags.LeafJawPositions, VR.DS, typeAndValues[1].split("\\\\"));
                }
            }
        }
        try {
            byte[] bytes = DicomWriter.toBytes(DicomWriter.newFile(plan, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                    WriteOptions.DEFAULT);
            return DicomReader.read(bytes, ReadOptions.DEFAULT).dataset().getSequence(Tags.BeamSequence).get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** varies(parent.ControlPointSequence.GantryAngle) seen from control point {@code index}. */
    private static boolean angleVaries(Dataset beam, int index) {
        return new DatasetConditions(beam.getSequence(Tags.ControlPointSequence).get(index)).varies(1,
                path(Tags.ControlPointSequence, Tags.GantryAngle), any(2));
    }

    @Test
    void variesComparesTheValuesOfTheItemsThatHaveOne() {
        assertTrue(angleVaries(encodedBeam(new String[] {"90", "91", null}), 2), "90 then 91: the angle changes");
        assertTrue(angleVaries(encodedBeam(new String[] {"90", "91", null}), 0), "the same from every item");
        assertFalse(angleVaries(encodedBeam(new String[] {"90", null, null}), 2), "given once: no change to see");
        assertFalse(angleVaries(encodedBeam(new String[] {"90", "90.0", "9.0E1", null}), 3),
                "numbers compare numerically");
        assertFalse(angleVaries(encodedBeam(new String[] {"-0", "0", "0.0"}), 1), "-0 is 0");
        assertFalse(angleVaries(encodedBeam(new String[] {"90", "", ""}), 1), "empty values are left out");
        assertFalse(angleVaries(encodedBeam(new String[] {null, null}), 1), "no values at all");
        assertFalse(angleVaries(encodedBeam(new String[] {"90", "abc"}), 1), "a malformed number is no value");
        assertTrue(new DatasetConditions(encodedBeam(new String[] {"90", "91"})).varies(0,
                path(Tags.ControlPointSequence, Tags.GantryAngle), any(2)), "the path may start at the beam");
    }

    @Test
    void variesComparesMultipleValuesAsAWholeOrAtTheIndex() {
        Dataset beam = encodedBeam(new String[] {"0", "0"}, new String[] {"MLCX=-5\\5\\-5\\5"},
                new String[] {"MLCX=-5.0\\5\\-5\\5"});
        Dataset second = beam.getSequence(Tags.ControlPointSequence).get(1);
        int[] leaves = path(Tags.ControlPointSequence, Tags.BeamLimitingDevicePositionSequence, Tags.LeafJawPositions);
        assertFalse(new DatasetConditions(second).varies(1, leaves, any(3)), "the same four positions");
        second.getSequence(Tags.BeamLimitingDevicePositionSequence).get(0).setString(Tags.LeafJawPositions, VR.DS,
                "-5", "6", "-5", "5");
        assertTrue(new DatasetConditions(second).varies(1, leaves, any(3)), "one leaf moved");
        assertFalse(new DatasetConditions(second).varies(1, leaves, new int[] {ANY, ANY, 0}), "value 1 stayed");
        assertTrue(new DatasetConditions(second).varies(1, leaves, new int[] {ANY, ANY, 1}), "value 2 moved");
    }

    @Test
    void variesWithAKeyComparesOnlyItemsWithTheSameKey() {
        // Jaws and leaves at the first control point, the unchanged leaves alone at the second (C.8.8.14.5 beams).
        Dataset beam = encodedBeam(new String[] {"0", null}, new String[] {"ASYMX=-50\\50", "MLCX=-5\\5"},
                new String[] {"MLCX=-5\\5"});
        Dataset second = beam.getSequence(Tags.ControlPointSequence).get(1);
        int[] leaves = path(Tags.ControlPointSequence, Tags.BeamLimitingDevicePositionSequence, Tags.LeafJawPositions);
        int[] type = path(Tags.RTBeamLimitingDeviceType);
        assertTrue(new DatasetConditions(second).varies(1, leaves, any(3)), "without a key, jaws differ from leaves");
        assertFalse(new DatasetConditions(second).varies(1, leaves, any(3), 0, type, any(1)), "per device: static");
        second.getSequence(Tags.BeamLimitingDevicePositionSequence).get(0).setString(Tags.LeafJawPositions, VR.DS,
                "-4", "5");
        assertTrue(new DatasetConditions(second).varies(1, leaves, any(3), 0, type, any(1)), "the leaves moved");
        // Items without a key compare with each other only.
        second.getSequence(Tags.BeamLimitingDevicePositionSequence).get(0).remove(Tags.RTBeamLimitingDeviceType);
        assertFalse(new DatasetConditions(second).varies(1, leaves, any(3), 0, type, any(1)));
        // The key path starts at the item that holds the value: parent. is its control point, whose jaws and leaves
        // then share a key.
        assertTrue(new DatasetConditions(second).varies(1, leaves, any(3), 1, path(Tags.ControlPointIndex), any(1)));
    }

    @Test
    void aSharedMemoAnswersVariesOncePerBeamAndANewMemoSeesAChange() {
        Dataset beam = encodedBeam(new String[] {"90", "90", "90"});
        Sequence points = beam.getSequence(Tags.ControlPointSequence);
        // The same arrays from every item, as generated code passes its path constants: the memo knows them by identity.
        int[] angle = path(Tags.ControlPointSequence, Tags.GantryAngle);
        int[] anyPoint = any(2);
        ConditionMemo run = new ConditionMemo();
        assertFalse(new DatasetConditions(points.get(0), run).varies(1, angle, anyPoint), "static");
        points.get(2).setString(Tags.GantryAngle, VR.DS, "91");
        // Within one run the data does not change, so the answer computed from control point 0 stands for the beam:
        // this shows it is reused (the beam is not read again), which is why a run must never outlive a change.
        assertFalse(new DatasetConditions(points.get(1), run).varies(1, angle, anyPoint), "the run's answer");
        assertTrue(new DatasetConditions(points.get(1), run).varies(1, angle, any(2)),
                "other arrays, even equal ones, are another call: computed again");
        assertTrue(new DatasetConditions(points.get(1), new ConditionMemo()).varies(1, angle, any(2)),
                "a new run reads the changed beam");
        assertTrue(new DatasetConditions(points.get(1)).varies(1, angle, any(2)), "as does a context of its own");
        // Another beam, another answer: the memo knows beams by identity, not by equal content.
        Dataset other = encodedBeam(new String[] {"90", "90", "91"});
        assertTrue(new DatasetConditions(other.getSequence(Tags.ControlPointSequence).get(0), run).varies(1, angle,
                anyPoint));
    }
}

package dev.iodine.processor.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import org.junit.jupiter.api.Test;

/** The condition language from text to Java: precedence, scopes, indices, constants (docs/conditions.md). */
class ConditionCompilerTest {

    private static final ConditionEnvironment DICTIONARY = new ConditionEnvironment() {
        @Override
        public VR vrOf(String keyword) {
            int tag = ElementDictionary.tagOf(keyword);
            return tag == -1 ? null : ElementDictionary.vrOf(tag);
        }

        @Override
        public int tagOf(String keyword) {
            return ElementDictionary.tagOf(keyword);
        }

        @Override
        public boolean moduleExists(String name) {
            return name.equals("ContrastBolus");
        }

        @Override
        public String predicateProblem(String name) {
            return null;
        }
    };

    private static String compile(String text) throws ConditionSyntaxException {
        Condition c = ConditionParser.parse(text);
        assertEquals(java.util.List.of(), ConditionChecker.check(c, DICTIONARY));
        return ConditionCompiler.compile(c, DICTIONARY, m -> "0x00180010", p -> "x.Y." + p, new PathConstants(""));
    }

    @Test
    void andBindsTighterThanXorTighterThanOr() throws ConditionSyntaxException {
        assertEquals("(c.present(0, PATH_00180010, INDEX_ANY) || (c.present(0, PATH_00181040,"
                + " INDEX_ANY) && !c.present(0, PATH_00200013, INDEX_ANY)))",
                compile("present(ContrastBolusAgent) or present(ContrastBolusRoute) and absent(InstanceNumber)"));
        assertEquals("((true ^ false) || true)", compile("true xor false or true"));
        assertEquals("!(true && false)", compile("not (true and false)"));
    }

    @Test
    void scopesIndicesAndConstants() throws ConditionSyntaxException {
        assertEquals("c.equalsString(dev.iodine.bind.ConditionContext.ROOT, PATH_00080008, INDEX_2,"
                + " \"LOCALIZER\")", compile("root.ImageType[2] == \"LOCALIZER\""));
        assertEquals("!c.equalsString(2, PATH_300A00C4, INDEX_ANY, \"STATIC\", \"DYNAMIC\")",
                compile("not parent.parent.BeamType in (\"STATIC\", \"DYNAMIC\")"));
        assertEquals("c.compare(0, PATH_00280002, INDEX_ANY,"
                + " dev.iodine.bind.ConditionContext.Order.GT, 1.0)", compile("SamplesPerPixel > 1"));
        assertEquals("c.equalsNumber(0, PATH_00280008, INDEX_ANY, 1.0)",
                compile("NumberOfFrames == \"1\""));
        assertEquals("!c.equalsTag(0, PATH_00209165, INDEX_ANY, 0x00209111)",
                compile("DimensionIndexPointer != tag(FrameContentSequence)"));
        assertEquals("(c.count(dev.iodine.bind.ConditionContext.ABOVE, PATH_52009230_00089124,"
                + " INDEX_0_ANY) >= 1)", compile("count(above.PerFrameFunctionalGroupsSequence[0].DerivationImageSequence) >= 1"));
        assertEquals("(c.firstItem() || !c.lastItem())", compile("firstItem() or not lastItem()"));
        assertEquals("c.equalsString(dev.iodine.bind.ConditionContext.ANYWHERE, PATH_00081150,"
                + " INDEX_ANY, \"2.16.840.1.113883.1.7.2\")",
                compile("anywhere.ReferencedSOPClassUID == \"2.16.840.1.113883.1.7.2\""));
        assertEquals("c.privateTag(0, PATH_00720052, INDEX_1)", compile("privateTag(SelectorSequencePointer[1])"));
        assertEquals("!c.sequenceTag(0, PATH_00720026, INDEX_ANY)",
                compile("not sequenceTag(SelectorAttribute)"));
        assertEquals("!c.extendedCharacters()", compile("not extendedCharacters()"));
        assertEquals("(!c.lastItem() || c.equalsString(1, PATH_300A0093, INDEX_ANY, \"NO\"))",
                compile("not lastItem() or parent.DepthValueAveragingFlag == \"NO\""));
        assertEquals("c.sameValue(0, PATH_300A0134, INDEX_ANY, 2, PATH_300A0111_300A0134,"
                + " INDEX_ANY_ANY)",
                compile("CumulativeMetersetWeight == parent.parent.ControlPointSequence.CumulativeMetersetWeight"));
        assertEquals("!c.sameValue(0, PATH_00200052, INDEX_ANY, dev.iodine.bind.ConditionContext.ROOT,"
                + " PATH_00200052, INDEX_ANY)", compile("FrameOfReferenceUID != root.FrameOfReferenceUID"));
        assertEquals("(c.modulePresent(0x00180010) && x.Y.contrastUsed(c) && false)",
                compile("module(ContrastBolus) and predicate(contrastUsed) and unchecked(\"why\")"));
    }

    @Test
    void referencedCompilesToALambdaOverTheReferencedItem() throws ConditionSyntaxException {
        assertEquals("c.referenced(0, PATH_300A0607, INDEX_ANY, dev.iodine.bind.ConditionContext.ABOVE,"
                + " PATH_300800A1_30100039, INDEX_ANY_ANY, c1 -> c1.equalsString(0,"
                + " PATH_3010002E_00080100, INDEX_ANY_ANY, \"130332\"))",
                compile("referenced(ReferencedDeviceIndex, above.EnhancedRTBeamLimitingDeviceSequence.DeviceIndex,"
                        + " DeviceTypeCodeSequence.CodeValue == \"130332\")"));
        // Nested joins get their own variable; the enclosing condition goes on after the call.
        assertEquals("(c.referenced(0, PATH_300A0607, INDEX_ANY, 2, PATH_300800A1_30100039,"
                + " INDEX_ANY_ANY, c1 -> (c1.referenced(0, PATH_30100039, INDEX_ANY, 1,"
                + " PATH_300800A1_30100039, INDEX_ANY_ANY, c2 -> c2.present(0, PATH_300A0647,"
                + " INDEX_ANY)) && !c1.lastItem())) && c.firstItem())",
                compile("referenced(ReferencedDeviceIndex, parent.parent.EnhancedRTBeamLimitingDeviceSequence.DeviceIndex,"
                        + " referenced(DeviceIndex, parent.EnhancedRTBeamLimitingDeviceSequence.DeviceIndex,"
                        + " present(ParallelRTBeamDelimiterDeviceSequence)) and not lastItem()) and firstItem()"));
    }

    @Test
    void variesCompilesToACallWithTheOptionalKey() throws ConditionSyntaxException {
        assertEquals("(c.equalsNumber(0, PATH_300A0112, INDEX_ANY, 0.0) || c.varies(1,"
                + " PATH_300A0111_300A011E, INDEX_ANY_ANY))",
                compile("ControlPointIndex == 0 or varies(parent.ControlPointSequence.GantryAngle)"));
        assertEquals("c.varies(1, PATH_300A0111_300A011A_300A011C, INDEX_ANY_ANY_2, 0,"
                + " PATH_300A00B8, INDEX_ANY)",
                compile("varies(parent.ControlPointSequence.BeamLimitingDevicePositionSequence.LeafJawPositions[2],"
                        + " RTBeamLimitingDeviceType)"));
    }

    @Test
    void malformedReferencedSaysWhatIsMissing() {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse(
                "referenced(ReferencedDeviceIndex, above.EnhancedRTBeamLimitingDeviceSequence.DeviceIndex)"));
        assertEquals(89, e.column());
        assertEquals("',' and the condition on the referenced item after the key of referenced(...)", e.expected());
        e = assertThrows(ConditionSyntaxException.class,
                () -> ConditionParser.parse("referenced(ReferencedDeviceIndex present(X))"));
        assertEquals(34, e.column());
        assertEquals("',' and the key (Sequence.Keyword) after the value of referenced(...)", e.expected());
        e = assertThrows(ConditionSyntaxException.class,
                () -> ConditionParser.parse("referenced(ReferencedDeviceIndex, above.S.DeviceIndex, present(X)"));
        assertEquals(66, e.column());
        assertEquals("')'", e.expected());
    }

    @Test
    void syntaxErrorsNameTheColumnAndWhatWasExpected() {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                () -> ConditionParser.parse("ImageType[x] == \"A\""));
        assertEquals(11, e.column());
        assertEquals("an index (0, 1, ...) or '*'", e.expected());
        e = assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("present(X) and"));
        assertEquals(15, e.column());
        e = assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("\"open"));
        assertEquals(1, e.column());
        e = assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("Rows > 1 Columns"));
        assertEquals(10, e.column());
        assertEquals("'and', 'or', 'xor' or the end of the condition", e.expected());
    }
}

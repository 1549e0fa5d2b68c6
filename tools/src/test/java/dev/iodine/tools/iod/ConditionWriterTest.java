package dev.iodine.tools.iod;

import dev.iodine.tools.StandardFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes condition trees in the language of docs/conditions.md, refusing what the processor would refuse. */
class ConditionWriterTest {

    private static ConditionWriter writer;

    @BeforeAll
    static void load() {
        writer = new ConditionWriter(DataElements.load(new StandardSources(StandardFolder.require())));
    }

    private static Condition.Ref ref(Condition.Scope scope, List<String> through, boolean first, String keyword) {
        return new Condition.Ref(scope, through, first, keyword);
    }

    @Test
    void constantsFollowTheVr() {
        // CS: a string; US: a number; AT: a hexadecimal tag; IS: a number when it reads as one.
        assertEquals("PhotometricInterpretation == \"MONOCHROME2\"", writer.write(new Condition.Compare(
                Condition.Ref.here("PhotometricInterpretation"), -1, "=", "MONOCHROME2")));
        assertEquals("SamplesPerPixel > 1", writer.write(new Condition.Compare(
                Condition.Ref.here("SamplesPerPixel"), -1, ">", "1")));
        assertEquals("FrameIncrementPointer == 0x00540010", writer.write(new Condition.Compare(
                Condition.Ref.here("FrameIncrementPointer"), -1, "=", "(0054,0010)")));
        assertEquals("NumberOfFrames == 1", writer.write(new Condition.Compare(
                Condition.Ref.here("NumberOfFrames"), -1, "=", "1")));
    }

    @Test
    void scopesPathsAndValueIndices() {
        assertEquals("present(root.SharedFunctionalGroupsSequence[0].DerivationImageSequence)",
                writer.write(new Condition.Present(ref(Condition.Scope.ROOT, List.of("SharedFunctionalGroupsSequence"),
                        true, "DerivationImageSequence"))));
        assertEquals("above.ImageType[2] == \"LOCALIZER\"", writer.write(new Condition.Compare(
                ref(Condition.Scope.PARENT, List.of(), false, "ImageType"), 2, "=", "LOCALIZER")));
        assertEquals("absent(PixelPaddingValue) or not (present(BitsStored) and hasValue(PixelSpacing[1]))",
                writer.write(new Condition.Or(List.of(
                new Condition.Not(new Condition.Present(Condition.Ref.here("PixelPaddingValue"))),
                new Condition.Not(new Condition.And(List.of(new Condition.Present(Condition.Ref.here("BitsStored")),
                        new Condition.HasValue(Condition.Ref.here("PixelSpacing"), 1))))))));
    }

    @Test
    void itemCountsNeedASequenceExceptHasItemsOnAValue() {
        assertEquals("count(BeamSequence) == 2",
                writer.write(new Condition.ItemCount(Condition.Ref.here("BeamSequence"), "=", 2)));
        // dciodvfy's "...HasItems" on an element that is not a sequence asks for a value.
        assertEquals("hasValue(root.SegmentSequence.ReferencedSOPInstanceUID)",
                writer.write(new Condition.ItemCount(ref(Condition.Scope.ROOT, List.of("SegmentSequence"), false,
                        "ReferencedSOPInstanceUID"), ">", 0)));
        ConditionWriter.Inexpressible e = assertThrows(ConditionWriter.Inexpressible.class, () -> writer.write(
                new Condition.ItemCount(Condition.Ref.here("Modality"), "=", 1)));
        assertEquals("count needs Modality to be SQ, but it is CS", e.getMessage());
    }

    @Test
    void whatTheProcessorWouldRefuseIsReportedWithTheReason() {
        assertEquals("compares the value of PixelData, whose VR OB has no comparable value",
                assertThrows(ConditionWriter.Inexpressible.class, () -> writer.write(new Condition.Compare(
                        Condition.Ref.here("PixelData"), -1, "=", "x"))).getMessage());
        assertEquals("compares Rows (US) with the non-number 'ABC'",
                assertThrows(ConditionWriter.Inexpressible.class, () -> writer.write(new Condition.Compare(
                        Condition.Ref.here("Rows"), -1, "=", "ABC"))).getMessage());
        assertEquals("a path step needs Modality to be SQ, but it is CS",
                assertThrows(ConditionWriter.Inexpressible.class, () -> writer.write(new Condition.Present(
                        ref(Condition.Scope.HERE, List.of("Modality"), false, "Rows")))).getMessage());
    }
}

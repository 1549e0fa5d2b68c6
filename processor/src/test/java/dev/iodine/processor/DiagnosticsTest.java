package dev.iodine.processor;

import static dev.iodine.processor.ProcessorTesting.assertOnly;
import static dev.iodine.processor.ProcessorTesting.compile;
import static dev.iodine.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import dev.iodine.processor.diagnostic.ProcessorError;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * Every diagnostic of the {@link ProcessorError} catalogue, each for a minimal wrong input: its kind, its message and
 * its line (source line numbers: the prelude takes lines 1-3, a test's first line is line 4).
 */
class DiagnosticsTest {

    /** A SOP Common module for IOD tests. */
    private static final JavaFileObject SOP_COMMON = source("SopCommonModule",
            "@DicomModule(name = \"SOP Common\", section = \"C.12.1\")",
            "public interface SopCommonModule {",
            "  @Attribute(keyword = \"SOPClassUID\", type = Type.T1) String getSOPClassUID();",
            "  @Attribute(keyword = \"SOPInstanceUID\", type = Type.T1) String getSOPInstanceUID();",
            "}");

    /** A one-attribute module {@code M} whose attribute line (line 6) is {@code attribute}. */
    private static Compilation module(String attribute) {
        return compile(source("M",
                "@DicomModule(name = \"M\")",
                "public interface M {",
                attribute,
                "}"));
    }

    private static void assertError(Compilation c, ProcessorError error, long line, Object... args) {
        assertOnly(c, error.kind(), error.format(args), line);
    }

    @Test
    void correctDefinitionsProduceNoDiagnosticAtAll() {
        Compilation c = compile(SOP_COMMON,
                source("CodeMacro",
                        "@Macro(name = \"Code\")",
                        "public interface CodeMacro {",
                        "  @Attribute(keyword = \"CodeValue\", type = Type.T1C, condition = \"absent(LongCodeValue)\") String getCodeValue();",
                        "  @Attribute(keyword = \"CodeMeaning\", type = Type.T1) String getCodeMeaning();",
                        "}"),
                source("ImageModule",
                        "@DicomModule(name = \"Image\", section = \"C.7.6.1\")",
                        "public interface ImageModule {",
                        "  @Attribute(keyword = \"ImageType\", type = Type.T1, enumerated = {\"ORIGINAL\", \"DERIVED\"}) String[] getImageType();",
                        "  @Attribute(tag = 0x00280030, keyword = \"PixelSpacing\", type = Type.T1) double[] getPixelSpacing();",
                        "  @Attribute(keyword = \"InstanceNumber\", type = Type.T2) Integer getInstanceNumber();",
                        "  @Attribute(keyword = \"LUTData\", type = Type.T3) byte[] getLUTData();",
                        "  @Attribute(keyword = \"PlanarConfiguration\", type = Type.T1C, condition = \"SamplesPerPixel > 1\") Integer getPlanarConfiguration();",
                        "  @Attribute(keyword = \"ReferencedImageSequence\", type = Type.T3) List<ReferencedImage> getReferencedImageSequence();",
                        "  @Item @Include(value = CodeMacro.class, condition = \"present(parent.ImageType)\")",
                        "  interface ReferencedImage {",
                        "    @Attribute(keyword = \"ReferencedSOPClassUID\", type = Type.T1) String getReferencedSOPClassUID();",
                        "    @Attribute(keyword = \"ReferencedFrameNumber\", type = Type.T1C, condition = \"root.ImageType[2] == \\\"X\\\" or count(root.ReferencedImageSequence) > 1\") int[] getReferencedFrameNumber();",
                        "    @Attribute(keyword = \"ReferencedSOPInstanceUID\", type = Type.T1C, condition = \"firstItem() or varies(parent.ReferencedImageSequence.ReferencedFrameNumber) or varies(parent.ReferencedImageSequence.ReferencedFrameNumber[0], ReferencedSOPClassUID)\") String getReferencedSOPInstanceUID();",
                        "    @Attribute(keyword = \"ReferencedSegmentNumber\", type = Type.T1C, condition = \"referenced(ReferencedSOPClassUID, parent.ReferencedImageSequence.ReferencedSOPClassUID, referenced(ReferencedSOPClassUID, above.ReferencedImageSequence.ReferencedSOPClassUID, present(ReferencedFrameNumber)) and root.ImageType[0] == \\\"ORIGINAL\\\")\") int[] getReferencedSegmentNumber();",
                        "  }",
                        "}"),
                source("ImageIod",
                        "@Iod(name = \"Image\", sopClassUids = \"1.2.3\", modules = {",
                        "  @UseModule(value = ImageModule.class, usage = Usage.C, condition = \"module(Image) and predicate(always)\"),",
                        "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                        "public interface ImageIod {",
                        "  static boolean always(dev.iodine.bind.ConditionContext c) { return true; }",
                        "}"));
        assertEquals(List.of(), c.diagnostics());
    }

    /** Errors of one attribute of a one-attribute module (its line is line 6). */
    static Stream<Arguments> attributeErrors() {
        return Stream.of(
                arguments("unknownKeyword", "@Attribute(keyword = \"PatientNme\", type = Type.T2) String getPatientName();",
                        ProcessorError.UNKNOWN_KEYWORD, new Object[] {"PatientNme"}),
                arguments("unknownTag", "@Attribute(tag = 0x00100019, type = Type.T2) String getX();",
                        ProcessorError.UNKNOWN_TAG, new Object[] {"(0010,0019)"}),
                arguments("keywordAndTagDisagree", "@Attribute(tag = 0x00100020, keyword = \"PatientName\", type = Type.T2) String getPatientName();",
                        ProcessorError.KEYWORD_TAG_MISMATCH, new Object[] {"PatientName", "(0010,0010)", "(0010,0020)"}),
                arguments("neitherTagNorKeyword", "@Attribute(type = Type.T2) String getX();",
                        ProcessorError.MISSING_TAG_OR_KEYWORD, new Object[] {"getX"}),
                arguments("unknownVr", "@Attribute(keyword = \"PatientName\", vr = \"XX\", type = Type.T2) String getPatientName();",
                        ProcessorError.UNKNOWN_VR, new Object[] {"XX"}),
                arguments("vrContradictsDictionary", "@Attribute(keyword = \"BitsAllocated\", vr = \"SS\", type = Type.T1) Integer getBitsAllocated();",
                        ProcessorError.VR_CONTRADICTS_DICTIONARY, new Object[] {"SS", "US", "BitsAllocated"}),
                arguments("malformedVm", "@Attribute(keyword = \"ImageType\", vm = \"two\", type = Type.T1) String[] getImageType();",
                        ProcessorError.BAD_VM, new Object[] {"two"}),
                arguments("vmContradictsDictionary", "@Attribute(keyword = \"PixelSpacing\", vm = \"3\", type = Type.T1) double[] getPixelSpacing();",
                        ProcessorError.VM_CONTRADICTS_DICTIONARY, new Object[] {"3", "2", "PixelSpacing"}),
                arguments("javaTypeCannotHoldMultipleValues", "@Attribute(keyword = \"PixelSpacing\", type = Type.T1) Double getPixelSpacing();",
                        ProcessorError.JAVA_TYPE_CANNOT_HOLD, new Object[] {"java.lang.Double", "PixelSpacing (0028,0030)", "DS", "2",
                "double[], java.lang.String[]"}),
                arguments("javaTypeCannotHoldSequence", "@Attribute(keyword = \"ReferencedImageSequence\", type = Type.T3) String getReferencedImageSequence();",
                        ProcessorError.SEQUENCE_ITEM_NOT_AN_ITEM, new Object[] {"ReferencedImageSequence (0008,1140)", "java.lang.String"}),
                arguments("primitiveType", "@Attribute(keyword = \"BitsAllocated\", type = Type.T1) int getBitsAllocated();",
                        ProcessorError.PRIMITIVE_TYPE, new Object[] {"int", "BitsAllocated (0028,0100)", "java.lang.Integer"}),
                arguments("conditionalTypeWithoutCondition", "@Attribute(keyword = \"PatientID\", type = Type.T1C) String getPatientID();",
                        ProcessorError.CONDITION_MISSING, new Object[] {"1C", "PatientID (0010,0020)"}),
                arguments("conditionOnUnconditionalType", "@Attribute(keyword = \"PatientID\", type = Type.T1, condition = \"true\") String getPatientID();",
                        ProcessorError.CONDITION_NOT_ALLOWED, new Object[] {"1", "PatientID (0010,0020)"}),
                arguments("attributeOnAMethodWithParameters", "@Attribute(keyword = \"PatientID\", type = Type.T2) String getPatientID(int i);",
                        ProcessorError.ATTRIBUTE_NOT_ACCESSOR, new Object[] {"getPatientID"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributeErrors")
    void attributeError(String description, String attribute, ProcessorError error, Object[] args) {
        assertError(module(attribute), error, 6, args);
    }

    static Stream<Arguments> enumErrors() {
        String pi = "  @Attribute(keyword = \"PhotometricInterpretation\", type = Type.T1, enumerated = {%s}) Pi getPhotometricInterpretation();";
        String label = "PhotometricInterpretation (0028,0004)";
        return Stream.of(
                arguments("an enumerated value without a constant",
                        List.of(String.format(pi, "\"RGB\", \"MONOCHROME2\""), "  enum Pi { RGB }"),
                        ProcessorError.ENUM_LACKS_VALUES, 6, new Object[] {"Pi", "MONOCHROME2", label}),
                arguments("a value that only a constant's name spells, without @DicomValue",
                        List.of(String.format(pi, "\"RGB\", \"PALETTE COLOR\""), "  enum Pi { RGB, PALETTE_COLOR }"),
                        ProcessorError.ENUM_LACKS_VALUES, 6, new Object[] {"Pi", "PALETTE COLOR", label}),
                arguments("two constants for one value",
                        List.of(String.format(pi, "\"PALETTE COLOR\""),
                                "  enum Pi { @DicomValue(\"PALETTE COLOR\") PALETTE_COLOR,",
                                "    @DicomValue(\"PALETTE COLOR\") PALETTE }"),
                        ProcessorError.ENUM_DUPLICATE_VALUE, 8,
                        new Object[] {"Pi", "PALETTE_COLOR", "PALETTE", "PALETTE COLOR"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumErrors")
    void enumError(String description, List<String> lines, ProcessorError error, long line, Object[] args) {
        List<String> all = new java.util.ArrayList<>(List.of("@DicomModule(name = \"M\")", "public interface M {"));
        all.addAll(lines);
        all.add("}");
        assertError(compile(source("M", all.toArray(String[]::new))), error, line, args);
    }

    @Test
    void privateAttributeWithoutVr() {
        Compilation c = compile(source("P",
                "@DicomModule(name = \"P\", privateCreator = \"ACME 1.0\")",
                "public interface P {",
                "  @Attribute(tag = 0x00291010, type = Type.T3) String getAcmeThing();",
                "}"));
        assertError(c, ProcessorError.PRIVATE_NEEDS_VR, 6, "acmeThing", "ACME 1.0");
    }

    @Test
    void attributeDefinedTwiceInAModule() {
        Compilation c = compile(source("M",
                "@DicomModule(name = \"M\")",
                "public interface M {",
                "  @Attribute(keyword = \"PatientID\", type = Type.T2) String getPatientID();",
                "  @Attribute(keyword = \"PatientID\", type = Type.T1) String getPatientId();",
                "}"));
        assertError(c, ProcessorError.DUPLICATE_ATTRIBUTE, 7, "PatientID (0010,0020)", "M", "M.getPatientID");
    }

    @Test
    void attributeDefinedTwiceThroughAMacro() {
        Compilation c = compile(source("M",
                "@DicomModule(name = \"M\")",
                "@Include(M.X.class)",
                "public interface M {",
                "  @Attribute(keyword = \"PatientID\", type = Type.T2) String getPatientID();",
                "  @Macro(name = \"X\") interface X {",
                "    @Attribute(keyword = \"PatientID\", type = Type.T2) String getPatientID();",
                "  }",
                "}"));
        assertError(c, ProcessorError.DUPLICATE_ATTRIBUTE, 5, "PatientID (0010,0020)", "M", "M.getPatientID");
    }

    @Test
    void includeOfSomethingThatIsNotAMacro() {
        Compilation c = compile(source("M",
                "@DicomModule(name = \"M\")",
                "@Include(String.class)",
                "public interface M {",
                "}"));
        assertError(c, ProcessorError.INCLUDE_NOT_A_MACRO, 5, "String", "M");
    }

    private static Compilation conditioned(String condition) {
        return module("@Attribute(keyword = \"PatientID\", type = Type.T2C, condition = \"" + condition
                + "\") String getPatientID();");
    }

    @Test
    void conditionSyntaxErrorNamesTheColumn() {
        assertError(conditioned("present(PatientName) and (SamplesPerPixel > 1"),
                ProcessorError.CONDITION_SYNTAX, 6, 46, "')'", "the end of the condition");
        assertError(conditioned("SamplesPerPixel = 1"), ProcessorError.CONDITION_SYNTAX, 6, 17, "'==' or '!='", "'='");
    }

    @Test
    void conditionNamesUnknownAttribute() {
        assertError(conditioned("present(ContrastBolusAgnt)"),
                ProcessorError.CONDITION_UNKNOWN_ATTRIBUTE, 6, 9, "ContrastBolusAgnt");
    }

    @Test
    void conditionGoesThroughSomethingThatIsNotASequence() {
        assertError(conditioned("present(PatientName.PatientID)"),
                ProcessorError.CONDITION_NOT_A_SEQUENCE, 6, 9, "PatientName", "PN", "be followed by '.'");
        assertError(conditioned("count(PatientName) > 0"),
                ProcessorError.CONDITION_NOT_A_SEQUENCE, 6, 7, "PatientName", "PN", "be counted");
    }

    @Test
    void conditionComparesWithTheWrongKindOfConstant() {
        assertError(conditioned("SamplesPerPixel == \\\"3\\\""),
                ProcessorError.CONDITION_WRONG_CONSTANT, 6, 20, "SamplesPerPixel", "US", "the string \"3\"", "a number");
        assertError(conditioned("PhotometricInterpretation == 2"), ProcessorError.CONDITION_WRONG_CONSTANT, 6, 30,
                "PhotometricInterpretation", "CS", "the number 2.0", "a string in double quotes");
        assertError(conditioned("PatientName > 1"), ProcessorError.CONDITION_WRONG_CONSTANT, 6, 15,
                "PatientName", "PN", "the number 1.0", "== or != (a VR PN value has no order)");
    }

    @Test
    void conditionComparesSomethingWithoutComparableValues() {
        assertError(conditioned("PixelData == 1"), ProcessorError.CONDITION_NOT_COMPARABLE, 6, 1, "PixelData", "OB");
    }

    @Test
    void comparedAttributesMustHoldTheSameKindOfValue() {
        assertError(conditioned("Rows == root.PatientName"), ProcessorError.CONDITION_PATHS_NOT_COMPARABLE, 6, 1,
                "Rows", "US", "PatientName", "PN");
    }

    @Test
    void referencedNeedsAKeyInASequenceItemComparableWithTheValue() {
        assertError(conditioned("referenced(Rows, DeviceIndex, true)"), ProcessorError.CONDITION_KEY_NOT_IN_ITEM, 6,
                18, "DeviceIndex", "DeviceIndex");
        assertError(conditioned("referenced(PatientName, above.EnhancedRTBeamLimitingDeviceSequence.DeviceIndex, true)"),
                ProcessorError.CONDITION_PATHS_NOT_COMPARABLE, 6, 12, "PatientName", "PN", "DeviceIndex", "US");
        assertError(conditioned("referenced(Rows, above.EnhancedRTBeamLimitingDeviceSequence.DeviceIndex, Rows == \\\"1\\\")"),
                ProcessorError.CONDITION_WRONG_CONSTANT, 6, 82, "Rows", "US", "the string \"1\"", "a number");
    }

    @Test
    void variesNeedsASequenceAndValuesThatCompare() {
        assertError(conditioned("varies(GantryAngle)"), ProcessorError.CONDITION_VARIES_WITHOUT_SEQUENCE, 6, 8,
                "GantryAngle", "GantryAngle");
        assertError(conditioned("varies(parent.ControlPointSequence.BeamLimitingDevicePositionSequence)"),
                ProcessorError.CONDITION_NOT_COMPARABLE, 6, 36, "BeamLimitingDevicePositionSequence", "SQ");
        assertError(conditioned("varies(parent.ControlPointSequence.GantryAngl)"),
                ProcessorError.CONDITION_UNKNOWN_ATTRIBUTE, 6, 36, "GantryAngl");
        assertError(conditioned("varies(parent.ControlPointSequence.GantryAngle, WedgePositionSequence)"),
                ProcessorError.CONDITION_NOT_COMPARABLE, 6, 49, "WedgePositionSequence", "SQ");
        assertError(conditioned("varies(parent.ControlPointSequence.GantryAngle RTBeamLimitingDeviceType)"),
                ProcessorError.CONDITION_SYNTAX, 6, 48, "',' and the key, or ')', after the path of varies(...)", "'RTBeamLimitingDeviceType'");
    }

    @Test
    void privateTagNeedsAnAtAttribute() {
        assertError(conditioned("privateTag(SelectorAttributeVR)"), ProcessorError.CONDITION_NOT_A_TAG, 6, 12,
                "privateTag", "SelectorAttributeVR", "CS");
    }

    @Test
    void sequenceTagNeedsAnAtAttribute() {
        assertError(conditioned("sequenceTag(Rows)"), ProcessorError.CONDITION_NOT_A_TAG, 6, 13, "sequenceTag", "Rows",
                "US");
    }

    @Test
    void conditionNamesUnknownModuleOrPredicate() {
        assertError(conditioned("module(Contrast)"),
                ProcessorError.CONDITION_UNKNOWN_MODULE, 6, 8, "Contrast", "Contrast", "Contrast");
        assertError(conditioned("predicate(usesContrast)"), ProcessorError.CONDITION_UNKNOWN_PREDICATE, 6, 11,
                "usesContrast", "t.M declares no such method", "usesContrast");
    }

    @Test
    void retiredAttributeNotMarkedRetiredIsAWarning() {
        assertOnly(module("@Attribute(keyword = \"ImageFormat\", type = Type.T3) String getImageFormat();"),
                Diagnostic.Kind.WARNING, ProcessorError.RETIRED_NOT_MARKED.format("ImageFormat (0028,0040)"), 6);
        assertEquals(0, module("@Attribute(keyword = \"ImageFormat\", type = Type.T3, retired = true) String getImageFormat();")
                .diagnostics().size());
    }

    @Test
    void definitionOnAClass() {
        Compilation c = compile(source("M",
                "@DicomModule(name = \"M\")",
                "public abstract class M {",
                "}"));
        assertError(c, ProcessorError.NOT_AN_INTERFACE, 4, "DicomModule", "M");
    }

    private static Compilation iod(String... lines) {
        return compile(SOP_COMMON, source("A",
                "@DicomModule(name = \"A\")",
                "public interface A {",
                "  @Attribute(keyword = \"InstanceNumber\", type = Type.T2) Integer getInstanceNumber();",
                "}"), source("B",
                "@DicomModule(name = \"B\")",
                "public interface B {",
                "  @Attribute(keyword = \"InstanceNumber\", type = Type.T3) String getInstanceNumber();",
                "}"), source("XIod", lines));
    }

    @Test
    void iodWithoutSopCommon() {
        assertError(iod("@Iod(name = \"X\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.M)})",
                "public interface XIod { }"), ProcessorError.IOD_WITHOUT_SOP_COMMON, 4, "XIod");
    }

    @Test
    void iodDeclaredWithoutSopCommonIsAccepted() {
        Compilation c = iod("@Iod(name = \"X\", sopClassUids = \"1.2.3\", withoutSopCommon = \"PS3.3 F.3\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.M)})",
                "public interface XIod { }");
        assertEquals(List.of(), c.diagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList());
    }

    @Test
    void iodDeclaredWithoutSopCommonThatHasIt() {
        assertError(iod("@Iod(name = \"X\", sopClassUids = \"1.2.3\", withoutSopCommon = \"PS3.3 F.3\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.M),",
                "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                "public interface XIod { }"), ProcessorError.SOP_COMMON_DECLARED_ABSENT, 6, "XIod", "SopCommonModule",
                "SOPClassUID (0008,0016)");
    }

    @Test
    void iodDeclaredWithoutSopCommonNeedsItsSopClass() {
        assertError(iod("@Iod(name = \"X\", withoutSopCommon = \"PS3.3 F.3\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.M)})",
                "public interface XIod { }"), ProcessorError.WITHOUT_SOP_COMMON_NEEDS_SOP_CLASS, 4, "XIod");
    }

    @Test
    void moduleUsedTwice() {
        assertError(iod("@Iod(name = \"X\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.M),",
                "  @UseModule(value = SopCommonModule.class, usage = Usage.M),",
                "  @UseModule(value = A.class, usage = Usage.U)})",
                "public interface XIod { }"), ProcessorError.MODULE_USED_TWICE, 7, "A", "XIod");
    }

    @Test
    void sharedAttributeWithIncompatibleJavaType() {
        assertError(iod("@Iod(name = \"X\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.M),",
                "  @UseModule(value = B.class, usage = Usage.M),",
                "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                "public interface XIod { }"), ProcessorError.INCOMPATIBLE_SHARED_ATTRIBUTE, 6,
                "InstanceNumber (0020,0013)", "A", "B", "XIod", "Java type", "java.lang.Integer", "java.lang.String");
    }

    @Test
    void sharedAttributeWithIncompatibleVrOrItemInterface() {
        JavaFileObject c = source("C",
                "@DicomModule(name = \"C\")",
                "public interface C {",
                "  @Attribute(keyword = \"LUTData\", type = Type.T3) byte[] getLUTData();",
                "  @Attribute(keyword = \"ReferencedImageSequence\", type = Type.T3) List<Ref> getReferencedImageSequence();",
                "  @Item interface Ref { @Attribute(keyword = \"ReferencedSOPClassUID\", type = Type.T1) String getReferencedSOPClassUID(); }",
                "}");
        JavaFileObject d = source("D",
                "@DicomModule(name = \"D\")",
                "public interface D {",
                "  @Attribute(keyword = \"LUTData\", type = Type.T3) int[] getLUTData();",
                "  @Attribute(keyword = \"ReferencedImageSequence\", type = Type.T3) List<Ref> getReferencedImageSequence();",
                "  @Item interface Ref { @Attribute(keyword = \"ReferencedSOPClassUID\", type = Type.T1) String getReferencedSOPClassUID(); }",
                "}");
        Compilation compilation = compile(SOP_COMMON, c, d, source("XIod",
                "@Iod(name = \"X\", modules = {",
                "  @UseModule(value = C.class, usage = Usage.M),",
                "  @UseModule(value = D.class, usage = Usage.M),",
                "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                "public interface XIod { }"));
        List<String> messages = compilation.errors().stream().map(e -> e.getMessage(java.util.Locale.ROOT)).toList();
        assertEquals(List.of(
                ProcessorError.INCOMPATIBLE_SHARED_ATTRIBUTE.format("LUTData (0028,3006)", "C", "D", "XIod", "VR",
                        "OW", "US"),
                ProcessorError.INCOMPATIBLE_SHARED_ATTRIBUTE.format("ReferencedImageSequence (0008,1140)", "C", "D",
                        "XIod", "item interface", "java.util.List<t.C.Ref>", "java.util.List<t.D.Ref>")), messages);
        assertEquals(List.of(6L, 6L), compilation.errors().stream().map(e -> e.getLineNumber()).toList());
    }

    @Test
    void usageConditions() {
        assertError(iod("@Iod(name = \"X\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.C),",
                "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                "public interface XIod { }"), ProcessorError.USAGE_C_WITHOUT_CONDITION, 5, "A", "XIod");
        assertError(iod("@Iod(name = \"X\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.U, condition = \"present(PatientID)\"),",
                "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                "public interface XIod { }"), ProcessorError.USAGE_CONDITION_NOT_ALLOWED, 5, "A", "U", "XIod");
        assertError(iod("@Iod(name = \"X\", modules = {",
                "  @UseModule(value = A.class, usage = Usage.C, condition = \"present(PatientID\"),",
                "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                "public interface XIod { }"), ProcessorError.CONDITION_SYNTAX, 5, 18, "')'", "the end of the condition");
    }

    @Test
    void useOfSomethingThatIsNotAModule() {
        assertError(iod("@Iod(name = \"X\", modules = {",
                "  @UseModule(value = String.class, usage = Usage.M),",
                "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                "public interface XIod { }"), ProcessorError.USE_NOT_A_MODULE, 5, "String", "XIod");
    }

    @Test
    void iodNameWithoutSuffix() {
        Compilation c = compile(SOP_COMMON, source("X",
                "@Iod(name = \"X\", modules = @UseModule(value = SopCommonModule.class, usage = Usage.M))",
                "public interface X { }"));
        assertError(c, ProcessorError.IOD_NAME, 5, "X");
    }
}

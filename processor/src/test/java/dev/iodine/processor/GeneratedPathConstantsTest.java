package dev.iodine.processor;

import static dev.iodine.processor.ProcessorTesting.compile;
import static dev.iodine.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The path arrays of generated conditions are constants, one per distinct array and compilation unit, so that an
 * evaluation allocates none: private fields of a generated class, or, for a module's interface, package-private fields
 * of a class beside it in the same file (an interface's fields would be public).
 */
class GeneratedPathConstantsTest {

    @Test
    void aPathRepeatedInAModuleIsOneConstantBesideTheInterface() throws IOException, ReflectiveOperationException {
        String source = generated(SampleClasses.get().compilation(), "sample.BeamsModuleData");
        // BeamType is tested in the beam item (BeamType == "DYNAMIC") and from its control points (parent.BeamType).
        assertEquals(1, count(source, "static final int[] PATH_300A00C4 = { 0x300A00C4 };"), source);
        assertEquals(1, count(source, "static final int[] INDEX_ANY = { -1 };"), source);
        assertEquals(1, count(source, "import static sample.BeamsModuleDataPaths.*;"), source);
        assertEquals(1, count(source, "c.equalsString(0, PATH_300A00C4, INDEX_ANY, \"DYNAMIC\")"), source);
        assertEquals(1, count(source, "c.equalsString(1, PATH_300A00C4, INDEX_ANY, \"STATIC\", \"DYNAMIC\")"),
                source);
        assertFalse(source.contains("new int[]"), source);

        Class<?> holder = SampleClasses.get().loadClass("sample.BeamsModuleDataPaths");
        assertFalse(Modifier.isPublic(holder.getModifiers()), "not API");
        Field beamType = holder.getDeclaredField("PATH_300A00C4");
        assertEquals(Modifier.STATIC | Modifier.FINAL, beamType.getModifiers());
        beamType.setAccessible(true);
        assertEquals(List.of(0x300A00C4), List.of(((int[]) beamType.get(null))[0]));
    }

    @Test
    void aPathRepeatedInAClassIsOnePrivateConstantOfIt() throws IOException {
        Compilation c = compile(
                source("SopCommonModule",
                        "@DicomModule(name = \"SOP Common\", section = \"C.12.1\")",
                        "public interface SopCommonModule {",
                        "  @Attribute(keyword = \"SOPClassUID\", type = Type.T1) String getSOPClassUID();",
                        "  @Attribute(keyword = \"SOPInstanceUID\", type = Type.T1) String getSOPInstanceUID();",
                        "}"),
                source("ImageModule",
                        "@DicomModule(name = \"Image\")",
                        "public interface ImageModule {",
                        "  @Attribute(keyword = \"ImageType\", type = Type.T1) String[] getImageType();",
                        "  @Attribute(keyword = \"ReferencedImageSequence\", type = Type.T3) List<Ref> getReferencedImageSequence();",
                        "}"),
                source("Ref",
                        "@Item",
                        "public interface Ref {",
                        "  @Attribute(keyword = \"ReferencedSOPClassUID\", type = Type.T1) String getReferencedSOPClassUID();",
                        "  @Attribute(keyword = \"ReferencedFrameNumber\", type = Type.T1C,",
                        "      condition = \"root.ImageType[0] == \\\"DERIVED\\\" and present(root.ImageType)\")",
                        "  int[] getReferencedFrameNumber();",
                        "}"),
                source("ImageIod",
                        "@Iod(name = \"Image\", sopClassUids = \"1.2.3\", modules = {",
                        "  @UseModule(value = ImageModule.class, usage = Usage.C,",
                        "      condition = \"present(ImageType) or ImageType[0] == \\\"ORIGINAL\\\"\"),",
                        "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                        "public interface ImageIod { }"));
        assertEquals(List.of(), c.diagnostics());

        String item = generated(c, "t.RefData");
        assertEquals(1, count(item, "// ImageType\n    private static final int[] PATH_00080008 = { 0x00080008 };"), item);
        assertEquals("ROOT, PATH_00080008, INDEX_0, | ROOT, PATH_00080008, INDEX_ANY)",
                String.join(" | ", uses(item, "ROOT, PATH_00080008, INDEX_[0-9A-Z]+[,)]")), item);
        String iod = generated(c, "t.Image");
        assertEquals(1, count(iod, "private static final int[] PATH_00080008 = { 0x00080008 };"), iod);
        assertEquals(1, count(iod, "private static final int[] INDEX_0 = { 0 };"), iod);
        assertEquals("c.present(0, PATH_00080008, INDEX_ANY) | c.equalsString(0, PATH_00080008, INDEX_0,",
                String.join(" | ", uses(iod, "c\\.[a-zA-Z]+\\(0, PATH_00080008, INDEX_[0-9A-Z]+[,)]")), iod);
        assertFalse(iod.contains("new int[]"), iod);
        assertFalse(item.contains("new int[]"), item);
        assertFalse(generated(c, "t.ImageModuleData").contains("ImageModuleDataPaths"),
                "no holder for a module without conditions");
    }

    @Test
    void valueListsAreConstantsNamedAfterTheirAttribute() throws IOException {
        Compilation c = compile(source("BeamsModule", """
                @DicomModule(name = "Beams")
                public interface BeamsModule {
                  @Attribute(keyword = "BeamType", type = Type.T1, enumerated = {"STATIC", "DYNAMIC"})
                  String getBeamType();
                  @Attribute(keyword = "BeamSequence", type = Type.T1) List<Beam> getBeamSequence();
                  @Item
                  interface Beam {
                    @Attribute(keyword = "BeamType", type = Type.T1, enumerated = "STATIC") String getBeamType();
                    @Attribute(keyword = "RadiationType", type = Type.T2, definedTerms = {"PHOTON", "ELECTRON"})
                    String getRadiationType();
                    @Attribute(keyword = "PrimaryDosimeterUnit", type = Type.T3, definedTerms = {"MU", "MINUTE"})
                    String getPrimaryDosimeterUnit();
                  }
                }
                """));
        assertEquals(List.of(), c.diagnostics());
        String module = generated(c, "t.BeamsModuleData");
        // The module's BeamType list and the item's other one: one constant each, the second numbered.
        assertEquals(1, count(module,
                "// BeamType\n    static final String[] ENUMERATED_300A00C4 = { \"STATIC\", \"DYNAMIC\" };"), module);
        assertEquals(1, count(module, "static final String[] ENUMERATED_300A00C4_2 = { \"STATIC\" };"), module);
        assertEquals(1, count(module, "static final String[] TERMS_300A00C6 = "), module);
        assertEquals(1, count(module, "static final String[] TERMS_300A00B3 = "), module);
        assertEquals("true, ENUMERATED_300A00C4) | true, ENUMERATED_300A00C4_2) | false, TERMS_300A00C6)"
                + " | false, TERMS_300A00B3)", String.join(" | ", uses(module, "(true|false), [A-Z]+_[0-9A-F_]+\\)")), module);
        assertFalse(module.contains("\"STATIC\")"), "no literal list in a call: " + module);
    }

    private static String generated(Compilation c, String type) throws IOException {
        return c.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    }

    private static int count(String source, String text) {
        return source.split(Pattern.quote(text), -1).length - 1;
    }

    private static List<String> uses(String source, String regex) {
        Matcher m = Pattern.compile(regex).matcher(source);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void inTheUnnamedPackageTheHolderIsNamedAtEachUse() throws IOException {
        // No static import from the unnamed package: each reference names the class beside the interface.
        Compilation c = compile(JavaFileObjects.forSourceString("PlanModule", """
                import dev.iodine.annotations.*;
                @DicomModule(name = "Plan")
                public interface PlanModule {
                  @Attribute(keyword = "RTPlanGeometry", type = Type.T1) String getRTPlanGeometry();
                  @Attribute(keyword = "FrameOfReferenceUID", type = Type.T1C,
                      condition = "RTPlanGeometry == \\"PATIENT\\" or not present(RTPlanGeometry)")
                  String getFrameOfReferenceUID();
                }
                """));
        assertEquals(List.of(), c.diagnostics());
        String source = generated(c, "PlanModuleData");
        assertEquals("c.equalsString(0, PlanModuleDataPaths.PATH_300A000C, PlanModuleDataPaths.INDEX_ANY,"
                + " | c.present(0, PlanModuleDataPaths.PATH_300A000C, PlanModuleDataPaths.INDEX_ANY)",
                String.join(" | ", uses(source, "c\\.[a-zA-Z]+\\(0, PlanModuleDataPaths.PATH_300A000C,"
                        + " PlanModuleDataPaths.INDEX_ANY[,)]")), source);
        assertFalse(source.contains("import static"), source);
    }
}

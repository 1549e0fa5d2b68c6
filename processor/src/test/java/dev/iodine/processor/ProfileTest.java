package dev.iodine.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.iodine.bind.Binder;
import dev.iodine.bind.IodObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's profile compiled against already compiled definitions (as a user compiles against iod-models): a module
 * that makes the sample CT's Type 2 KVP Type 1, used beside the standard modules. The processor reads the compiled
 * definitions from the class path, and the profile's class requires KVP with a value.
 */
class ProfileTest {

    @Test
    void profileTightensAnAttributeOfCompiledModules(@TempDir Path classes) throws IOException {
        Binder<Object> binder = compile(classes, "acme.AcmeCtBinder",
                module("AcmeProfileModule", "ACME CT profile",
                        "@Attribute(keyword = \"KVP\", type = Type.T1) Double getKVP();"),
                iod("AcmeCtIod", "ACME CT", "1.2.840.10008.5.1.4.1.1.2",
                        "PatientModule M", "ImageModule M", "AcmeProfileModule M", "SopCommonModule M"));
        Dataset ds = sampleCt();
        ds.setEmpty(Tags.KVP, VR.DS);   // enough for the standard (Type 2), not for the profile (Type 1)
        List<Violation> found = ((IodObject) binder.bind(ds)).checkConstraints();
        assertEquals(1, found.size(), found::toString);
        assertEquals(Violation.Kind.EMPTY, found.get(0).kind());
        assertEquals(Tags.KVP, found.get(0).tag());
        assertEquals("ACME CT profile", found.get(0).module());
    }

    /**
     * PS3.3 specialization: a later module of the IOD redefines an attribute (KVP Type 3 instead of the Image
     * module's Type 2, as SC Equipment does with General Series' Modality) and its definition applies; SOP Common
     * specializes nothing.
     */
    @Test
    void laterModuleSpecializesSharedAttributes(@TempDir Path classes) throws IOException {
        Binder<Object> binder = compile(classes, "acme.AcmeScBinder",
                module("AcmeEquipmentModule", "ACME equipment",
                        "@Attribute(keyword = \"KVP\", type = Type.T3) Double getKVP();"),
                iod("AcmeScIod", "ACME SC", "1.2.840.10008.5.1.4.1.1.7",
                        "PatientModule M", "ImageModule M", "AcmeEquipmentModule M", "SopCommonModule M"));
        Dataset ds = sampleCt();
        ds.remove(Tags.KVP);   // Type 2 in the Image module, Type 3 in the later ACME equipment module
        assertEquals(List.of(), ((IodObject) binder.bind(ds)).checkConstraints(), "the specialized Type 3 applies");
        ds.remove(Tags.InstanceNumber);
        assertEquals(List.of("MISSING InstanceNumber Image"), missing(binder, ds),
                "SOP Common's Type 3 copy, though later, does not specialize the Image module's Type 2");
    }

    /**
     * A U module that shares Rows and Columns with the Image module (as Floating Point Image Pixel does with Image
     * Pixel) is present only through its own attribute, and then, being later, checks the shared ones.
     */
    @Test
    void sharedAttributesDoNotMakeAModulePresent(@TempDir Path classes) throws IOException {
        Binder<Object> binder = compile(classes, "acme.AcmeFloatCtBinder",
                module("AcmeFloatPixelModule", "ACME float pixel",
                        "@Attribute(keyword = \"Rows\", type = Type.T1) Integer getRows();",
                        "@Attribute(keyword = \"Columns\", type = Type.T1) Integer getColumns();",
                        "@Attribute(keyword = \"FloatPixelData\", type = Type.T1) byte[] getFloatPixelData();"),
                iod("AcmeFloatCtIod", "ACME float CT", "1.2.840.10008.5.1.4.1.1.2",
                        "PatientModule M", "ImageModule M", "AcmeFloatPixelModule U", "SopCommonModule M"));
        Dataset ds = sampleCt();
        assertEquals(List.of(), ((IodObject) binder.bind(ds)).checkConstraints(), "Rows and Columns are the Image's");
        ds.remove(Tags.Rows);
        assertEquals(List.of("MISSING Rows Image"), missing(binder, ds), "without float pixels, Image checks Rows");
        ds.setBytes(Tags.FloatPixelData, VR.OF, new byte[16]);
        assertEquals(List.of("MISSING Rows ACME float pixel"), missing(binder, ds),
                "the present float module specializes Rows: one violation, from it");
    }

    private static List<String> missing(Binder<Object> binder, Dataset ds) {
        return ((IodObject) binder.bind(ds)).checkConstraints().stream()
                .map(v -> v.kind() + " " + ElementDictionary.keywordOf(v.tag()) + " " + v.module()).toList();
    }

    /** A dataset that the sample CT IOD accepts (KVP present, empty). */
    private static Dataset sampleCt() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.setString(Tags.SOPInstanceUID, VR.UI, "2.25.77");
        for (int tag : new int[] {Tags.PatientName, Tags.PatientID, Tags.PatientBirthDate, Tags.PatientSex,
                Tags.InstanceNumber, Tags.KVP}) {
            ds.setEmpty(tag, ElementDictionary.vrOf(tag));
        }
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setInt(Tags.Rows, VR.US, 2);
        ds.setInt(Tags.Columns, VR.US, 2);
        ds.setDouble(Tags.PixelSpacing, VR.DS, 0.5, 0.5);
        ds.setDouble(Tags.RescaleSlope, VR.DS, 1.0);
        return ds;
    }

    /** An IOD over the samples' and the given modules: {@code uses} are "SimpleName USAGE" ("PatientModule M"). */
    private static JavaFileObject iod(String simpleName, String name, String sopClassUid, String... uses) {
        String modules = java.util.Arrays.stream(uses).map(u -> u.split(" "))
                .map(u -> "@UseModule(value = " + u[0] + ".class, usage = Usage." + u[1] + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        return JavaFileObjects.forSourceLines("acme." + simpleName, "package acme;", "import dev.iodine.annotations.*;",
                "import sample.*;", "@Iod(name = \"" + name + "\", sopClassUids = \"" + sopClassUid
                        + "\", modules = {" + modules + "})", "public interface " + simpleName + " { }");
    }

    /** A module: {@code attributes} are annotated getters. */
    private static JavaFileObject module(String simpleName, String name, String... attributes) {
        return JavaFileObjects.forSourceLines("acme." + simpleName, "package acme;", "import dev.iodine.annotations.*;",
                "@DicomModule(name = \"" + name + "\")", "public interface " + simpleName + " {",
                String.join("\n", attributes), "}");
    }

    /**
     * Compiles user definitions with the processor against the compiled samples (written to {@code classes}, as a
     * user compiles against iod-models), asserts that it reports nothing, and returns the binder of the given name.
     */
    private static Binder<Object> compile(Path classes, String binderName, JavaFileObject... sources)
            throws IOException {
        SampleClasses.get().writeTo(classes);
        List<File> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        classpath.add(classes.toFile());
        Compilation c = javac().withProcessors(new IodineProcessor()).withClasspath(classpath).compile(sources);
        assertEquals(List.of(), c.diagnostics());
        return new SampleClasses(c, SampleClasses.get()).binderNamed(binderName);
    }
}

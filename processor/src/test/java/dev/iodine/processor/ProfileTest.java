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
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        SampleClasses.get().writeTo(classes);
        List<File> classpath = new ArrayList<>(List.of(classes.toFile()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        Compilation c = javac().withProcessors(new IodineProcessor()).withClasspath(classpath).compile(
                JavaFileObjects.forSourceLines("acme.AcmeProfileModule",
                        "package acme;",
                        "import dev.iodine.annotations.*;",
                        "@DicomModule(name = \"ACME CT profile\")",
                        "public interface AcmeProfileModule {",
                        "  @Attribute(keyword = \"KVP\", type = Type.T1) Double getKVP();",
                        "}"),
                JavaFileObjects.forSourceLines("acme.AcmeCtIod",
                        "package acme;",
                        "import dev.iodine.annotations.*;",
                        "import sample.*;",
                        "@Iod(name = \"ACME CT\", sopClassUids = \"1.2.840.10008.5.1.4.1.1.2\", modules = {",
                        "  @UseModule(value = PatientModule.class, usage = Usage.M),",
                        "  @UseModule(value = ImageModule.class, usage = Usage.M),",
                        "  @UseModule(value = AcmeProfileModule.class, usage = Usage.M),",
                        "  @UseModule(value = SopCommonModule.class, usage = Usage.M)})",
                        "public interface AcmeCtIod { }"));
        assertEquals(List.of(), c.diagnostics());

        try (URLClassLoader compiled = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ProfileTest.class.getClassLoader())) {
            Binder<Object> binder = new SampleClasses(c, compiled).binderNamed("acme.AcmeCtBinder");
            Dataset ds = new Dataset();
            ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
            ds.setString(Tags.SOPInstanceUID, VR.UI, "2.25.77");
            for (int tag : new int[] {Tags.PatientName, Tags.PatientID, Tags.PatientBirthDate, Tags.PatientSex,
                    Tags.InstanceNumber}) {
                ds.setEmpty(tag, ElementDictionary.vrOf(tag));
            }
            ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
            ds.setInt(Tags.Rows, VR.US, 2);
            ds.setInt(Tags.Columns, VR.US, 2);
            ds.setDouble(Tags.PixelSpacing, VR.DS, 0.5, 0.5);
            ds.setDouble(Tags.RescaleSlope, VR.DS, 1.0);
            ds.setEmpty(Tags.KVP, VR.DS);   // enough for the standard (Type 2), not for the profile (Type 1)
            List<Violation> found = ((IodObject) binder.bind(ds)).checkConstraints();
            assertEquals(1, found.size(), found::toString);
            assertEquals(Violation.Kind.EMPTY, found.get(0).kind());
            assertEquals(Tags.KVP, found.get(0).tag());
            assertEquals("ACME CT profile", found.get(0).module());
        }
    }
}

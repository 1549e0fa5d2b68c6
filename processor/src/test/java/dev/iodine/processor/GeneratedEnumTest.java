package dev.iodine.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.IodObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accessors generated for an enum attribute of the sample {@code SampleCt} (src/test/resources/sample:
 * Photometric Interpretation as the enum {@code Photometric}, whose {@code PALETTE_COLOR} stands for "PALETTE
 * COLOR"): values map both ways through {@code @DicomValue}, and a value the enum lacks stays readable, writable
 * and reported by validation.
 */
class GeneratedEnumTest {

    private final SampleClasses classes = SampleClasses.get();

    private Object constant(String name) throws ClassNotFoundException {
        for (Object c : classes.loadClass("sample.Photometric").getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no constant " + name);
    }

    private Object ct(Dataset ds) {
        return classes.binder("SampleCtBinder").bind(ds);
    }

    private static Object call(Object target, String method, Object... argument) throws ReflectiveOperationException {
        for (java.lang.reflect.Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == argument.length) {
                return m.invoke(target, argument);
            }
        }
        throw new AssertionError("no method " + method);
    }

    @Test
    void aValueWithASpaceRoundTripsThroughItsConstant() throws ReflectiveOperationException {
        Dataset ds = new Dataset();
        Object ct = ct(ds);
        call(ct, "setPhotometricInterpretation", constant("PALETTE_COLOR"));
        assertEquals("PALETTE COLOR", ds.getString(Tags.PhotometricInterpretation));
        assertEquals(VR.CS, ds.getVR(Tags.PhotometricInterpretation));
        assertEquals(constant("PALETTE_COLOR"), call(ct, "getPhotometricInterpretation"));
        assertEquals("PALETTE COLOR", call(ct, "getPhotometricInterpretationString"));

        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");   // name and value alike
        assertEquals(constant("MONOCHROME2"), call(ct, "getPhotometricInterpretation"));
        call(ct, "setPhotometricInterpretation", constant("MONOCHROME1"));
        assertEquals("MONOCHROME1", ds.getString(Tags.PhotometricInterpretation));
    }

    @Test
    void aValueTheEnumLacksIsNullAsConstantButReadableAsTextAndReported() throws ReflectiveOperationException {
        Dataset ds = new Dataset();
        Object ct = ct(ds);
        call(ct, "setPhotometricInterpretationString", "RGB");
        assertEquals("RGB", ds.getString(Tags.PhotometricInterpretation));
        assertNull(call(ct, "getPhotometricInterpretation"));
        assertEquals("RGB", call(ct, "getPhotometricInterpretationString"));
        List<Violation> found = ((IodObject) ct).checkConstraints().stream()
                .filter(v -> v.tag() == Tags.PhotometricInterpretation).toList();
        assertEquals(1, found.size(), found::toString);
        assertEquals(Violation.Kind.ENUMERATED_VALUE, found.get(0).kind());
    }

    @Test
    void nullWritesTheElementEmptyAndTheGettersReadNull() throws ReflectiveOperationException {
        Dataset ds = new Dataset();
        Object ct = ct(ds);
        call(ct, "setPhotometricInterpretation", (Object) null);
        assertTrue(ds.contains(Tags.PhotometricInterpretation));
        assertFalse(ds.hasValue(Tags.PhotometricInterpretation));
        assertNull(call(ct, "getPhotometricInterpretation"));
        assertNull(call(ct, "getPhotometricInterpretationString"));
        assertTrue((Boolean) call(ct, "containsPhotometricInterpretation"));
    }
}

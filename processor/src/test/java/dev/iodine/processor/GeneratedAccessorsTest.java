package dev.iodine.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Accessors of the sample {@code SampleCt} (src/test/resources/sample) on the cases the typed copy of the corpus
 * (iod-models' IodTypedCopyTest) found wrong: each test writes through the typed API and reads the dataset.
 */
class GeneratedAccessorsTest {

    private final Object ct = SampleClasses.get().binder("SampleCtBinder").bind(new Dataset());

    private Object call(String method, Object... arguments) throws ReflectiveOperationException {
        for (Method m : ct.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == arguments.length) {
                return m.invoke(ct, arguments);
            }
        }
        throw new AssertionError("no method " + method);
    }

    private Dataset dataset() throws ReflectiveOperationException {
        return (Dataset) call("dataset");
    }

    @Test
    void aKeywordInLowerCaseNamesItsAccessorsWithACapital() throws ReflectiveOperationException {
        // dBdt (0018,1318): the accessors were setGetdBdt, containsGetdBdt...
        call("setDBdt", 2.5);
        assertEquals(2.5, dataset().getDouble(0x00181318));
        assertEquals(2.5, call("getdBdt"));
        assertTrue((Boolean) call("containsDBdt"));
    }

    @Test
    void aNegativeValueOfAUsOrSsAttributeIsWrittenAsSs() throws ReflectiveOperationException {
        // Pixel Padding Value (0028,0120) is "US or SS": -2000 written as US read back as 63536.
        call("setPixelPaddingValue", -2000);
        assertEquals(VR.SS, dataset().getVR(0x00280120));
        assertEquals(-2000, call("getPixelPaddingValue"));
        call("setPixelPaddingValue", 2000);
        assertEquals(VR.US, dataset().getVR(0x00280120));
        assertEquals(2000, call("getPixelPaddingValue"));
    }
}

package dev.iodine.tools.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaTypesTest {

    @Test
    void multiValuedVmGivesAnArrayForVrsThatSplitOnBackslash() {
        assertEquals("String[]", JavaTypes.of("CS", "1-n"));
        assertEquals("double[]", JavaTypes.of("DS", "2"));
        assertEquals("int[]", JavaTypes.of("US or SS", "1-n"));
    }

    @Test
    void textAndUriVrsStayOneStringWhateverTheVm() {
        // (0010,0047) Sex Parameters for Clinical Use Category Reference is UR, VM 1-n in the dictionary.
        assertEquals("String", JavaTypes.of("UR", "1-n"));
        assertEquals("String", JavaTypes.of("UT", "1-n"));
        assertEquals("String", JavaTypes.of("LT", "1"));
    }
}

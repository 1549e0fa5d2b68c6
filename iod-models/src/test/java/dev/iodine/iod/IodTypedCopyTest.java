package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.DicomObject;
import dev.iodine.bind.IodObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.data.VR;
import dev.iodine.dict.ElementDictionary;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file that binds to a generated IOD class, copied into a fresh instance of that class through its
 * typed API only (each present value from its getter into its setter, {@code setXEmpty()} for a present empty
 * one, enums through their constant or, when the enum lacks the value, their {@code ...String} twin, sequences
 * item by item through {@code addXItem()}), then compared with the source value for value, for every tag the class
 * maps, into every item. Unlike writing the bound view back (IodCorpusTest), this fails when a getter or setter
 * loses or changes a value. Reflection only enumerates the accessor pairs; the generated code has none.
 * Skipped loudly when the corpus is absent.
 */
class IodTypedCopyTest {

    private static final String ENCAPSULATED = "encapsulated pixel data has no byte[] value";
    private static final String OVERLONG_DS = "DS text over 16 bytes, rounded to fit";
    private static final String INVALID_VALUE = "invalid value: the getter throws";

    /**
     * Values the typed API cannot carry, by reason, with how many the corpus has: each is a known limit, counted
     * here so that a new one (or a fixed one) fails the test.
     */
    private static final Map<String, Integer> KNOWN_LIMITS = Map.of(
            // Compressed pixel data is a Fragments value; the byte[] accessor reads null (dataset().getFragments).
            ENCAPSULATED, 145,
            // Numeric Value (0040,A30A) of dwv's SR files, 17 to 19 characters; the setter writes valid DS.
            OVERLONG_DS, 32,
            // "NaN" as DT (cine-test.dcm, 28) and a TM with 8 fraction digits: invalid, so DicomDateTime and
            // DicomTime refuse them with a clear exception; dataset().getString(tag) still reads the text.
            INVALID_VALUE, 29);

    /** What one copy found: the attributes copied, the differences, the known limits met. */
    private static final class Report {
        int files;
        int attributes;
        final List<String> differences = new ArrayList<>();
        final Map<String, Integer> limits = new TreeMap<>();
        final Map<String, String> limitExamples = new TreeMap<>();

        void limit(String reason, String where) {
            limits.merge(reason, 1, Integer::sum);
            limitExamples.putIfAbsent(reason, where);
        }
    }

    @Test
    void everyBoundFileCopiesIntoAFreshObjectThroughTheTypedApiValueForValue() throws IOException {
        Report report = new Report();
        for (BoundCorpusFiles.Bound b : BoundCorpusFiles.all()) {
            IodObject source = b.object();
            IodObject fresh = (IodObject) newInstance(source.getClass());
            copy(b.entry() + " " + source.getClass().getSimpleName() + " ", source, fresh, report);
            report.files++;
        }
        System.out.println("IodTypedCopyTest: " + report.files + " files, " + report.attributes
                + " attributes copied, " + report.differences.size() + " differences, known limits " + report.limits
                + " e.g. " + report.limitExamples);
        assertTrue(report.differences.isEmpty(), report.differences.size() + " values differ after a typed copy:\n"
                + String.join("\n", report.differences.subList(0, Math.min(200, report.differences.size()))));
        assertEquals(KNOWN_LIMITS, report.limits, "known limits changed; e.g. " + report.limitExamples);
        assertTrue(report.files > 400 && report.attributes > 20_000, report.files + " files, " + report.attributes);
    }

    /** Copies every attribute {@code source}'s class maps into {@code fresh}, then compares them tag by tag. */
    private static void copy(String where, DicomObject source, DicomObject fresh, Report report) {
        Class<?> c = source.getClass();
        for (String x : properties(c)) {
            // The accessors capitalize the keyword; a few keywords start in lower case (dBdt).
            String keyword = ElementDictionary.tagOf(x) != -1 ? x : Character.toLowerCase(x.charAt(0)) + x.substring(1);
            int tag = ElementDictionary.tagOf(keyword);
            String here = where + Tag.toString(tag);
            assertTrue(tag != -1, here + ": " + x + " is no dictionary keyword");
            if (!(Boolean) call(source, "contains" + x)) {
                continue;
            }
            report.attributes++;
            Method add = method(c, "add" + x + "Item");
            if (add != null) {
                List<?> items = (List<?>) call(source, "get" + x);
                if (items.isEmpty()) {
                    call(fresh, "set" + x + "Empty");
                }
                for (int k = 0; k < items.size(); k++) {
                    copy(here + "[" + k + "]", (DicomObject) items.get(k), (DicomObject) call(fresh, add), report);
                }
                compareItemCount(here, source.dataset(), fresh.dataset(), tag, report);
                continue;
            }
            if (source.dataset().getFragments(tag) != null) {
                report.limit(ENCAPSULATED, here);
                continue;
            }
            Method getter = method(c, "get" + keyword);
            Object value;
            try {
                value = getter.invoke(source);
            } catch (InvocationTargetException ex) {
                if (!(ex.getCause() instanceof IllegalArgumentException)) {
                    throw new AssertionError(here + " " + x, ex.getCause());
                }
                report.limit(INVALID_VALUE, here + " " + ex.getCause().getMessage());
                continue;
            } catch (IllegalAccessException ex) {
                throw new AssertionError(here, ex);
            }
            Method setter = method(c, "set" + x, getter.getReturnType());
            if (value == null && method(c, "get" + x + "String") != null) {
                // An enum attribute whose value the enum lacks: its text.
                value = call(source, "get" + x + "String");
                setter = method(c, "set" + x + "String", String.class);
            }
            try {
                if (value == null) {
                    call(fresh, "set" + x + "Empty");
                } else {
                    call(fresh, setter, value);
                }
            } catch (AssertionError ex) {
                report.differences.add(here + " " + x + ": " + ex.getMessage());
                continue;
            }
            String difference = difference(source.dataset(), fresh.dataset(), tag);
            if (difference != null && overlongDS(source.dataset(), tag)) {
                report.limit(OVERLONG_DS, here + " " + difference);
            } else if (difference != null) {
                report.differences.add(here + " " + x + ": " + difference);
            }
        }
    }

    /**
     * The attributes of a generated class, by their {@code containsX} accessors; Specific Character Set first,
     * because a setter encodes text in the character set its dataset has when it runs.
     */
    private static List<String> properties(Class<?> c) {
        TreeSet<String> names = new TreeSet<>();
        for (Method m : c.getMethods()) {
            if (m.getName().startsWith("contains") && m.getParameterCount() == 0 && m.getReturnType() == boolean.class) {
                names.add(m.getName().substring("contains".length()));
            }
        }
        List<String> out = new ArrayList<>();
        if (names.remove("SpecificCharacterSet")) {
            out.add("SpecificCharacterSet");
        }
        out.addAll(names);
        return out;
    }

    private static void compareItemCount(String here, Dataset source, Dataset fresh, int tag, Report report) {
        Sequence a = source.getSequence(tag);
        Sequence b = fresh.getSequence(tag);
        int na = a == null ? -1 : a.size();
        int nb = b == null ? -1 : b.size();
        if (na != nb) {
            report.differences.add(here + ": " + na + " items became " + nb);
        }
    }

    /**
     * How the fresh value differs from the source's, or null when they are equal: decoded by the source's VR
     * (DS and IS as numbers, person names by component, padding as PS3.5 6.2 says it is insignificant).
     */
    private static String difference(Dataset source, Dataset fresh, int tag) {
        if (!fresh.contains(tag)) {
            return "missing in the copy";
        }
        VR vr = source.decodingVRAt(source.indexOf(tag));
        Object a = decoded(source, tag, vr);
        Object b = decoded(fresh, tag, vr);
        boolean equal = vr == VR.DS || vr == VR.IS ? numericallyEqual((double[]) a, (double[]) b)
                : Arrays.deepEquals(new Object[] {a}, new Object[] {b});
        return equal ? null
                : text(a) + " became " + text(b) + " (" + vr + " -> " + fresh.getVR(tag) + ")";
    }

    /** DS and IS by value: the setter writes -0 as "0" (docs/annotations.md). */
    private static boolean numericallyEqual(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            if (a[k] != b[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a source DS value is longer than the 16 bytes PS3.5 Table 6.2-1 allows: the setter writes valid DS,
     * rounded to 16 bytes, so such a value cannot come back exactly.
     */
    private static boolean overlongDS(Dataset source, int tag) {
        return source.getVR(tag) == VR.DS && Arrays.stream(source.getStrings(tag)).anyMatch(v -> v.length() > 16);
    }

    private static Object decoded(Dataset ds, int tag, VR vr) {
        return switch (vr) {
            case DS, IS, FL, FD, OF, OD -> ds.getDoubles(tag);
            case US, SS, UL, SL, SV, UV -> ds.getLongs(tag);
            case AT -> ds.getTags(tag);
            case PN -> ds.getPersonNames(tag);
            case OB, OW, OL, OV, UN -> evenLength(ds.getBytes(tag));
            default -> ds.getStrings(tag);
        };
    }

    /**
     * The bytes with an odd length padded as the setter pads them: every value has an even length (PS3.5 7.1.1),
     * which one source file breaks (highdicom/dx_image.dcm, 35659 bytes of Pixel Data).
     */
    private static byte[] evenLength(byte[] b) {
        return b == null || b.length % 2 == 0 ? b : Arrays.copyOf(b, b.length + 1);
    }

    private static String text(Object value) {
        String s = value instanceof Object[] o ? Arrays.toString(o) : value instanceof double[] d ? Arrays.toString(d)
                : value instanceof long[] l ? Arrays.toString(l) : value instanceof int[] i ? Arrays.toString(i)
                : value instanceof byte[] b ? b.length + " bytes" : String.valueOf(value);
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    private static Object newInstance(Class<?> c) {
        try {
            return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(c + " has no public no-argument constructor", ex);
        }
    }

    private static Method method(Class<?> c, String name, Class<?>... parameters) {
        try {
            return c.getMethod(name, parameters);
        } catch (NoSuchMethodException ex) {
            return null;
        }
    }

    private static Object call(Object target, String name) {
        Method m = method(target.getClass(), name);
        if (m == null) {
            throw new AssertionError(target.getClass().getName() + " has no " + name + "()");
        }
        return call(target, m);
    }

    private static Object call(Object target, Method m, Object... arguments) {
        try {
            return m.invoke(target, arguments);
        } catch (InvocationTargetException ex) {
            throw new AssertionError(m.getName() + " threw " + ex.getCause(), ex.getCause());
        } catch (IllegalAccessException ex) {
            throw new AssertionError(m.getName(), ex);
        }
    }
}

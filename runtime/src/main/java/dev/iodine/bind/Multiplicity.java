package dev.iodine.bind;

import dev.iodine.data.Dataset;
import dev.iodine.data.VR;
import dev.iodine.validation.ItemPath;
import dev.iodine.validation.Severity;
import dev.iodine.validation.Violation;
import java.util.List;

/**
 * The value multiplicity check that generated validators call (PS3.5 6.4): an attribute with values must have as
 * many as its VM allows, e.g. {@code 2} for Pixel Spacing, {@code 2-2n} for an even count. Absent and empty
 * attributes are the attribute type's business, not this.
 *
 * <pre>{@code
 * Multiplicity.check(out, ds, ItemPath.ROOT, Tags.PixelSpacing, 2, 2, 1, "2", "1", "Image Plane", "C.7.6.2");
 * }</pre>
 */
public final class Multiplicity {

    private Multiplicity() {
    }

    /**
     * Adds a {@link Violation.Kind#VALUE_MULTIPLICITY} error when the number of values is below {@code min}, above
     * {@code max}, or not {@code min} plus a multiple of {@code step}.
     */
    public static void check(List<Violation> out, Dataset ds, ItemPath path, int tag, int min, int max, int step,
            String vm, String type, String module, String section) {
        VR vr = ds.getVR(tag);
        if (vr == null || !countable(vr) || !ds.hasValue(tag)) {
            return;
        }
        int n = ds.valueCount(tag);
        if (n < min || n > max || (n - min) % step != 0) {
            out.add(new Violation(Severity.ERROR, Violation.Kind.VALUE_MULTIPLICITY, path.toString(), tag, null, module, section,
                    type, n + (n == 1 ? " value" : " values"), "VM " + vm));
        }
    }

    /** Whether the VR's values are counted one by one: not items, a single text or a byte stream. */
    private static boolean countable(VR vr) {
        return switch (vr) {
            case SQ, LT, ST, UT, UR, OB, OD, OF, OL, OV, OW, UN -> false;
            default -> true;
        };
    }
}

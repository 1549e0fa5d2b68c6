package dev.iodine.processor.model;

/**
 * A value multiplicity as PS3.6 writes it ({@code 1}, {@code 1-3}, {@code 1-n}, {@code 2-2n}); {@code max} is
 * {@link Integer#MAX_VALUE} for {@code n}.
 *
 * <pre>{@code
 * Vm vm = Vm.parse("2-2n");   // min 2, max unbounded, step 2
 * }</pre>
 */
public record Vm(int min, int max, int step) {

    /** The VM, or null when the text is not one. */
    public static Vm parse(String text) {
        String t = text.trim();
        try {
            int dash = t.indexOf('-');
            if (dash < 0) {
                int v = Integer.parseInt(t);
                return v > 0 ? new Vm(v, v, 1) : null;
            }
            int min = Integer.parseInt(t.substring(0, dash));
            String upper = t.substring(dash + 1);
            if (upper.endsWith("n")) {
                String factor = upper.substring(0, upper.length() - 1);
                return new Vm(min, Integer.MAX_VALUE, factor.isEmpty() ? 1 : Integer.parseInt(factor));
            }
            int max = Integer.parseInt(upper);
            return min > 0 && max >= min ? new Vm(min, max, 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether every multiplicity this VM allows is also allowed by {@code wider}. */
    public boolean within(Vm wider) {
        return min >= wider.min && max <= wider.max && (wider.step == 1 || step % wider.step == 0);
    }

    /** The VM as PS3.6 writes it: {@code 1}, {@code 1-3}, {@code 2-2n}. */
    public String text() {
        if (min == max) {
            return String.valueOf(min);
        }
        String upper = max == Integer.MAX_VALUE ? (step == 1 ? "" : String.valueOf(step)) + "n" : String.valueOf(max);
        return min + "-" + upper;
    }

    /** Whether more than one value may occur. */
    public boolean multiple() {
        return max > 1;
    }
}

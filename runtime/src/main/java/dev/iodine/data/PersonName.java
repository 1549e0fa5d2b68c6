package dev.iodine.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value of VR PN (PS3.5 6.2.1): up to three component groups (alphabetic, ideographic, phonetic) separated by
 * {@code =}, each of five components (family, given, middle, prefix, suffix) separated by {@code ^}.
 * A parsed name keeps its text, so that {@link #toString()} gives back exactly what was read.
 *
 * <pre>{@code
 * PersonName pn = PersonName.parse("Yamada^Tarou=山田^太郎=やまだ^たろう");
 * pn.get(PersonName.Group.IDEOGRAPHIC, PersonName.Component.FAMILY);   // "山田"
 * PersonName built = PersonName.of("Doe", "Jane").with(PersonName.Group.ALPHABETIC, PersonName.Component.PREFIX, "Dr");
 * built.toString();                                                    // "Doe^Jane^^Dr"
 * }</pre>
 */
public final class PersonName {

    /** The component groups, in the order they appear in the value. */
    public enum Group { ALPHABETIC, IDEOGRAPHIC, PHONETIC }

    /** The components of a group, in the order they appear in it. */
    public enum Component { FAMILY, GIVEN, MIDDLE, PREFIX, SUFFIX }

    private static final int GROUPS = 3;
    private static final int COMPONENTS = 5;

    // [group][component]; a null group is absent (no '=' reached it), a null component is absent too.
    private final String[][] parts;
    private final String text;

    private PersonName(String[][] parts, String text) {
        this.parts = parts;
        this.text = text;
    }

    /** Parses a PN value (one value, no backslash); more than 3 groups or 5 components are kept in the last one. */
    public static PersonName parse(String value) {
        String[][] parts = new String[GROUPS][];
        String[] groups = value.split("=", GROUPS);
        for (int g = 0; g < groups.length; g++) {
            String[] comps = groups[g].split("\\^", COMPONENTS);
            parts[g] = Arrays.copyOf(comps, COMPONENTS);
        }
        return new PersonName(parts, value);
    }

    /** An alphabetic name with a family and a given name. */
    public static PersonName of(String family, String given) {
        return empty().with(Group.ALPHABETIC, Component.FAMILY, family).with(Group.ALPHABETIC, Component.GIVEN, given);
    }

    /** A name with no component. */
    public static PersonName empty() {
        return new PersonName(new String[GROUPS][], null);
    }

    /** A copy with one component replaced ({@code null} removes it). */
    public PersonName with(Group group, Component component, String value) {
        String[][] copy = new String[GROUPS][];
        for (int g = 0; g < GROUPS; g++) {
            copy[g] = parts[g] == null ? null : parts[g].clone();
        }
        if (copy[group.ordinal()] == null) {
            copy[group.ordinal()] = new String[COMPONENTS];
        }
        copy[group.ordinal()][component.ordinal()] = value;
        return new PersonName(copy, null);
    }

    /** One component, or {@code null} when absent. */
    public String get(Group group, Component component) {
        String[] g = parts[group.ordinal()];
        return g == null ? null : g[component.ordinal()];
    }

    /** Whether the value has this component group (it may be present and empty, e.g. {@code Doe^Jane=}). */
    public boolean hasGroup(Group group) {
        return parts[group.ordinal()] != null;
    }

    /** The text of one group with its {@code ^} delimiters (trailing empty components dropped), or {@code null}. */
    public String group(Group group) {
        String[] g = parts[group.ordinal()];
        if (g == null) {
            return null;
        }
        if (text != null) {
            // Keep the group exactly as it was read (including trailing '^').
            String[] groups = text.split("=", GROUPS);
            return groups[group.ordinal()];
        }
        return join(g, '^');
    }

    private static String join(String[] values, char sep) {
        int last = values.length - 1;
        while (last >= 0 && (values[last] == null || values[last].isEmpty())) {
            last--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            if (values[i] != null) {
                sb.append(values[i]);
            }
        }
        return sb.toString();
    }

    /** The PN value text: as read for a parsed name, else composed with trailing empty parts dropped. */
    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        String[] groups = new String[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            groups[g] = parts[g] == null ? null : join(parts[g], '^');
        }
        return join(groups, '=');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName p && toString().equals(p.toString());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(toString());
    }
}

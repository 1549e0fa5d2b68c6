package dev.iodine.tools.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConditionScopesTest {

    /**
     * An image module with Image Type at the top level and an exposure item; an item macro that the exposure item
     * and, in another module, the top level include; a module whose item holds its own Image Type.
     */
    private static final Map<String, TableDef> TABLES = Map.of(
            "Image", table("Image", false, List.of(row("ImageType", null), row("ExposureSequence",
                    List.of(row("KVP", null), new Entry.MacroInclude("Exposure", null))))),
            "Exposure", table("Exposure", true, List.of(row("ExposureTime", null))),
            "Other", table("Other", false, List.of(new Entry.MacroInclude("Exposure", null))),
            "Derived", table("Derived", false, List.of(row("SourceSequence", List.of(row("ImageType", null))))),
            "Support", table("Support", true, List.of(row("Method", null), row("DeviceSequence",
                    List.of(row("DeviceIndex", null))))),
            "Setup", table("Setup", false, List.of(row("SetupSequence", List.of(new Entry.MacroInclude("Support",
                    null))))));

    private final ConditionScopes scopes = new ConditionScopes(TABLES);

    @Test
    void aTopLevelAttributeThatTheItemCannotHoldIsReadAtTheRoot() {
        Set<String> rescoped = new TreeSet<>();
        Condition c = new Condition.Compare(Condition.Ref.here("ImageType"), 2, "=", "PORTAL");
        assertEquals(new Condition.Compare(new Condition.Ref(Condition.Scope.ROOT, List.of(), false, "ImageType"), 2,
                "=", "PORTAL"), scopes.rescope("Image > ExposureSequence", c, rescoped));
        assertEquals(Set.of("root.ImageType"), rescoped);
    }

    @Test
    void anAttributeOfTheItemItselfOrOfItsMacrosStaysTheItems() {
        Set<String> rescoped = new TreeSet<>();
        Condition own = new Condition.Present(Condition.Ref.here("ExposureTime"));
        assertEquals(own, scopes.rescope("Image > ExposureSequence", own, rescoped));
        Condition derived = new Condition.Present(Condition.Ref.here("ImageType"));
        assertEquals(derived, scopes.rescope("Derived > SourceSequence", derived, rescoped));
        assertEquals(Set.of(), rescoped);
    }

    @Test
    void aMacroIsRescopedWhenNoItemItSitsInHoldsTheAttribute() {
        // Exposure sits in the exposure item and at the top level of Other, where root. means the same.
        Set<String> rescoped = new TreeSet<>();
        Condition c = new Condition.Or(List.of(new Condition.Present(Condition.Ref.here("ImageType")),
                new Condition.Present(new Condition.Ref(Condition.Scope.ROOT, List.of(), false, "ImageType"))));
        assertEquals(new Condition.Present(new Condition.Ref(Condition.Scope.ROOT, List.of(), false, "ImageType")),
                scopes.rescope("Exposure", c, rescoped));
        assertEquals(Set.of("root.ImageType"), rescoped);
    }

    @Test
    void anAttributeOfAnEnclosingItemOrMacroLevelIsReadAbove() {
        // Support's Method sits in Setup's item, not at the top level: the device item reads the nearest one.
        Set<String> rescoped = new TreeSet<>();
        Condition c = new Condition.Compare(Condition.Ref.here("Method"), -1, "=", "DEVICE_SPECIFIC");
        assertEquals(new Condition.Compare(new Condition.Ref(Condition.Scope.PARENT, List.of(), false, "Method"), -1,
                "=", "DEVICE_SPECIFIC"), scopes.rescope("Support > DeviceSequence", c, rescoped));
        assertEquals(Set.of("above.Method"), rescoped);
    }

    @Test
    void aTopLevelConditionIsLeftAlone() {
        Set<String> rescoped = new TreeSet<>();
        Condition c = new Condition.Present(Condition.Ref.here("KVP"));
        assertEquals(c, scopes.rescope("Image", c, rescoped));
        assertEquals(Set.of(), rescoped);
    }

    private static TableDef table(String key, boolean macro, List<Entry> entries) {
        return new TableDef(key, macro, key, null, null, null, "test", entries);
    }

    private static Entry.Attribute row(String keyword, List<Entry> items) {
        return new Entry.Attribute(0, keyword, "3", null, false, false, List.of(), items);
    }
}

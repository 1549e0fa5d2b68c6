package dev.iodine.tools.iod;

import java.util.List;

/**
 * The enumerated values or defined terms of an attribute (PS3.3 "Enumerated Values:" / "Defined Terms:"), as the
 * dicom3tools value templates list them.
 *
 * @param enumerated true for enumerated values (no other value allowed), false for defined terms
 * @param valueIndex the 0-based value the list applies to, or -1 for every value
 * @param values     the values, in the order of the source
 */
public record ValueSet(boolean enumerated, int valueIndex, List<String> values) {
}

package dev.iodine.tools.iod;

import java.util.List;

/**
 * A module or macro table of PS3.3.
 *
 * @param key               the dicom3tools name (unique among modules and macros)
 * @param macro             true for a macro, false for a module
 * @param title             the standard's name ("RT Beams", "Code Sequence Macro")
 * @param section           the PS3.3 section ("C.8.8.14"), or null when there is none
 * @param noSection         why PS3.3 has no table of its own for it (resource table-sections.tsv), or null
 * @param informationEntity the IE of a module, or null
 * @param source            where the definition comes from ("module/rt.tpl:567")
 * @param entries           the rows in table order
 */
public record TableDef(String key, boolean macro, String title, String section, String noSection,
                       String informationEntity, String source, List<Entry> entries) {
}

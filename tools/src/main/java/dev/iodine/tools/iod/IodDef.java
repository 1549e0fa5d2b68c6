package dev.iodine.tools.iod;

import java.util.List;

/**
 * A composite IOD: the module table of a PS3.3 Annex A section.
 *
 * @param ciodId       the innolitics/highdicom id ("ct-image")
 * @param title        the standard's name ("CT Image")
 * @param section      the PS3.3 section of the IOD ("A.3"), or null
 * @param sopClassUids the storage SOP classes that use this IOD
 * @param modules      the module table, in the standard's order
 * @param composition  where the composition comes from (dicom3tools IOD name, or "highdicom 2026b")
 * @param missing      modules of the current standard's table that no source defines
 */
public record IodDef(String ciodId, String title, String section, List<String> sopClassUids,
                     List<ModuleUsage> modules, String composition, List<String> missing) {

    /**
     * One row of an IOD's module table.
     *
     * @param module            the dicom3tools module name
     * @param informationEntity the IE ("Patient", "Image")
     * @param usage             M, C or U
     * @param conditionName     the dicom3tools condition of a C module, or null
     * @param conditionText     the standard's condition text of a C module (innolitics), or null
     */
    public record ModuleUsage(String module, String informationEntity, String usage, String conditionName,
                              String conditionText) {
    }
}

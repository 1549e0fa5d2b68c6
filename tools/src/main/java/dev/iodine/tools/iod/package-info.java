/**
 * The IOD importer: reads the machine-readable standard in {@code ../shared/dicom-standard} (dicom3tools module,
 * macro, condition and IOD templates; innolitics and highdicom CIOD tables; the PS3.6 dictionary) and writes the
 * annotated module, macro and IOD definitions of {@code iod-models}, plus the report of which conditions became
 * checks.
 *
 * <p>The pipeline is: {@link dev.iodine.tools.iod.StandardSources} loads the files, {@link
 * dev.iodine.tools.iod.ModelReader} builds the intermediate model ({@link dev.iodine.tools.iod.TableDef}, {@link
 * dev.iodine.tools.iod.IodDef}), {@link dev.iodine.tools.iod.ConditionTranslator} turns dciodvfy's encoded conditions
 * into {@link dev.iodine.tools.iod.Condition} trees, and the emitter writes Java sources with javaparser.
 *
 * <pre>{@code
 * mvn -q -B -pl tools -am compile exec:java -Dexec.mainClass=dev.iodine.tools.iod.IodImporter
 * }</pre>
 */
package dev.iodine.tools.iod;

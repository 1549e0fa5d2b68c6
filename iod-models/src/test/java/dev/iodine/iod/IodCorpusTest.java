package dev.iodine.iod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.IodObject;
import dev.iodine.bind.WriteMode;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.dict.Tags;
import dev.iodine.iod.value.PhotometricInterpretation;
import dev.iodine.io.DicomReader;
import dev.iodine.io.ReadOptions;
import dev.iodine.testdata.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The generated IOD classes on the real files of ../shared/corpus: every file whose SOP class has a generated IOD
 * binds to that class, a view that writes back element for element, unmapped (private) elements included; CT images and RT plans give typed access to nested
 * items. Skipped loudly when the corpus is absent.
 */
class IodCorpusTest {

    @Test
    void everyFileWithAGeneratedIodBindsToAViewThatWritesBackElementForElement() throws IOException {
        TreeMap<String, Integer> boundBySopClass = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int privateElements = 0;
        for (BoundCorpusFiles.Bound b : BoundCorpusFiles.all()) {
            Corpus.Entry e = b.entry();
            IodObject object = b.object();
            boundBySopClass.merge(b.sopClass(), 1, Integer::sum);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Dicom.write(out, object, WriteMode.AS_IS);
            Dataset original = b.dataset();
            for (int i = 0; i < original.size(); i++) {
                privateElements += Tag.isPrivate(original.tagAt(i)) ? 1 : 0;
            }
            Dataset written = DicomReader.read(out.toByteArray(), ReadOptions.DEFAULT).dataset();
            List<String> diffs = new ArrayList<>();
            compare("", original, written, diffs);
            if (!diffs.isEmpty()) {
                failures.add(e + " (" + object.getClass().getSimpleName() + "): " + diffs.get(0));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " files changed on the way through their IOD class:\n"
                + String.join("\n", failures));
        // The view keeps what its class does not map: private elements, which no generated class maps, came back
        // too (IodTypedCopyTest copies the mapped ones into a fresh object through the typed API instead).
        assertTrue(privateElements > 1000, privateElements + " private elements");
        // About 430 files of 28 SOP classes bind; the CT Image, RT Plan and MR Image files are among them (see
        // ../shared/corpus/manifest.tsv; three of its RT plans are readable Part 10 instances).
        int bound = boundBySopClass.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(bound > 400 && boundBySopClass.size() > 25, boundBySopClass.toString());
        assertTrue(boundBySopClass.getOrDefault("1.2.840.10008.5.1.4.1.1.2", 0) > 50, boundBySopClass.toString());
        assertTrue(boundBySopClass.getOrDefault("1.2.840.10008.5.1.4.1.1.481.5", 0) >= 3, boundBySopClass.toString());
        assertTrue(boundBySopClass.getOrDefault("1.2.840.10008.5.1.4.1.1.4", 0) > 50, boundBySopClass.toString());
        // The nine readable DICOMDIR files (Media Storage Directory Storage), bound through their File Meta.
        assertEquals(9, boundBySopClass.getOrDefault("1.2.840.10008.1.3.10", 0), boundBySopClass.toString());
    }

    @Test
    void ctImagesReadIntoCtImageWithTypedValues() throws IOException {
        Corpus corpus = Corpus.require();
        int read = 0;
        TreeMap<String, Integer> photometrics = new TreeMap<>();
        for (Corpus.Entry e : corpus.entries()) {
            if (!BoundCorpusFiles.readable(e) || !"1.2.840.10008.5.1.4.1.1.2".equals(
                    DicomReader.read(e.path()).dataset().getString(Tags.SOPClassUID))) {
                continue;
            }
            CtImage img = Dicom.read(e.path(), CtImage.class);
            Dataset ds = img.dataset();
            assertEquals(ds.getString(Tags.SOPInstanceUID), img.getSOPInstanceUID(), e.toString());
            assertEquals(ds.getInt(Tags.Rows), img.getRows(), e.toString());
            assertEquals(ds.getInt(Tags.Columns), img.getColumns(), e.toString());
            if (ds.hasValue(Tags.RescaleSlope)) {
                assertEquals(ds.getDouble(Tags.RescaleSlope), img.getRescaleSlope(), e.toString());
            }
            if (ds.hasValue(Tags.ImageType)) {
                assertEquals(Arrays.asList(ds.getStrings(Tags.ImageType)), Arrays.asList(img.getImageType()));
            }
            // CT Image's enumerated values are MONOCHROME1 and MONOCHROME2 (PS3.3 C.8.2.1.1.2), constants of the enum.
            PhotometricInterpretation photometric = img.getPhotometricInterpretation();
            String text = img.getPhotometricInterpretationString();
            assertEquals(ds.getString(Tags.PhotometricInterpretation), text, e.toString());
            assertEquals(text, photometric == null ? null : photometric.name(), e.toString());
            photometrics.merge(String.valueOf(photometric), 1, Integer::sum);
            read++;
        }
        assertTrue(read > 50, "only " + read + " CT images read");
        assertTrue(photometrics.getOrDefault("MONOCHROME2", 0) > 40, photometrics.toString());
    }

    @Test
    void rtPlanGivesTypedAccessToNestedItems() throws IOException {
        Path path = Corpus.require().root().resolve("pydicom-debian/test_files/rtplan.dcm");
        RtPlan plan = Dicom.read(path, RtPlan.class);
        // The same value read through the generic Dataset: Beam Sequence > item 0 > Control Point Sequence > item 0.
        Dataset firstPoint = plan.dataset().getSequence(Tags.BeamSequence).get(0)
                .getSequence(Tags.ControlPointSequence).get(0);
        Double gantry = plan.getBeamSequence().get(0).getControlPointSequence().get(0).getGantryAngle();
        assertNotNull(gantry);
        assertEquals(firstPoint.getDouble(Tags.GantryAngle), gantry);
        assertEquals(plan.dataset().getSequence(Tags.BeamSequence).size(), plan.getBeamSequence().size());
        assertEquals(plan.dataset().getString(Tags.RTPlanLabel), plan.getRTPlanLabel());
        // Beam Limiting Device Position Sequence, three levels down, with its typed leaf positions.
        double[] jaws = plan.getBeamSequence().get(0).getControlPointSequence().get(0)
                .getBeamLimitingDevicePositionSequence().get(0).getLeafJawPositions();
        assertTrue(Arrays.equals(firstPoint.getSequence(Tags.BeamLimitingDevicePositionSequence).get(0)
                .getDoubles(Tags.LeafJawPositions), jaws));
    }

    /** Element for element: the same tags in the same order, the same VRs, the same value bytes, items alike. */
    private static void compare(String path, Dataset a, Dataset b, List<String> diffs) {
        if (a.size() != b.size()) {
            diffs.add(path + ": " + a.size() + " elements became " + b.size());
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            int tag = a.tagAt(i);
            String here = path + Tag.toString(tag);
            if (tag != b.tagAt(i) || a.vrAt(i) != b.vrAt(i)) {
                diffs.add(here + ": became " + Tag.toString(b.tagAt(i)) + " " + b.vrAt(i));
                return;
            }
            Sequence sa = a.vrAt(i) == dev.iodine.data.VR.SQ ? a.getSequence(tag) : null;
            if (sa != null) {
                Sequence sb = b.getSequence(tag);
                if (sb == null || sa.size() != sb.size()) {
                    diffs.add(here + ": item count changed");
                    return;
                }
                for (int k = 0; k < sa.size(); k++) {
                    compare(here + "[" + k + "]", sa.get(k), sb.get(k), diffs);
                }
            } else if (!Arrays.equals(a.getBytes(tag), b.getBytes(tag))) {
                diffs.add(here + ": value changed");
                return;
            }
        }
    }
}

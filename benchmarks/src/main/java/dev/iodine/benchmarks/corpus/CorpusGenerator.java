package dev.iodine.benchmarks.corpus;

import dev.iodine.dict.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark corpus into a directory: the same bytes on every run (fixed seeds, name-based UIDs).
 *
 * <pre>
 * ct-explicit/CT0001.dcm ... CT0400.dcm   512 x 512 16-bit CT series, Explicit VR Little Endian (about 520 KB each)
 * ct-implicit/CT0001.dcm ... CT0400.dcm   the same series, Implicit VR Little Endian
 * rtplan/RP01.dcm ... RP20.dcm            RT plans, 10 beams x 100 control points (about 16,500 elements each)
 * multiframe/MF.dcm                       Enhanced CT, 1000 frames of 512 x 512 16-bit (500 MB)
 * </pre>
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.iodine.benchmarks.corpus.CorpusGenerator DIR}. Files already
 * there with the expected name are kept, so a second run only completes an interrupted one.
 */
public final class CorpusGenerator {

    /** Slices in the CT series. */
    public static final int CT_SLICES = 400;
    /** RT plan files. */
    public static final int RT_PLANS = 20;
    /** Frames in the multi-frame file. */
    public static final int FRAMES = 1000;

    private final Path dir;
    private final int ctSlices;
    private final int rtPlans;
    private final int frames;

    /** A generator of a corpus of the given size (the tests write a small one). */
    public CorpusGenerator(Path dir, int ctSlices, int rtPlans, int frames) {
        this.dir = dir;
        this.ctSlices = ctSlices;
        this.rtPlans = rtPlans;
        this.frames = frames;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CorpusGenerator DIR   (e.g. benchmarks/target/bench-corpus)");
            System.exit(2);
        }
        new CorpusGenerator(Path.of(args[0]), CT_SLICES, RT_PLANS, FRAMES).generate();
    }

    public void generate() throws IOException {
        ctSeries("ct-explicit", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        ctSeries("ct-implicit", TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        Path plans = Files.createDirectories(dir.resolve("rtplan"));
        for (int i = 0; i < rtPlans; i++) {
            Path file = plans.resolve(String.format("RP%02d.dcm", i + 1));
            if (!Files.exists(file)) {
                Part10Output.write(file, RtPlan.plan(i), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, null);
            }
        }
        Path mf = Files.createDirectories(dir.resolve("multiframe")).resolve("MF.dcm");
        if (frames > 0 && !Files.exists(mf)) {
            Part10Output.write(mf, EnhancedCt.header(frames), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    new CtFrames(CtSeries.ROWS, CtSeries.COLUMNS, frames, 3000));
        }
    }

    private void ctSeries(String name, TransferSyntax ts) throws IOException {
        Path series = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < ctSlices; i++) {
            Path file = series.resolve(String.format("CT%04d.dcm", i + 1));
            if (!Files.exists(file)) {
                Part10Output.write(file, CtSeries.slice(i, ctSlices), ts,
                        new CtFrames(CtSeries.ROWS, CtSeries.COLUMNS, 1, 1000L + i));
            }
        }
    }
}

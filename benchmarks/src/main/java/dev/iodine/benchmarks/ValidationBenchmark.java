package dev.iodine.benchmarks;

import dev.iodine.bind.Dicom;
import dev.iodine.bind.DicomObject;
import dev.iodine.validation.ValidationReport;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Validation of an object already read and bound, one validation per operation (ops/s = validations/s): a real
 * RT plan of the shared corpus (dicompyler-core's, 4 beams of about 100 control points, where the control points'
 * "or if the value changes during the Beam" conditions dominate) and, for reference, a CT image. The files come from
 * {@link BenchCorpus#shared}; without the shared corpus the setup fails with a message saying so.
 */
public class ValidationBenchmark extends BenchmarkDefaults {

    private DicomObject rtPlan;
    private DicomObject ct;

    @Setup
    public void read() throws IOException {
        rtPlan = Dicom.read(BenchCorpus.shared("dicompyler-core/testdata/example_data/rtplan.dcm"));
        ct = Dicom.read(BenchCorpus.shared("dicompyler-core/testdata/example_data/ct.0.dcm"));
    }

    @Benchmark
    public ValidationReport rtPlan() {
        return Dicom.validate(rtPlan);
    }

    @Benchmark
    public ValidationReport ctImage() {
        return Dicom.validate(ct);
    }
}

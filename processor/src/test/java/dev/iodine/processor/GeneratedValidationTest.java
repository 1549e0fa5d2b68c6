package dev.iodine.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iodine.bind.Binder;
import dev.iodine.bind.IodObject;
import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Validation of hand-built objects of the generated {@code SamplePlan} class (src/test/resources/sample): each missing
 * Type 1, missing Type 2, violated 1C/2C, wrong enumerated value and wrong value multiplicity is reported with its path through sequences,
 * tag, module and type; a correct object has no violation at all.
 */
class GeneratedValidationTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private final Binder<Object> binder = SampleClasses.get().binder("SamplePlanBinder");

    /** A plan that conforms: one static beam with two control points. */
    private static Dataset correctPlan() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.481.5");
        ds.setString(Tags.SOPInstanceUID, VR.UI, "2.25.1234");
        ds.setString(Tags.PatientName, VR.PN, "Doe^Jane");
        ds.setString(Tags.PatientID, VR.LO, "P1");
        ds.setEmpty(Tags.PatientBirthDate, VR.DA);
        ds.setString(Tags.PatientSex, VR.CS, "F");
        Dataset beam = ds.newSequence(Tags.BeamSequence).addItem();
        beam.setInt(Tags.BeamNumber, VR.IS, 1);
        beam.setString(Tags.BeamType, VR.CS, "STATIC");
        Sequence points = beam.newSequence(Tags.ControlPointSequence);
        Dataset first = points.addItem();
        first.setInt(Tags.ControlPointIndex, VR.IS, 0);
        first.setDouble(Tags.GantryAngle, VR.DS, 180.0);
        points.addItem().setInt(Tags.ControlPointIndex, VR.IS, 1);
        return ds;
    }

    @Test
    void correctObjectHasNoViolation() throws ReflectiveOperationException {
        Object plan = binder.bind(correctPlan());
        assertEquals("F", String.valueOf(plan.getClass().getMethod("getPatientSex").invoke(plan)), "an enum value");
        assertEquals(List.of(), ((IodObject) plan).checkConstraints());
        assertEquals(Set.of(), VALIDATOR.validate(plan));
        assertTrue(binder.validate(plan).isValid());
    }

    @Test
    void everyViolationHasItsPathTagModuleAndType() {
        Dataset ds = correctPlan();
        ds.remove(Tags.PatientName);                                              // missing Type 2
        Dataset beam0 = ds.getSequence(Tags.BeamSequence).get(0);
        beam0.setString(Tags.BeamType, VR.CS, "ARC");                            // not an enumerated value
        Dataset beam1 = ds.getSequence(Tags.BeamSequence).addItem();
        beam1.setString(Tags.BeamType, VR.CS, "DYNAMIC");                        // BeamNumber missing (Type 1),
        Dataset point = beam1.newSequence(Tags.ControlPointSequence).addItem(); // TreatmentMachineName missing (2C)
        point.setInt(Tags.ControlPointIndex, VR.IS, 0);                          // GantryAngle missing (1C)
        ds.setEmpty(Tags.SOPInstanceUID, VR.UI);                                 // empty Type 1
        ds.setString(Tags.PatientID, VR.LO, "P1", "P2");                         // VM 1 with two values

        Object plan = binder.bind(ds);
        Set<String> paths = VALIDATOR.validate(plan).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("patientName", "patientID", "sOPInstanceUID", "beamSequence[0].beamType",
                "beamSequence[1].beamNumber", "beamSequence[1].treatmentMachineName",
                "beamSequence[1].controlPointSequence[0].gantryAngle")), paths);

        ValidationReport report = binder.validate(plan);
        Set<String> found = report.violations().stream().map(GeneratedValidationTest::describe)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of(
                "MISSING  (0010,0010) Patient 2",
                "VALUE_MULTIPLICITY  (0010,0020) Patient 2",
                "EMPTY  (0008,0018) SOP Common 1",
                "ENUMERATED_VALUE BeamSequence[0] (300A,00C4) RT Beams 1",
                "MISSING BeamSequence[1] (300A,00C0) RT Beams 1",
                "MISSING BeamSequence[1] (300A,00B2) RT Beams 2C",
                "MISSING BeamSequence[1].ControlPointSequence[0] (300A,011E) RT Beams 1C")), found);
    }

    @Test
    void conditionThatDoesNotHoldRequiresNothing() {
        Dataset ds = correctPlan();
        // The second control point (index 1) has no gantry angle: required only for index 0.
        Dataset second = ds.getSequence(Tags.BeamSequence).get(0).getSequence(Tags.ControlPointSequence).get(1);
        assertEquals(false, second.contains(Tags.GantryAngle));
        assertEquals(List.of(), ((IodObject) binder.bind(ds)).checkConstraints());
    }

    @Test
    void bindersAreListedForServiceLoader() throws java.io.IOException {
        javax.tools.JavaFileObject services = SampleClasses.get().compilation()
                .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.iodine.bind.Binder")
                .orElseThrow();
        assertEquals("sample.SampleCtBinder\nsample.SamplePlanBinder\n", services.getCharContent(true).toString());
        assertEquals(List.of("1.2.840.10008.5.1.4.1.1.481.5"), binder.sopClassUids());
        assertEquals("Sample Plan", binder.iodName());
    }

    @Test
    void iodJavadocListsConditionsTheDataCannotDecide() throws java.io.IOException {
        String source = SampleClasses.get().compilation().generatedSourceFile("sample.SamplePlan").orElseThrow()
                .getCharContent(true).toString();
        assertTrue(source.contains("<li>SopCommonModule SpecificCharacterSet: unchecked(\"required if an expanded or"
                + " replacement character set is used\")</li>"), source);
    }

    private static String describe(Violation v) {
        return v.kind() + " " + v.path() + " " + String.format("(%04X,%04X)", v.tag() >>> 16, v.tag() & 0xFFFF)
                + " " + v.module() + " " + v.type();
    }

    @Test
    void violationsAreConstraintViolationsOfTheIodClass() {
        Dataset ds = correctPlan();
        ds.remove(Tags.PatientID);
        Set<ConstraintViolation<Object>> found = VALIDATOR.validate(binder.bind(ds));
        assertEquals(1, found.size());
        ConstraintViolation<Object> v = found.iterator().next();
        assertEquals("patientID", v.getPropertyPath().toString());
        assertTrue(v.getMessage().contains("PatientID"), v.getMessage());
    }
}

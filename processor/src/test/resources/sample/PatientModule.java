package sample;

import dev.iodine.annotations.*;
import dev.iodine.data.DicomDate;
import dev.iodine.data.PersonName;

@DicomModule(name = "Patient", section = "C.7.1.1")
public interface PatientModule {
    @Attribute(keyword = "PatientName", type = Type.T2) PersonName getPatientName();
    @Attribute(keyword = "PatientID", type = Type.T2) String getPatientID();
    @Attribute(keyword = "PatientBirthDate", type = Type.T2) DicomDate getPatientBirthDate();
    @Attribute(keyword = "PatientSex", type = Type.T2, enumerated = {"M", "F", "O"}) Sex getPatientSex();

    /** The enumerated values of Patient's Sex. */
    enum Sex { M, F, O }
}

package sample;

import dev.iodine.annotations.*;

@Iod(name = "Sample Plan", section = "A.20", sopClassUids = "1.2.840.10008.5.1.4.1.1.481.5", modules = {
        @UseModule(value = PatientModule.class, usage = Usage.M, ie = "Patient"),
        @UseModule(value = BeamsModule.class, usage = Usage.M, ie = "Plan"),
        @UseModule(value = SopCommonModule.class, usage = Usage.M, ie = "Plan")})
public interface SamplePlanIod {
}

package sample;

import dev.iodine.annotations.*;

@Iod(name = "Sample CT", section = "A.3", sopClassUids = "1.2.840.10008.5.1.4.1.1.2", modules = {
        @UseModule(value = PatientModule.class, usage = Usage.M, ie = "Patient"),
        @UseModule(value = ImageModule.class, usage = Usage.M, ie = "Image"),
        @UseModule(value = SopCommonModule.class, usage = Usage.M, ie = "Image")})
public interface SampleCtIod {
}

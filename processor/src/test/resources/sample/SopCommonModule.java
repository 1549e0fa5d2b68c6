package sample;

import dev.iodine.annotations.*;

@DicomModule(name = "SOP Common", section = "C.12.1")
public interface SopCommonModule {
    @Attribute(keyword = "SOPClassUID", type = Type.T1) String getSOPClassUID();
    @Attribute(keyword = "SOPInstanceUID", type = Type.T1) String getSOPInstanceUID();
    @Attribute(keyword = "InstanceNumber", type = Type.T3) Integer getInstanceNumber();
    @Attribute(keyword = "SpecificCharacterSet", type = Type.T1C,
            condition = "unchecked(\"required if an expanded or replacement character set is used\")")
    String[] getSpecificCharacterSet();
}

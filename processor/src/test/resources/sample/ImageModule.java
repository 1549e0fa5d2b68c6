package sample;

import dev.iodine.annotations.*;

@DicomModule(name = "Image", section = "C.7.6.3")
public interface ImageModule {
    @Attribute(keyword = "ImageType", type = Type.T1) String[] getImageType();
    @Attribute(keyword = "InstanceNumber", type = Type.T2) Integer getInstanceNumber();
    @Attribute(keyword = "Rows", type = Type.T1) Integer getRows();
    @Attribute(keyword = "Columns", type = Type.T1) Integer getColumns();
    @Attribute(keyword = "PixelSpacing", type = Type.T1) double[] getPixelSpacing();
    @Attribute(keyword = "RescaleSlope", type = Type.T1) Double getRescaleSlope();
    @Attribute(keyword = "KVP", type = Type.T2) Double getKVP();
    @Attribute(keyword = "PixelPaddingValue", type = Type.T3) Integer getPixelPaddingValue();   // US or SS
    @Attribute(keyword = "dBdt", type = Type.T3) Double getdBdt();   // a keyword in lower case
    @Attribute(keyword = "PhotometricInterpretation", type = Type.T3,
            enumerated = {"MONOCHROME1", "MONOCHROME2", "PALETTE COLOR"}) Photometric getPhotometricInterpretation();
}

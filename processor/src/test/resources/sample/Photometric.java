package sample;

import dev.iodine.annotations.DicomValue;

/** Some values of Photometric Interpretation, one of them not a Java identifier. */
public enum Photometric {
    MONOCHROME1,
    MONOCHROME2,
    @DicomValue("PALETTE COLOR") PALETTE_COLOR
}

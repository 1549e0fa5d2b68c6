package dev.iodine.processor.model;

import dev.iodine.data.VR;
import java.util.List;

/**
 * The Java types an accessor may declare for a VR and VM (docs/annotations.md, "Java types for VRs"). Types are
 * written as javac prints them ({@code java.lang.String}, {@code int[]}, {@code java.util.List<java.lang.String>}).
 *
 * <pre>{@code
 * JavaTypes.accepted(VR.DS, true);   // [double[], java.lang.String[]]
 * }</pre>
 */
public final class JavaTypes {

    public static final String STRING = "java.lang.String";
    public static final String STRINGS = "java.lang.String[]";
    public static final String STRING_LIST = "java.util.List<java.lang.String>";
    public static final String INTEGER = "java.lang.Integer";
    public static final String LONG = "java.lang.Long";
    public static final String FLOAT = "java.lang.Float";
    public static final String DOUBLE = "java.lang.Double";
    public static final String INTS = "int[]";
    public static final String LONGS = "long[]";
    public static final String FLOATS = "float[]";
    public static final String DOUBLES = "double[]";
    public static final String BYTES = "byte[]";
    public static final String PERSON_NAME = "dev.iodine.data.PersonName";
    public static final String DATE = "dev.iodine.data.DicomDate";
    public static final String TIME = "dev.iodine.data.DicomTime";
    public static final String DATE_TIME = "dev.iodine.data.DicomDateTime";
    /** Stands for any enum type, accepted for single-valued code strings. */
    public static final String ENUM = "an enum whose constants are the values";

    private JavaTypes() {
    }

    /** The types that can hold a value of the VR, for one value ({@code multiple} false) or several. */
    public static List<String> accepted(VR vr, boolean multiple) {
        return switch (vr) {
            case AE, AS, LO, SH, UC, UI -> multiple ? List.of(STRINGS, STRING_LIST) : List.of(STRING);
            case CS -> multiple ? List.of(STRINGS, STRING_LIST) : List.of(STRING, ENUM);
            case LT, ST, UT, UR -> List.of(STRING);
            case PN -> multiple ? List.of(STRINGS) : List.of(PERSON_NAME, STRING);
            case DA -> multiple ? List.of(STRINGS) : List.of(DATE, STRING);
            case TM -> multiple ? List.of(STRINGS) : List.of(TIME, STRING);
            case DT -> multiple ? List.of(STRINGS) : List.of(DATE_TIME, STRING);
            case IS -> multiple ? List.of(INTS, STRINGS) : List.of(INTEGER, STRING);
            case DS -> multiple ? List.of(DOUBLES, STRINGS) : List.of(DOUBLE, STRING);
            case US, SS, SL -> multiple ? List.of(INTS) : List.of(INTEGER);
            case UL -> multiple ? List.of(LONGS, INTS) : List.of(LONG, INTEGER);
            case SV, UV -> multiple ? List.of(LONGS) : List.of(LONG);
            case FL -> multiple ? List.of(FLOATS, DOUBLES) : List.of(FLOAT, DOUBLE);
            case FD -> multiple ? List.of(DOUBLES) : List.of(DOUBLE);
            case AT -> multiple ? List.of(INTS) : List.of(INTEGER);
            case OF -> List.of(FLOATS, BYTES);
            case OD -> List.of(DOUBLES, BYTES);
            case OB, OW, OL, OV, UN -> List.of(BYTES);
            case SQ -> List.of("java.util.List<I> where I is an @Item interface");
        };
    }
}

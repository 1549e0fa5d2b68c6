package sample;

import dev.iodine.annotations.*;
import java.util.List;

@DicomModule(name = "RT Beams", section = "C.8.8.14")
public interface BeamsModule {
    @Attribute(keyword = "BeamSequence", type = Type.T1) List<Beam> getBeamSequence();

    @Item
    interface Beam {
        @Attribute(keyword = "BeamNumber", type = Type.T1) Integer getBeamNumber();
        @Attribute(keyword = "BeamType", type = Type.T1, enumerated = {"STATIC", "DYNAMIC"}) String getBeamType();
        @Attribute(keyword = "TreatmentMachineName", type = Type.T2C, condition = "BeamType == \"DYNAMIC\"")
        String getTreatmentMachineName();
        @Attribute(keyword = "ControlPointSequence", type = Type.T1) List<ControlPoint> getControlPointSequence();

        @Item
        interface ControlPoint {
            @Attribute(keyword = "ControlPointIndex", type = Type.T1) Integer getControlPointIndex();
            @Attribute(keyword = "GantryAngle", type = Type.T1C, condition = "ControlPointIndex == 0 and parent.BeamType in (\"STATIC\", \"DYNAMIC\")")
            Double getGantryAngle();
            @Attribute(keyword = "BeamLimitingDevicePositionSequence", type = Type.T3)
            List<BeamLimitingDevicePosition> getBeamLimitingDevicePositionSequence();

            @Item
            interface BeamLimitingDevicePosition {
                @Attribute(keyword = "RTBeamLimitingDeviceType", type = Type.T1) String getRTBeamLimitingDeviceType();
                @Attribute(keyword = "LeafJawPositions", type = Type.T1) double[] getLeafJawPositions();
            }
        }
    }
}

package dev.iodine.benchmarks.corpus;

import dev.iodine.data.Dataset;
import dev.iodine.data.Sequence;
import dev.iodine.data.VR;
import dev.iodine.dict.Tags;
import dev.iodine.dict.UIDs;

/**
 * The header of an Enhanced CT image (PS3.3 A.38) of many 512 x 512 frames: the usual patient, study, series and
 * equipment modules, shared functional groups (pixel measures, plane orientation, VOI LUT, rescale) and one
 * per-frame functional groups item per frame (frame content with dimension index values, plane position, CT
 * exposure), which is what makes the header of a large multi-frame file non-trivial to read.
 */
final class EnhancedCt {

    private EnhancedCt() {
    }

    static Dataset header(int frames) {
        Dataset ds = new Dataset();
        CommonModules.patientAndStudy(ds);
        CommonModules.ctEquipmentAndPixels(ds);
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "VOLUME", "NONE");
        ds.setString(Tags.InstanceCreationDate, VR.DA, "20240312");
        ds.setString(Tags.InstanceCreationTime, VR.TM, "093401");
        ds.setString(Tags.SOPClassUID, VR.UI, UIDs.EnhancedCTImageStorage);
        ds.setString(Tags.SOPInstanceUID, VR.UI, Uids.of("enhanced-ct/sop"));
        ds.setString(Tags.ContentDate, VR.DA, "20240312");
        ds.setString(Tags.AcquisitionDateTime, VR.DT, "20240312093105.120000");
        ds.setString(Tags.ContentTime, VR.TM, "093401");
        ds.setString(Tags.SeriesDescription, VR.LO, "Volume 0.5 Br40");
        ds.setString(Tags.SeriesInstanceUID, VR.UI, Uids.of("enhanced-ct/series"));
        ds.setInt(Tags.SeriesNumber, VR.IS, 5);
        ds.setInt(Tags.InstanceNumber, VR.IS, 1);
        ds.setInt(Tags.NumberOfFrames, VR.IS, frames);
        ds.setString(Tags.ContentQualification, VR.CS, "PRODUCT");
        ds.setString(Tags.PresentationLUTShape, VR.CS, "IDENTITY");
        ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
        ds.setString(Tags.PixelPresentation, VR.CS, "MONOCHROME");
        ds.setString(Tags.VolumetricProperties, VR.CS, "VOLUME");
        ds.setString(Tags.VolumeBasedCalculationTechnique, VR.CS, "NONE");
        ds.setDouble(Tags.AcquisitionDuration, VR.FD, frames * 0.5);
        ds.setEmpty(Tags.AcquisitionContextSequence, VR.SQ);

        String dimensionOrganization = Uids.of("enhanced-ct/dimensions");
        ds.newSequence(Tags.DimensionOrganizationSequence).addItem()
                .setString(Tags.DimensionOrganizationUID, VR.UI, dimensionOrganization);
        Sequence dimensions = ds.newSequence(Tags.DimensionIndexSequence);
        dimensions.addItem().setString(Tags.DimensionOrganizationUID, VR.UI, dimensionOrganization)
                .setTags(Tags.DimensionIndexPointer, Tags.StackID).setTags(Tags.FunctionalGroupPointer, Tags.FrameContentSequence);
        dimensions.addItem().setString(Tags.DimensionOrganizationUID, VR.UI, dimensionOrganization)
                .setTags(Tags.DimensionIndexPointer, Tags.InStackPositionNumber)
                .setTags(Tags.FunctionalGroupPointer, Tags.FrameContentSequence);

        Dataset shared = ds.newSequence(Tags.SharedFunctionalGroupsSequence).addItem();
        shared.newSequence(Tags.PixelMeasuresSequence).addItem()
                .setDouble(Tags.SliceThickness, VR.DS, 0.5).setDouble(Tags.PixelSpacing, VR.DS, 0.7421875, 0.7421875);
        shared.newSequence(Tags.PlaneOrientationSequence).addItem()
                .setDouble(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        shared.newSequence(Tags.FrameVOILUTSequence).addItem()
                .setDouble(Tags.WindowCenter, VR.DS, 40).setDouble(Tags.WindowWidth, VR.DS, 400);
        shared.newSequence(Tags.PixelValueTransformationSequence).addItem()
                .setDouble(Tags.RescaleIntercept, VR.DS, -1024).setDouble(Tags.RescaleSlope, VR.DS, 1)
                .setString(Tags.RescaleType, VR.LO, "HU");
        shared.newSequence(Tags.CTAcquisitionTypeSequence).addItem()
                .setString(Tags.AcquisitionType, VR.CS, "SPIRAL").setString(Tags.ConstantVolumeFlag, VR.CS, "NO")
                .setString(Tags.FluoroscopyFlag, VR.CS, "NO");
        Dataset anatomy = shared.newSequence(Tags.FrameAnatomySequence).addItem();
        anatomy.setString(Tags.FrameLaterality, VR.CS, "U");
        Codes.put(anatomy, Tags.AnatomicRegionSequence, "51185008", "SCT", "Thorax");
        shared.newSequence(Tags.IrradiationEventIdentificationSequence).addItem()
                .setString(Tags.IrradiationEventUID, VR.UI, Uids.of("ct/irradiation"));
        shared.newSequence(Tags.CTImageFrameTypeSequence).addItem()
                .setString(Tags.FrameType, VR.CS, "ORIGINAL", "PRIMARY", "VOLUME", "NONE")
                .setString(Tags.PixelPresentation, VR.CS, "MONOCHROME").setString(Tags.VolumetricProperties, VR.CS, "VOLUME")
                .setString(Tags.VolumeBasedCalculationTechnique, VR.CS, "NONE");
        shared.newSequence(Tags.CTAcquisitionDetailsSequence).addItem()
                .setString(Tags.RotationDirection, VR.CS, "CW").setDouble(Tags.RevolutionTime, VR.FD, 0.5)
                .setDouble(Tags.SingleCollimationWidth, VR.FD, 0.6).setDouble(Tags.TotalCollimationWidth, VR.FD, 38.4)
                .setDouble(Tags.TableHeight, VR.DS, 148).setDouble(Tags.GantryDetectorTilt, VR.DS, 0)
                .setDouble(Tags.DataCollectionDiameter, VR.DS, 500);
        shared.newSequence(Tags.CTTableDynamicsSequence).addItem()
                .setDouble(Tags.TableSpeed, VR.FD, 46.1).setDouble(Tags.TableFeedPerRotation, VR.FD, 23.0)
                .setDouble(Tags.SpiralPitchFactor, VR.FD, 0.6);
        shared.newSequence(Tags.CTGeometrySequence).addItem()
                .setDouble(Tags.DistanceSourceToDetector, VR.DS, 1085.6).setDouble(Tags.DistanceSourceToDataCollectionCenter, VR.FL, 595);
        shared.newSequence(Tags.CTReconstructionSequence).addItem()
                .setString(Tags.ReconstructionAlgorithm, VR.CS, "ITERATIVE").setString(Tags.ConvolutionKernel, VR.SH, "Br40")
                .setString(Tags.ConvolutionKernelGroup, VR.CS, "BODY").setDouble(Tags.ReconstructionFieldOfView, VR.FD, 380, 380).setDouble(Tags.ReconstructionPixelSpacing, VR.FD, 0.7421875, 0.7421875)
                .setDouble(Tags.ReconstructionAngle, VR.FD, 360).setString(Tags.ImageFilter, VR.SH, "NONE");
        shared.newSequence(Tags.CTXRayDetailsSequence).addItem()
                .setDouble(Tags.KVP, VR.DS, 120).setString(Tags.FilterType, VR.SH, "FLAT").setDouble(Tags.FocalSpots, VR.DS, 1.2)
                .setString(Tags.FilterMaterial, VR.CS, "ALUMINUM");

        Sequence perFrame = ds.newSequence(Tags.PerFrameFunctionalGroupsSequence);
        for (int f = 0; f < frames; f++) {
            Dataset item = perFrame.addItem();
            item.newSequence(Tags.FrameContentSequence).addItem()
                    .setString(Tags.FrameAcquisitionDateTime, VR.DT, String.format("20240312093105.%06d", f * 500))
                    .setString(Tags.FrameReferenceDateTime, VR.DT, String.format("20240312093105.%06d", f * 500))
                    .setDouble(Tags.FrameAcquisitionDuration, VR.FD, 500)
                    .setString(Tags.StackID, VR.SH, "1")
                    .setInt(Tags.InStackPositionNumber, VR.UL, f + 1)
                    .setInt(Tags.DimensionIndexValues, VR.UL, 1, f + 1);
            item.newSequence(Tags.PlanePositionSequence).addItem()
                    .setDouble(Tags.ImagePositionPatient, VR.DS, -190.0, -365.4, -200 + f * 0.5);
            item.newSequence(Tags.CTPositionSequence).addItem()
                    .setDouble(Tags.TablePosition, VR.FD, -200 + f * 0.5)
                    .setDouble(Tags.ReconstructionTargetCenterPatient, VR.FD, 0, -175.4, -200 + f * 0.5)
                    .setDouble(Tags.DataCollectionCenterPatient, VR.FD, 0, -175.4, -200 + f * 0.5);
            item.newSequence(Tags.CTExposureSequence).addItem()
                    .setDouble(Tags.ExposureTimeInms, VR.FD, 500).setDouble(Tags.XRayTubeCurrentInmA, VR.FD, 180 + f % 97)
                    .setDouble(Tags.ExposureInmAs, VR.FD, 90 + f % 53).setDouble(Tags.CTDIvol, VR.FD, 7.5)
                    .setString(Tags.ExposureModulationType, VR.CS, "XY");
        }
        return ds;
    }
}

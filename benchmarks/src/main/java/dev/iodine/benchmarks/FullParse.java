package dev.iodine.benchmarks;

import dev.iodine.data.Dataset;
import dev.iodine.data.DicomDate;
import dev.iodine.data.DicomDateTime;
import dev.iodine.data.DicomTime;
import dev.iodine.data.Fragments;
import dev.iodine.data.Sequence;
import dev.iodine.data.Tag;
import dev.iodine.io.DicomFile;
import java.util.function.Consumer;

/**
 * What "full parse" means in the benchmarks: every element's value obtained in its natural Java form through the
 * public getters, recursively through sequences: strings decoded, person names and dates parsed, DS/IS and binary
 * numbers as numeric arrays, AT as tags, OB/OW/UN as {@code byte[]}. Pixel data is obtained as bytes, not
 * decoded: as a read-only {@link java.nio.ByteBuffer} view by default (what an application displaying it would
 * ask for), or as a copied {@code byte[]} with {@link #walkCopyingPixels}.
 *
 * <pre>{@code
 * int elements = FullParse.walk(DicomReader.read(path), blackhole::consume);
 * }</pre>
 */
public final class FullParse {

    private FullParse() {
    }

    /** Decodes the meta and the data set; returns the number of elements visited. */
    public static int walk(DicomFile file, Consumer<Object> sink) {
        return walk(file.fileMeta(), sink, false) + walk(file.dataset(), sink, false);
    }

    /** Like {@link #walk(DicomFile, Consumer)}, but Pixel Data is copied out with {@code getBytes}. */
    public static int walkCopyingPixels(DicomFile file, Consumer<Object> sink) {
        return walk(file.fileMeta(), sink, true) + walk(file.dataset(), sink, true);
    }

    /** Decodes every value of {@code ds} and its items into {@code sink}; returns the number of elements visited. */
    public static int walk(Dataset ds, Consumer<Object> sink) {
        return walk(ds, sink, false);
    }

    private static int walk(Dataset ds, Consumer<Object> sink, boolean copyPixels) {
        int n = ds.size();
        for (int i = 0; i < ds.size(); i++) {
            int tag = ds.tagAt(i);
            switch (ds.vrAt(i)) {
                case SQ -> {
                    for (Dataset item : (Sequence) ds.valueAt(i)) {
                        n += walk(item, sink, copyPixels);
                    }
                }
                case AE, AS, CS, LO, LT, SH, ST, UC, UI, UR, UT -> sink.accept(ds.getStrings(tag));
                case PN -> sink.accept(ds.getPersonNames(tag));
                case DA -> {
                    for (String s : ds.getStrings(tag)) {
                        sink.accept(DicomDate.parse(s));
                    }
                }
                case TM -> {
                    for (String s : ds.getStrings(tag)) {
                        sink.accept(DicomTime.parse(s));
                    }
                }
                case DT -> {
                    for (String s : ds.getStrings(tag)) {
                        sink.accept(DicomDateTime.parse(s));
                    }
                }
                case DS, FD, OD -> sink.accept(ds.getDoubles(tag));
                case FL, OF -> sink.accept(ds.getFloats(tag));
                case IS, SS, US, SL, UL, SV, UV -> sink.accept(ds.getLongs(tag));
                case AT -> sink.accept(ds.getTags(tag));
                case OB, OW, OL, OV, UN -> {
                    if (ds.valueAt(i) instanceof Fragments f) {
                        for (int k = 0; k < f.size(); k++) {
                            sink.accept(f.item(k));
                        }
                    } else if (tag == Tag.PIXEL_DATA && !copyPixels) {
                        sink.accept(ds.getByteBuffer(tag));
                    } else {
                        sink.accept(ds.getBytes(tag));
                    }
                }
            }
        }
        return n;
    }
}

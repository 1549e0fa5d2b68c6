package dev.iodine.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of a corpus part handed out one per benchmark operation, round robin, so that an operation is one
 * file and ops/s is files/s. Prints the part's size at creation, for turning files/s into MB/s.
 */
final class FileCycle {

    private final List<Path> files;
    private int next;

    FileCycle(String part) {
        files = BenchCorpus.files(part);
        System.out.printf("%n%s: %d files, mean size %.0f bytes%n", part, files.size(), BenchCorpus.meanSize(files));
    }

    Path next() {
        Path p = files.get(next);
        next = next + 1 == files.size() ? 0 : next + 1;
        return p;
    }
}

package dev.iodine.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place with a carriage return, for long runs on a terminal. It writes nothing
 * when disabled (output redirected, or few items), so logs and pipes never see it.
 *
 * <pre>{@code
 * ProgressBar bar = new ProgressBar(err, files.size(), System.console() != null && files.size() >= 20);
 * for (...) { bar.clear(); print results; bar.advance(); }
 * bar.clear();
 * }</pre>
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private boolean shown;

    ProgressBar(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 0;
    }

    /** Counts one item done and redraws the bar. */
    void advance() {
        done++;
        if (enabled) {
            int filled = (int) ((long) done * WIDTH / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
            shown = true;
        }
    }

    /** Erases the bar, so that other output starts on a clean line. */
    void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
            err.flush();
            shown = false;
        }
    }
}

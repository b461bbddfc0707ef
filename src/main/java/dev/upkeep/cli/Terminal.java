package dev.upkeep.cli;

import dev.upkeep.report.Style;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What the process is talking to: a person at a terminal gets colour and progress; a pipe, a file
 * or CI gets neither.
 */
final class Terminal {
    private final boolean interactive;
    private final Map<String, String> env;

    Terminal(boolean interactive, Map<String, String> env) {
        this.interactive = interactive;
        this.env = env;
    }

    static Terminal detect() {
        return new Terminal(System.console() != null, System.getenv());
    }

    Style style() {
        return Style.detect(interactive, env);
    }

    /** Progress goes to standard error, on a terminal only, never under CI. */
    boolean showsProgress() {
        return interactive && !env.containsKey("CI");
    }

    /** A one-line progress display that rewrites itself; {@link #done()} clears it. */
    Progress progress(PrintWriter err, String what) {
        return showsProgress() ? new Progress(err, what) : null;
    }

    static final class Progress {
        private final PrintWriter err;
        private final String what;
        private int total;
        private int done;
        private long lastDraw;

        Progress(PrintWriter err, String what) {
            this.err = err;
            this.what = what;
        }

        synchronized void total(int n) {
            total = n;
            draw(true);
        }

        synchronized void step() {
            done++;
            draw(done == total);
        }

        private void draw(boolean force) {
            long now = System.nanoTime();
            if (!force && now - lastDraw < 50_000_000L) {
                return;
            }
            lastDraw = now;
            err.print("\r\u001b[2K" + what + " " + done + "/" + total);
            err.flush();
        }

        synchronized void done() {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}

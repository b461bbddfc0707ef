package dev.upkeep.probe.backup;

import dev.upkeep.probe.Durations;
import dev.upkeep.probe.ProbeException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the real PostgreSQL client tools ({@code pg_restore}, {@code psql}): found in a configured
 * folder or on the PATH, with the connection given only through libpq environment variables (the
 * password never appears on a command line), every inherited {@code PG*} variable removed first
 * (a stray {@code PGHOSTADDR} or {@code PGSERVICE} could point the tool at another server), and a
 * timeout after which the process is killed.
 */
public final class PgTools {
    private static final int MAX_CAPTURE = 64 * 1024;

    /** How a tool run ended. */
    public record Run(int exit, String stdout, String stderr) {}

    /** Feeds a process's standard input; may throw to abort the run. */
    @FunctionalInterface
    public interface Feed {
        void into(OutputStream stdin) throws IOException;
    }

    private final Optional<Path> binDir;
    private final AtomicReference<Process> running = new AtomicReference<>();

    public PgTools(Optional<Path> binDir) {
        this.binDir = binDir == null ? Optional.empty() : binDir;
    }

    /**
     * The tool's executable.
     *
     * @throws ProbeException saying how to install it, when it is nowhere
     */
    public Path find(String tool) {
        if (binDir.isPresent()) {
            Path p = binDir.get().resolve(tool);
            if (Files.isExecutable(p)) {
                return p;
            }
            throw new ProbeException(tool + " not found in " + binDir.get());
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir).resolve(tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new ProbeException(tool + " not found on the PATH; install the PostgreSQL client tools "
                + "(Debian: apt-get install postgresql-client-15, matching the server's major version or newer)");
    }

    /** Kills the tool running now, if any (a shutdown hook calls this on Ctrl-C). */
    public void kill() {
        Process p = running.get();
        if (p != null) {
            p.destroyForcibly();
        }
    }

    public Run run(List<String> command, Map<String, String> libpqEnv, Duration timeout, Feed stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().putAll(libpqEnv);
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process p = pb.start();
        running.set(p);
        try {
            Capture out = new Capture(p.getInputStream());
            Capture err = new Capture(p.getErrorStream());
            AtomicReference<IOException> feedFailure = new AtomicReference<>();
            Thread feeder = null;
            if (stdin != null) {
                feeder = new Thread(() -> {
                    try (OutputStream o = p.getOutputStream()) {
                        stdin.into(o);
                    } catch (IOException e) {
                        feedFailure.set(e);
                        p.destroyForcibly();
                    }
                }, "upkeep-tool-stdin");
                feeder.setDaemon(true);
                feeder.start();
            }
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.destroyForcibly();
                throw new ProbeException(command.get(0).replaceAll(".*/", "") + " did not finish within " + Durations.format(timeout));
            }
            if (feeder != null) {
                feeder.join(5_000);
            }
            out.join();
            err.join();
            if (feedFailure.get() instanceof RefusedInput r) {
                throw r;
            }
            return new Run(p.exitValue(), out.text(), err.text());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ProbeException(command.get(0).replaceAll(".*/", "") + " was interrupted");
        } finally {
            running.set(null);
        }
    }

    /** Input the feeder refused to pass on (a plain dump that switches databases, say). */
    public static final class RefusedInput extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedInput(String message) {
            super(message);
        }
    }

    /** Reads a stream to its end on its own thread, keeping the first 64 KiB. */
    private static final class Capture extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Capture(InputStream in) {
            super("upkeep-tool-output");
            this.in = in;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    int room = MAX_CAPTURE - kept.size();
                    if (room > 0) {
                        kept.write(buf, 0, Math.min(room, n));
                    }
                }
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        }

        String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    /** A command line: the tool, then its arguments. */
    public List<String> command(String tool, String... args) {
        List<String> c = new ArrayList<>();
        c.add(find(tool).toString());
        c.addAll(List.of(args));
        return c;
    }
}

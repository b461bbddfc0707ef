package dev.upkeep.probe.backup;

import dev.upkeep.probe.PgUrl;
import dev.upkeep.probe.ProbeException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Restores one backup into the scratch database with the real tools: {@code pg_restore} for
 * archives ({@code --no-owner --no-privileges}, so missing roles do not matter), {@code psql} fed
 * through {@link PlainDump} for SQL text, which refuses a dump that would switch databases.
 */
final class Restorer {
    /**
     * How the restore went.
     *
     * @param errors SQL errors the tool reported and went past
     * @param missingRoles errors only about roles the scratch server lacks (plain dumps with owners)
     * @param firstError the first other error line, or null
     */
    record Outcome(int errors, int missingRoles, String firstError) {}

    private Restorer() {}

    static Outcome restore(PgTools tools, BackupFile b, PgUrl scratch, int jobs, Duration timeout) throws IOException {
        Map<String, String> env = scratch.libpqEnvironment();
        String db = "--dbname=" + scratch.database();
        PgTools.Run run;
        if (b.format() == BackupFormat.GZIP_CUSTOM) {
            run = tools.run(tools.command("pg_restore", "--no-owner", "--no-privileges", "--format=custom", db), env, timeout, out -> {
                try (InputStream in = Readability.open(b)) {
                    in.transferTo(out);
                }
            });
        } else if (b.format().archive()) {
            List<String> args = new ArrayList<>(List.of("--no-owner", "--no-privileges", db));
            if (jobs > 1 && b.format() != BackupFormat.TAR) {
                args.add("--jobs=" + jobs);
            }
            args.add(b.path().toString());
            run = tools.run(tools.command("pg_restore", args.toArray(String[]::new)), env, timeout, null);
        } else {
            run = tools.run(tools.command("psql", "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=0", db, "--file=-"), env, timeout, out -> {
                try (InputStream in = Readability.open(b)) {
                    new PlainDump().copy(in, out, true);
                }
            });
        }
        return judge(run);
    }

    static Outcome judge(PgTools.Run run) {
        int errors = 0;
        int roles = 0;
        String first = null;
        for (String line : run.stderr().lines().toList()) {
            if (!line.contains("ERROR:")) {
                continue;
            }
            if (line.matches(".*role \".*\" does not exist.*")) {
                roles++;
                continue;
            }
            errors++;
            if (first == null) {
                first = line.replaceFirst("^(pg_restore: error: |psql:[^:]*:\\d+: )", "").strip();
            }
        }
        if (run.exit() != 0 && errors == 0 && roles == 0) {
            String why = run.stderr().lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + run.exit());
            throw new ProbeException("the restore failed: " + why.replaceFirst("^(pg_restore|psql): (error: )?", ""));
        }
        return new Outcome(errors, roles, first);
    }
}

package dev.upkeep.probe.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Streams a plain SQL dump line by line, unchanged, and learns two things on the way: whether it
 * ends with pg_dump's closing comment (a dump cut short lacks it), and whether it would leave the
 * database it is fed to ({@code \connect}, {@code CREATE DATABASE} from {@code pg_dump --create},
 * a shell escape). In a restore drill the latter is refused before the line reaches psql, so a
 * dump can never write into a database other than the scratch one. COPY data lines are passed
 * through without being read as SQL.
 */
final class PlainDump {
    static final String COMPLETE = "-- PostgreSQL database dump complete";
    private static final Pattern LEAVES = Pattern.compile("(?i)^(\\\\connect\\b|\\\\c\\s|\\\\c$|\\\\!|(CREATE|DROP)\\s+DATABASE\\b)");
    private static final Pattern COPY = Pattern.compile("(?i)^COPY\\s.*\\sFROM\\s+stdin.*;\\s*$");

    private boolean complete;
    private boolean inCopy;
    private long lines;

    /**
     * Copies {@code in} to {@code out}.
     *
     * @param refuseLeaving whether a line that leaves the database aborts the copy
     * @throws PgTools.RefusedInput when it does
     */
    void copy(InputStream in, OutputStream out, boolean refuseLeaving) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    line.write(buf, start, i - start + 1);
                    emit(line, out, refuseLeaving);
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(buf, start, n - start);
        }
        if (line.size() > 0) {
            emit(line, out, refuseLeaving);
        }
        out.flush();
    }

    private void emit(ByteArrayOutputStream raw, OutputStream out, boolean refuseLeaving) throws IOException {
        lines++;
        String text = new String(raw.toByteArray(), 0, Math.min(raw.size(), 512), StandardCharsets.ISO_8859_1).stripTrailing();
        if (inCopy) {
            inCopy = !text.equals("\\.");
        } else if (COPY.matcher(text).matches()) {
            inCopy = true;
        } else if (refuseLeaving && LEAVES.matcher(text).find()) {
            throw new PgTools.RefusedInput("line " + lines + " of the dump would leave the scratch database (" + cut(text)
                    + "); a drill restores only dumps made without --create; make one with pg_dump -Fc, or without --create");
        } else if (text.startsWith(COMPLETE)) {
            complete = true;
        } else if (complete && !text.isEmpty() && !text.startsWith("--") && !text.startsWith("\\unrestrict")) {
            complete = false;
        }
        raw.writeTo(out);
    }

    boolean complete() {
        return complete;
    }

    long lines() {
        return lines;
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}

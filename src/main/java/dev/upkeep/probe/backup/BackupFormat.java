package dev.upkeep.probe.backup;

/** How a backup file was written, told from its first bytes (never from its name). */
public enum BackupFormat {
    /** {@code pg_dump -Fc}: starts with {@code PGDMP}. */
    CUSTOM(true),
    /** {@code pg_dump -Fd}: a folder with {@code toc.dat}. */
    DIRECTORY(true),
    /** {@code pg_dump -Ft}: a tar archive. */
    TAR(true),
    /** {@code pg_dump} SQL text. */
    PLAIN(false),
    /** gzip of SQL text ({@code pg_dump | gzip}, the runbook's nightly cron). */
    GZIP_PLAIN(false),
    /** gzip of a custom-format archive. */
    GZIP_CUSTOM(true),
    /** Not a pg_dump backup upkeep knows. */
    UNKNOWN(false);

    private final boolean archive;

    BackupFormat(boolean archive) {
        this.archive = archive;
    }

    /** Whether {@code pg_restore} reads it (else {@code psql} does, or nothing). */
    public boolean archive() {
        return archive;
    }

    public boolean gzip() {
        return this == GZIP_PLAIN || this == GZIP_CUSTOM;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

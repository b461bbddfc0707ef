package dev.upkeep.probe;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 15 from the embedded binaries (the same major version as Debian bookworm's
 * pg_dump, which refuses newer servers), with pg_stat_statements loaded. Each test class starts
 * one and closes it; {@link #createDatabase} gives each test its own database.
 */
public final class TestPostgres implements AutoCloseable {
    private final EmbeddedPostgres pg;

    private TestPostgres(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    public static TestPostgres start() {
        try {
            return new TestPostgres(EmbeddedPostgres.builder()
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("max_connections", "40")
                    .setServerConfig("autovacuum_naptime", "600")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return pg.getPort();
    }

    /** A URL as an application would hold it: user postgres (the embedded superuser, no password). */
    public String url(String database) {
        return "postgres://postgres@localhost:" + port() + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return pg.getDatabase("postgres", database).getConnection();
    }

    public void createDatabase(String name) throws SQLException {
        sql("postgres", "CREATE DATABASE " + name);
    }

    /** Runs statements in autocommit mode. */
    public void sql(String database, String... statements) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.upkeep.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PgUrlTest {
    @Test
    void readsAUrlWithAnAwkwardPassword() {
        PgUrl u = PgUrl.parse("postgresql://app:p@ss/w:rd@db.internal:6432/shop?sslmode=require&application_name=api");
        assertThat(u.hosts()).containsExactly("db.internal");
        assertThat(u.port()).isEqualTo(6432);
        assertThat(u.database()).isEqualTo("shop");
        assertThat(u.user()).isEqualTo("app");
        assertThat(u.display()).isEqualTo("postgres://app@db.internal:6432/shop");
        assertThat(u.toString()).doesNotContain("p@ss");
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6432/shop");
        assertThat(u.jdbcProperties()).containsEntry("password", "p@ss/w:rd").containsEntry("sslmode", "require")
                .containsEntry("ApplicationName", "api");
        assertThat(u.libpqEnvironment()).containsEntry("PGPASSWORD", "p@ss/w:rd").containsEntry("PGSSLMODE", "require")
                .containsEntry("PGDATABASE", "shop").containsEntry("PGPORT", "6432");
    }

    @Test
    void readsLibpqKeywordsAndJdbcUrls() {
        PgUrl k = PgUrl.parse("host=db port=5433 dbname=app user=monitor password='a b\\'c' sslmode=verify-full");
        assertThat(k.display()).isEqualTo("postgres://monitor@db:5433/app");
        assertThat(k.jdbcProperties()).containsEntry("password", "a b'c");
        assertThat(PgUrl.parse("jdbc:postgresql://h1,h2:5432/app").hosts()).containsExactly("h1", "h2");
        assertThat(PgUrl.parse("postgres://app@db").database()).as("database defaults to the user").isEqualTo("app");
        assertThat(PgUrl.parse("postgres://db/x%20y").database()).isEqualTo("x y");
    }

    @Test
    void errorsNeverEchoTheString() {
        assertThatThrownBy(() -> PgUrl.parse("postgres://app:Secr3t@db:99999/app")).isInstanceOf(ProbeException.class)
                .hasMessageContaining("bad port").hasMessageNotContaining("Secr3t");
        assertThatThrownBy(() -> PgUrl.parse("postgres://app:Secr3t@db/app?passwd=x")).hasMessageContaining("unknown parameter 'passwd'")
                .hasMessageNotContaining("Secr3t");
        assertThatThrownBy(() -> PgUrl.parse("host=/var/run/postgresql dbname=app")).hasMessageContaining("Unix socket");
    }

    @Test
    void localNamesCountAsTheSameServer() {
        PgUrl a = PgUrl.parse("postgres://app@localhost:5432/app");
        assertThat(a.couldBeSameDatabase(PgUrl.parse("postgres://admin@127.0.0.1:5432/app"))).isTrue();
        assertThat(a.couldBeSameDatabase(PgUrl.parse("postgres://admin@127.0.0.1:5432/postgres"))).isFalse();
        assertThat(a.couldBeSameServer(PgUrl.parse("postgres://admin@[::1]:5432/postgres"))).isTrue();
        assertThat(a.couldBeSameServer(PgUrl.parse("postgres://admin@localhost:5433/app"))).isFalse();
        assertThat(a.couldBeSameDatabase(PgUrl.parse("postgres://x@DB.example:5432/app").withDatabase("app"))).isFalse();
    }

    @Test
    void secretsResolveFromEnvironmentAndFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root) throws Exception {
        java.nio.file.Files.writeString(root.resolve("db.url"), "  postgres://app:F1le-pw@db/app\n");
        Secrets s = new Secrets(Map.of("DB", "postgres://app:Env-pw@db/app"), root);
        assertThat(s.resolve(SecretRef.parse("file:db.url"))).isEqualTo("postgres://app:F1le-pw@db/app");
        assertThat(s.resolve(SecretRef.parse("env:DB"))).endsWith("@db/app");
        assertThat(s.redact("auth failed for F1le-pw and Env-pw")).isEqualTo("auth failed for *** and ***");
        assertThatThrownBy(() -> s.resolve(SecretRef.parse("file:nope.url"))).hasMessageStartingWith("file:nope.url cannot be read");
        assertThat(SecretRef.parse("postgres://u:pw@h/d").toString()).isEqualTo("postgres://u:***@h/d");
    }
}

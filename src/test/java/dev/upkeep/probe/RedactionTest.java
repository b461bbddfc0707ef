package dev.upkeep.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void masksThePasswordOfAUrl() {
        assertThat(Redaction.maskUrl("postgres://app:p%40ss@db.internal:5432/app?sslmode=require"))
                .isEqualTo("postgres://app:***@db.internal:5432/app?sslmode=require");
        assertThat(Redaction.maskUrl("redis://:hunter2@cache:6379/0")).isEqualTo("redis://:***@cache:6379/0");
        assertThat(Redaction.maskUrl("see postgresql://u:a@b@h/db now")).isEqualTo("see postgresql://u:***@h/db now");
    }

    @Test
    void masksPasswordKeywordsAndParameters() {
        assertThat(Redaction.maskUrl("host=db user=app password=hunter2 dbname=app"))
                .isEqualTo("host=db user=app password=*** dbname=app");
        assertThat(Redaction.maskUrl("jdbc:postgresql://db/app?user=app&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/app?user=app&password=***&ssl=true");
    }

    @Test
    void leavesUrlsWithoutPasswordsAlone() {
        assertThat(Redaction.maskUrl("https://api.example.com:8443/health?x=1")).isEqualTo("https://api.example.com:8443/health?x=1");
        assertThat(Redaction.maskUrl("postgres://app@db/app")).isEqualTo("postgres://app@db/app");
    }

    @Test
    void findsThePasswordAsWrittenAndDecoded() {
        assertThat(Redaction.passwordsOf("postgres://app:p%40ss@db/app")).contains("p%40ss", "p@ss");
        assertThat(Redaction.passwordsOf("host=db password='a b c'")).contains("a b c");
        assertThat(Redaction.passwordsOf("https://example.com/")).isEmpty();
    }
}

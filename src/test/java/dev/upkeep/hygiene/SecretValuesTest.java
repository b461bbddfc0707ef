package dev.upkeep.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretValuesTest {
    @ParameterizedTest(name = "secret name: {0}")
    @ValueSource(strings = {"POSTGRES_PASSWORD", "JWT_SECRET", "GITHUB_TOKEN", "STRIPE_SECRET_KEY", "API_KEY", "dbPassword",
            "AWS_SECRET_ACCESS_KEY", "CLIENT_SECRET", "PGPASSWORD", "SMTP_PASS", "VITE_OPENAI_API_KEY", "NEXTAUTH_SECRET"})
    void secretNames(String name) {
        assertThat(SecretValues.isSecretName(name)).as("isSecretName(%s)", name).isTrue();
    }

    @ParameterizedTest(name = "not a secret name: {0}")
    @ValueSource(strings = {"DATABASE_URL", "POSTGRES_USER", "POSTGRES_PASSWORD_FILE", "JWT_EXPIRES_IN", "STRIPE_PUBLISHABLE_KEY",
            "VITE_SUPABASE_ANON_KEY", "CACHE_KEY", "RECAPTCHA_SITE_KEY", "AWS_ACCESS_KEY_ID", "PASSWORD_MIN_LENGTH", "NODE_ENV"})
    void notSecretNames(String name) {
        assertThat(SecretValues.isSecretName(name)).as("isSecretName(%s)", name).isFalse();
    }

    @ParameterizedTest(name = "{0}: real={1} placeholder={2} default={3}")
    @CsvSource({
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0, true, false, false",
            "'\"hunter2-but-longer\"', true, false, false",
            "changethis, false, false, true",
            "change-me-in-production, false, false, true",
            "postgres, false, false, true",
            "${JWT_SECRET}, false, false, false",
            "<your-secret>, false, true, false",
            "your-api-key-here, false, true, false",
            "xxxxxxxx, false, true, false",
            "'', false, true, false",
            "/run/secrets/db_password, false, false, false",
            "12345678901, false, false, false",
    })
    void classifiesValues(String value, boolean real, boolean placeholder, boolean defaultCredential) {
        assertThat(SecretValues.looksReal(value)).as("looksReal(%s)", value).isEqualTo(real);
        assertThat(SecretValues.isPlaceholder(value)).as("isPlaceholder(%s)", value).isEqualTo(placeholder);
        assertThat(SecretValues.isDefaultCredential(value)).as("isDefaultCredential(%s)", value).isEqualTo(defaultCredential);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "${POSTGRES_PASSWORD:-postgres}, postgres",
            "${DB_PASS-changethis}, changethis",
    })
    void referenceFallbacks(String value, String fallback) {
        assertThat(SecretValues.isReference(value)).isTrue();
        assertThat(SecretValues.referenceDefault(value)).contains(fallback);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AKIAIOSFODNN7EXAMPLE", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "sk_live_aBcDeFgHiJkLmNoPqRsTuVwX"})
    void providerTokenFormats(String value) {
        assertThat(SecretValues.hasTokenFormat(value)).as("hasTokenFormat(%s)", value).isTrue();
    }

    @org.junit.jupiter.api.Test
    void maskNeverShowsTheValue() {
        assertThat(SecretValues.mask("\"s3cr3t-value\"")).isEqualTo("value hidden, 12 characters").doesNotContain("s3cr3t");
        assertThat(SecretValues.urlCredentials("postgresql://app:pw@db:5432/app")).hasValueSatisfying(c -> {
            assertThat(c[0]).isEqualTo("app");
            assertThat(c[1]).isEqualTo("pw");
        });
    }
}

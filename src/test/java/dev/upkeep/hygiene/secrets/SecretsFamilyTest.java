package dev.upkeep.hygiene.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.FakeLint;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsFamilyTest {
    /** Not a real key: random base64 in PEM armour, enough for the scanner to see key material. */
    static final String FAKE_KEY = pem("RSA PRIVATE KEY", """
            MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
            VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK
            """);

    /** Armour assembled at run time, so this source file does not itself look like a committed key. */
    static String pem(String kind, String body) {
        String dashes = "-".repeat(5);
        return dashes + "BEGIN " + kind + dashes + "\n" + body + dashes + "END " + kind + dashes + "\n";
    }

    private final SecretsFamily family = new SecretsFamily();

    private List<Finding> check(String path, String text) throws IOException {
        return family.check(FakeLint.file(path, text), FakeLint.context(Map.of(path, text)));
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.subject() + " @" + f.location().line()).toList();
    }

    @Test
    void wantsTextFilesButNotBinariesOrLockfiles() {
        assertThat(List.of(".env", "backend/.env.production", "compose.yaml", "config/settings.yml", "certs/server.key", "src/app.ts"))
                .allSatisfy(p -> assertThat(family.wants(p)).as("wants(%s)", p).isTrue());
        assertThat(List.of("package-lock.json", "pnpm-lock.yaml", "logo.png", "dist/app.min.js", "fonts/a.woff2"))
                .allSatisfy(p -> assertThat(family.wants(p)).as("wants(%s)", p).isFalse());
    }

    @Test
    void committedEnvWithRealSecretsAndDefaults() throws IOException {
        List<Finding> findings = check(".env", """
                # local settings
                POSTGRES_USER=app
                POSTGRES_PASSWORD=changethis
                DATABASE_URL=postgresql://app:${POSTGRES_PASSWORD}@db:5432/app
                JWT_SECRET="6f1c2a9e0b7d4c3f8a5e2d1b9c7f4a3e"
                JWT_EXPIRES_IN=15m
                SMTP_PASSWORD=
                STRIPE_SECRET_KEY=sk_test_your_key_here
                export GITHUB_TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 # for the release script
                ADMIN_URL=postgresql://admin:admin@db:5432/app
                SENTRY_DSN=https://abc123@o0.ingest.sentry.io/42
                """);
        assertThat(ids(findings)).containsExactly(
                "secrets/default-credential POSTGRES_PASSWORD @3",
                "secrets/committed-env-secret JWT_SECRET @5",
                "secrets/committed-env-secret GITHUB_TOKEN @9",
                "secrets/default-credential ADMIN_URL @10");
        assertThat(findings.get(1).message()).isEqualTo(
                ".env is committed and sets JWT_SECRET to what looks like a real secret (value hidden, 32 characters); everyone with the repository has it");
        assertThat(findings).extracting(Finding::message).noneMatch(m -> m.contains("changethis") || m.contains("6f1c2a9e") || m.contains("ghp_"));
    }

    @Test
    void exampleFilesMayHoldPlaceholdersAndDefaultsButNotClientSecrets() throws IOException {
        List<Finding> findings = check(".env.example", """
                POSTGRES_PASSWORD=changethis
                JWT_SECRET=<generate with openssl rand -hex 32>
                VITE_API_URL=/api
                VITE_STRIPE_PUBLISHABLE_KEY=pk_test_xxx
                VITE_OPENAI_API_KEY=
                NEXT_PUBLIC_GITHUB_TOKEN=
                """);
        assertThat(ids(findings)).containsExactly(
                "secrets/client-exposed-secret VITE_OPENAI_API_KEY @5",
                "secrets/client-exposed-secret NEXT_PUBLIC_GITHUB_TOKEN @6");
        assertThat(findings.get(0).message()).contains("VITE_ prefix");
    }

    @Test
    void composeDefaultsIncludingFallbacks() throws IOException {
        List<Finding> findings = check("compose.yaml", """
                services:
                  db:
                    image: postgres:16
                    environment:
                      POSTGRES_USER: postgres
                      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}
                  api:
                    environment:
                      - DATABASE_URL=postgresql://postgres:postgres@db:5432/app
                      - JWT_SECRET=${JWT_SECRET:?required}
                    build:
                      args:
                        REACT_APP_AUTH_SECRET: ${AUTH_SECRET}
                """);
        assertThat(ids(findings)).containsExactly(
                "secrets/default-credential POSTGRES_PASSWORD @6",
                "secrets/default-credential DATABASE_URL @9",
                "secrets/client-exposed-secret REACT_APP_AUTH_SECRET @13");
        assertThat(findings.get(0).message()).contains("falls back to a well-known default");
    }

    @Test
    void devComposeFilesMayUseDefaults() throws IOException {
        assertThat(check("docker-compose.test.yml", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n")).isEmpty();
    }

    @Test
    void configFilesWithDefaultsButNotAlembicPlaceholders() throws IOException {
        assertThat(ids(check("config/database.yml", "production:\n  username: app\n  password: admin\n")))
                .containsExactly("secrets/default-credential password @3");
        assertThat(check("alembic.ini", "[alembic]\nsqlalchemy.url = driver://user:pass@localhost/dbname\n")).isEmpty();
    }

    @Test
    void privateKeysAnywhereButNotDocumentationStubs() throws IOException {
        List<Finding> findings = check("deploy/certs/api.key", FAKE_KEY);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("secrets/private-key");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.message()).isEqualTo("deploy/certs/api.key contains a RSA private key on line 1");
        });
        String json = "{\"private_key\": \"" + pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n")
                .replace("\n", "\\n") + "\"}";
        assertThat(ids(check("service-account.json", json))).containsExactly("secrets/private-key PKCS#8 private key@1 @1");
        assertThat(check("docs/keys.md", "Paste your key:\n" + pem("PRIVATE KEY", "...\n"))).isEmpty();
        assertThat(check("certs/public.pem", "-----BEGIN CERTIFICATE-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END CERTIFICATE-----\n")).isEmpty();
    }

    @Test
    void encryptedKeysAreHighNotCritical() throws IOException {
        String key = FAKE_KEY.replace("RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY");
        assertThat(check("key.pem", key)).singleElement().extracting(Finding::severity).isEqualTo(Severity.HIGH);
    }

    @Test
    void dockerfilesAndWorkflowsExposingSecretsToTheClient() throws IOException {
        assertThat(ids(check("frontend/Dockerfile", "FROM node:20\nARG VITE_SENTRY_AUTH_TOKEN\nENV VITE_API_URL=/api\n")))
                .containsExactly("secrets/client-exposed-secret VITE_SENTRY_AUTH_TOKEN @2");
        assertThat(ids(check(".github/workflows/ci.yml", "jobs:\n  b:\n    env:\n      NEXT_PUBLIC_API_SECRET: ${{ secrets.API_SECRET }}\n")))
                .containsExactly("secrets/client-exposed-secret NEXT_PUBLIC_API_SECRET @4");
    }
}

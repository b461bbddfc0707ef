package dev.upkeep.hygiene.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules about single instructions. */
class InstructionRulesTest {

    @Test
    void addLocalFile() {
        assertThat(Lint.of("dockerfile/add-local-file", "FROM alpine:3\nADD app.py /app/\nADD \"site.zip\" /srv/\n"))
                .extracting(f -> f.evidence().get("source")).containsExactly("app.py", "site.zip");
        String fine = """
                FROM alpine:3
                ADD rootfs.tar.gz /
                ADD https://example.com/tool /usr/local/bin/tool
                ADD git@github.com:org/repo.git /src
                ADD --checksum=sha256:abc https://example.com/x.tgz /x
                COPY app.py /app/
                ADD ${ARCHIVE} /opt/
                """;
        assertThat(Lint.of("dockerfile/add-local-file", fine)).isEmpty();
    }

    @ParameterizedTest(name = "relative: {0}")
    @ValueSource(strings = {"app", "'relative/dir'", "\"src\"", "./app"})
    void relativeWorkdirFires(String dir) {
        assertThat(Lint.of("dockerfile/relative-workdir", "FROM alpine:3\nWORKDIR " + dir + "\n")).as(dir).hasSize(1);
    }

    @ParameterizedTest(name = "absolute: {0}")
    @ValueSource(strings = {"/app", "\"/usr/local\"", "${HOME}", "$APP_HOME/src", "C:\\\\app", "C:/app", "'D:\\'"})
    void relativeWorkdirStaysQuiet(String dir) {
        assertThat(Lint.of("dockerfile/relative-workdir", "FROM alpine:3\nWORKDIR " + dir + "\n")).as(dir).isEmpty();
    }

    @Test
    void shellFormCmd() {
        assertThat(Lint.of("dockerfile/shell-form-cmd", "FROM alpine:3\nENTRYPOINT /entrypoint.sh\nCMD uvicorn app:app\n"))
                .extracting(f -> f.evidence().get("keyword")).containsExactly("ENTRYPOINT", "CMD");
        assertThat(Lint.of("dockerfile/shell-form-cmd", "FROM alpine:3\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [ \"uvicorn\", \"app:app\" ]\n"
                + "HEALTHCHECK CMD curl -f http://localhost/ || exit 1\n")).isEmpty();
    }

    @Test
    void overriddenInstruction() {
        String text = """
                FROM alpine:3 AS a
                CMD ["a"]
                CMD ["b"]
                FROM alpine:3
                CMD ["c"]
                ENTRYPOINT ["x"]
                HEALTHCHECK CMD true
                HEALTHCHECK NONE
                """;
        assertThat(Lint.of("dockerfile/overridden-instruction", text)).extracting(f -> f.location().line())
                .as("CMD at 2 and HEALTHCHECK at 7; CMD of another stage does not count").containsExactly(2, 7);
    }

    @Test
    void invalidPort() {
        assertThat(Lint.of("dockerfile/invalid-port", "FROM alpine:3\nEXPOSE 80 80000 40000-70000/tcp\n"))
                .extracting(f -> f.evidence().get("port")).containsExactly("80000", "70000");
        assertThat(Lint.of("dockerfile/invalid-port", "FROM alpine:3\nEXPOSE 8080/tcp 53/udp 40000-60000 ${PORT}\n")).isEmpty();
    }

    @Test
    void maintainerDeprecated() {
        assertThat(Lint.of("dockerfile/maintainer-deprecated", "FROM alpine:3\nMAINTAINER Jane <jane@example.com>\n")).hasSize(1);
        assertThat(Lint.of("dockerfile/maintainer-deprecated", "FROM alpine:3\nLABEL org.opencontainers.image.authors=jane\n")).isEmpty();
    }

    @Test
    void secretInEnvOrArgFiresOnLiteralValues() {
        String text = """
                ARG NPM_TOKEN=npm_abcdef
                FROM python:3.12-slim
                ENV DJANGO_SECRET_KEY=changeme DEBUG=0
                ENV my_password abc def
                ENV OPENAI_API_KEY="sk-123"
                """;
        assertThat(Lint.of("dockerfile/secret-in-env-or-arg", text)).extracting(Finding::subject)
                .containsExactly("ARG NPM_TOKEN", "ENV DJANGO_SECRET_KEY", "ENV my_password", "ENV OPENAI_API_KEY");
    }

    @Test
    void secretInEnvOrArgStaysQuietForReferencesAndNonSecrets() {
        String text = """
                FROM python:3.12-slim
                ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
                ENV DATABASE_PASSWORD_FILE=/run/secrets/db_password
                ENV API_TOKEN=$API_TOKEN SECRET_KEY=
                ENV TOKEN_URL=https://auth.example.com/token PASSWORD_MIN_LENGTH=12
                ENV KEYRING_BACKEND=file MONKEY=1
                """;
        assertThat(Lint.of("dockerfile/secret-in-env-or-arg", text)).isEmpty();
    }

    @Test
    void secretBuildArg() {
        assertThat(Lint.of("dockerfile/secret-build-arg", "ARG AWS_ACCESS_KEY_ID\nFROM alpine:3\nARG github_token\n"))
                .extracting(Finding::subject).containsExactly("ARG AWS_ACCESS_KEY_ID", "ARG github_token");
        assertThat(Lint.of("dockerfile/secret-build-arg", "ARG VERSION\nFROM alpine:3\nARG NPM_TOKEN=literal\n"))
                .as("plain arg; a literal is secret-in-env-or-arg's").isEmpty();
    }
}

package dev.upkeep.hygiene.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules about what RUN scripts do. */
class RunRulesTest {

    @ParameterizedTest(name = "piped: {0}")
    @ValueSource(strings = {"curl -fsSL https://get.example.sh | sh", "wget -qO- https://x.example/install | sudo bash -s -- --yes",
        "sh -c \"$(curl -fsSL https://x.example/install.sh)\"", "bash <(curl -s https://x.example/i.sh)",
        "curl -sSL https://install.python-poetry.org | python3 -"})
    void curlPipeShellFires(String command) {
        assertThat(Lint.of("dockerfile/curl-pipe-shell", "FROM debian:12\nRUN " + command + "\n")).as(command).hasSize(1);
    }

    @ParameterizedTest(name = "not piped: {0}")
    @ValueSource(strings = {"curl -fsSLo install.sh https://x.example/i.sh && echo 'abc  install.sh' | sha256sum -c - && sh install.sh",
        "curl -fsSL https://x.example/app.tar.gz | tar -xz -C /opt", "echo hello | sh", "cat script.sh | bash"})
    void curlPipeShellStaysQuiet(String command) {
        assertThat(Lint.of("dockerfile/curl-pipe-shell", "FROM debian:12\nRUN " + command + "\n")).as(command).isEmpty();
    }

    @Test
    void pipeWithoutPipefailFiresUnderPlainSh() {
        assertThat(Lint.of("dockerfile/pipe-without-pipefail", "FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar -xz\n"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("/bin/sh -c"));
        String resetShell = """
                FROM debian:12
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                SHELL ["/bin/sh", "-c"]
                RUN curl -fsSL https://x/a.tgz | tar -xz
                """;
        assertThat(Lint.of("dockerfile/pipe-without-pipefail", resetShell)).as("SHELL reset to sh").hasSize(1);
        String otherStage = """
                FROM debian:12 AS a
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                FROM debian:12
                RUN curl -fsSL https://x/a.tgz | tar -xz
                """;
        assertThat(Lint.of("dockerfile/pipe-without-pipefail", otherStage)).as("SHELL of an unrelated stage").hasSize(1);
    }

    @Test
    void pipeWithoutPipefailStaysQuietWhenPipefailIsOn() {
        String bash = "FROM debian:12 AS a\nSHELL [\"/bin/bash\", \"-euo\", \"pipefail\", \"-c\"]\nFROM a\nRUN curl -fsSL https://x/a.tgz | tar -xz\n";
        assertThat(Lint.of("dockerfile/pipe-without-pipefail", bash)).as("inherited bash -euo pipefail").isEmpty();
        assertThat(Lint.of("dockerfile/pipe-without-pipefail", "FROM debian:12\nRUN set -o pipefail && curl -fsSL https://x | tar -xz\n"))
                .as("set -o pipefail in the RUN").isEmpty();
        assertThat(Lint.of("dockerfile/pipe-without-pipefail", "FROM mcr.microsoft.com/powershell\nSHELL [\"pwsh\", \"-c\"]\nRUN Get-Item x | Select-Object Name\n"))
                .as("powershell").isEmpty();
        assertThat(Lint.of("dockerfile/pipe-without-pipefail", "FROM debian:12\nRUN [\"sh\", \"-c\", \"a | b\"]\nRUN a || b\n"))
                .as("exec form, || is no pipe").isEmpty();
    }

    @Test
    void cdInsteadOfWorkdir() {
        assertThat(Lint.of("dockerfile/cd-instead-of-workdir", "FROM debian:12\nRUN cd /usr/src/app && make\n")).hasSize(1);
        assertThat(Lint.of("dockerfile/cd-instead-of-workdir", "FROM debian:12\nWORKDIR /usr/src/app\nRUN (cd vendor && make) && make\n"))
                .as("relative cd in a subshell").isEmpty();
    }

    @Test
    void dependencyInstallAfterCopyAllFires() {
        String node = """
                FROM node:20-alpine
                WORKDIR /app
                COPY . .
                RUN npm ci && npm run build
                """;
        assertThat(Lint.of("dockerfile/dependency-install-after-copy-all", node)).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(4);
            assertThat(f.evidence()).containsEntry("install", "npm ci").containsEntry("copyLine", "3");
        });
        String python = "FROM python:3.12-slim\nCOPY ./ /app\nRUN pip install --no-cache-dir -r /app/requirements.txt\n";
        assertThat(Lint.of("dockerfile/dependency-install-after-copy-all", python)).hasSize(1);
        String poetry = "FROM python:3.12-slim\nCOPY . /app\nRUN poetry install --no-root\n";
        assertThat(Lint.of("dockerfile/dependency-install-after-copy-all", poetry)).hasSize(1);
    }

    @Test
    void dependencyInstallAfterCopyAllStaysQuietForTheCachedPattern() {
        String node = """
                FROM node:20-alpine
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci
                COPY . .
                RUN npm run build && npm install
                """;
        assertThat(Lint.of("dockerfile/dependency-install-after-copy-all", node)).as("install before the copy").isEmpty();
        String fromBuilder = "FROM node:20 AS build\nFROM node:20-slim\nCOPY --from=build . .\nRUN npm ci\n";
        assertThat(Lint.of("dockerfile/dependency-install-after-copy-all", fromBuilder)).as("copy from a stage").isEmpty();
        String tool = "FROM python:3.12-slim\nCOPY . .\nRUN pip install --no-cache-dir gunicorn==22.0.0\n";
        assertThat(Lint.of("dockerfile/dependency-install-after-copy-all", tool)).as("a named tool, not a manifest").isEmpty();
    }
}

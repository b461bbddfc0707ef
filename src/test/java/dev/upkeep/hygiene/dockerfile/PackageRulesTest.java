package dev.upkeep.hygiene.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules about package managers in RUN. */
class PackageRulesTest {

    static List<String> managers(List<Finding> findings) {
        return findings.stream().map(f -> f.evidence().get("manager")).toList();
    }

    @ParameterizedTest(name = "cache left: {0}")
    @ValueSource(strings = {
        "RUN apt-get update && apt-get install -y --no-install-recommends curl",
        "RUN apk add curl",
        "RUN dnf install -y httpd && microdnf clean all",
        "RUN yum install -y httpd",
        "RUN zypper clean && zypper install -y httpd",
        "RUN PIP_NO_CACHE_DIR=0 pip install gunicorn==22.0.0",
        "RUN yarn install --frozen-lockfile",
        "RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends curl",
    })
    void packageCacheNotCleanedFires(String run) {
        assertThat(Lint.of("dockerfile/package-cache-not-cleaned", "FROM debian:12-slim\n" + run + "\n")).as(run).isNotEmpty();
    }

    @ParameterizedTest(name = "cache cleaned: {0}")
    @ValueSource(strings = {
        "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
        "RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl",
        "RUN apk add --no-cache curl",
        "RUN apk add curl && rm -rf /var/cache/apk/*",
        "RUN dnf install -y httpd && dnf clean all",
        "RUN microdnf install -y httpd && rm -rf /var/cache/yum/*",
        "RUN yum install -y httpd && yum clean all",
        "RUN zypper install -y httpd && zypper cc -a",
        "RUN pip install --no-cache-dir flask==3.0.0",
        "RUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.0.0",
        "RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt",
        "RUN yarn install --frozen-lockfile && yarn cache clean",
        "RUN pipx install poetry==1.8.5",
        "RUN echo apt-get install curl",
    })
    void packageCacheNotCleanedStaysQuiet(String run) {
        assertThat(Lint.of("dockerfile/package-cache-not-cleaned", "FROM debian:12-slim\n" + run + "\n")).as(run).isEmpty();
    }

    @Test
    void packageCacheCountsOnlyWhereItShipsAndHonoursEnv() {
        String builder = "FROM python:3.12 AS build\nRUN pip install build==1.2.1\nFROM python:3.12-slim\nCOPY --from=build /d /d\n";
        assertThat(Lint.of("dockerfile/package-cache-not-cleaned", builder)).as("builder stage only").isEmpty();
        String inherited = "FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=on\nFROM base\nRUN pip install flask==3.0.0\n";
        assertThat(Lint.of("dockerfile/package-cache-not-cleaned", inherited)).as("ENV inherited").isEmpty();
        String dockerClean = """
                FROM debian:12-slim
                RUN rm -f /etc/apt/apt.conf.d/docker-clean
                RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl
                """;
        assertThat(Lint.of("dockerfile/package-cache-not-cleaned", dockerClean)).as("docker-clean removed, archives kept")
                .singleElement().satisfies(f -> {
                    assertThat(f.location().line()).isEqualTo(3);
                    assertThat(f.evidence()).containsEntry("manager", "apt");
                });
        String two = "FROM alpine:3.20\nRUN apk add curl && pip install flask==3.0.0\n";
        assertThat(managers(Lint.of("dockerfile/package-cache-not-cleaned", two))).containsExactly("apk", "pip");
    }

    @Test
    void aptInstallRecommends() {
        assertThat(Lint.of("dockerfile/apt-install-recommends", "FROM debian:12\nRUN apt-get install -y curl\n")).hasSize(1);
        assertThat(Lint.of("dockerfile/apt-install-recommends", "FROM debian:12\nRUN apt-get -y --no-install-recommends install curl\n")).isEmpty();
        assertThat(Lint.of("dockerfile/apt-install-recommends", "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n"))
                .isEmpty();
        assertThat(Lint.of("dockerfile/apt-install-recommends", "FROM debian:12 AS b\nRUN apt-get install -y gcc\nFROM debian:12-slim\n"))
                .as("builder stage").isEmpty();
    }

    @ParameterizedTest(name = "prompts: {0}")
    @ValueSource(strings = {"apt-get install curl", "apt-get install --quiet curl", "apt-get -q install curl", "apt-get remove curl",
        "yum install httpd", "dnf install httpd", "microdnf install httpd", "zypper install httpd", "sudo apt-get upgrade"})
    void installWithoutYesFires(String command) {
        assertThat(Lint.of("dockerfile/install-without-yes", "FROM debian:12\nRUN " + command + "\n")).as(command).hasSize(1);
    }

    @ParameterizedTest(name = "non-interactive: {0}")
    @ValueSource(strings = {"apt-get install -y curl", "apt-get -yq install curl", "apt-get --yes install curl",
        "apt-get install --assume-yes curl", "apt-get install -qq curl", "apt-get install -q -q curl", "apt-get install -q=2 curl",
        "yes | apt-get install curl", "apt-get update", "yum install -y httpd", "dnf --assumeyes install httpd",
        "zypper -n install httpd", "zypper install --no-confirm httpd", "zypper refresh", "apk add curl"})
    void installWithoutYesStaysQuiet(String command) {
        assertThat(Lint.of("dockerfile/install-without-yes", "FROM debian:12\nRUN " + command + "\n")).as(command).isEmpty();
    }

    @ParameterizedTest(name = "unpinned: {0}")
    @ValueSource(strings = {"pip install poetry", "python3 -m pip install --upgrade pip", "pip install --root-user-action=ignore httpie",
        "pip install git+https://github.com/org/tool.git", "pipx install black", "npm install -g pnpm", "npm i @angular/cli",
        "npm install typescript@latest", "npm install github:org/tool", "yarn global add serve", "gem install bundler",
        "go install golang.org/x/tools/gopls@latest", "go install example.com/cmd", "go run example.com/tool"})
    void unpinnedPackageInstallFires(String command) {
        assertThat(Lint.of("dockerfile/unpinned-package-install", "FROM debian:12\nRUN " + command + "\n")).as(command).hasSize(1);
    }

    @ParameterizedTest(name = "pinned: {0}")
    @ValueSource(strings = {"pip install poetry==1.8.5", "pip install 'django>=4.2,<5'", "pip install -r requirements.txt",
        "pip install .", "pip install -e ./lib", "pip install ./dist/app-1.0-py3-none-any.whl", "pip install -c constraints.txt flask",
        "pip install --index-url https://pypi.example/simple app==1.0", "pipx install --python python3.12 poetry==1.8.5",
        "pip install git+https://github.com/org/tool.git@v1.2.0", "npm ci", "npm install", "npm install --omit dev",
        "npm install -g pnpm@9.12.0", "npm install @scope/pkg@^2.0.0", "npm install ./local-pkg", "npm install tool-1.0.0.tgz",
        "npm install git+https://github.com/org/tool.git#v1.0.0", "npm run install", "yarn add react@18.3.1", "yarn install",
        "gem install bundler:2.5.0", "gem install bundler -v 2.5.0", "gem install rails --version=7.1.0",
        "go install golang.org/x/tools/gopls@v0.16.2", "go install ./cmd/app", "go build ./...", "apt-get install -y curl"})
    void unpinnedPackageInstallStaysQuiet(String command) {
        assertThat(Lint.of("dockerfile/unpinned-package-install", "FROM debian:12\nRUN " + command + "\n")).as(command).isEmpty();
    }

    @Test
    void unpinnedPackageInstallNamesThePackages() {
        assertThat(Lint.of("dockerfile/unpinned-package-install", "FROM python:3.12-slim\nRUN pip install uv==0.4.0 httpie ruff\n"))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsEntry("packages", "httpie ruff").containsEntry("manager", "pip");
                    assertThat(f.message()).contains("httpie, ruff");
                });
    }

    @Test
    void noSudoAndAptInsteadOfAptGet() {
        assertThat(Lint.of("dockerfile/no-sudo", "FROM debian:12\nRUN apt-get update && sudo apt-get install -y curl\n")).hasSize(1);
        assertThat(Lint.of("dockerfile/no-sudo", "FROM debian:12\nRUN apt-get install -y sudo\n")).as("installing sudo").isEmpty();
        assertThat(Lint.of("dockerfile/apt-instead-of-apt-get", "FROM debian:12\nRUN apt install -y curl\n")).hasSize(1);
        assertThat(Lint.of("dockerfile/apt-instead-of-apt-get", "FROM debian:12\nRUN apt-get install -y apt-utils\n")).isEmpty();
    }
}

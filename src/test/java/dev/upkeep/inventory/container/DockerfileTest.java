package dev.upkeep.inventory.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileTest {

    static Dockerfile fixture(String name) throws IOException {
        try (InputStream in = DockerfileTest.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return Dockerfile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void multiStageStagesAliasesPlatformsAndGlobalArgs() throws IOException {
        Dockerfile d = fixture("multi-stage.Dockerfile");
        assertThat(d.directives()).as("parse(multi-stage).directives").containsExactly(Map.entry("syntax", "docker/dockerfile:1.7"));
        assertThat(d.stages()).as("parse(multi-stage).stages").hasSize(2);
        Stage web = d.stages().get(0);
        assertThat(web.baseImage()).isEqualTo("node:20-alpine");
        assertThat(web.alias()).as("alias is lower-cased").isEqualTo("web");
        assertThat(web.platform()).isEqualTo("$BUILDPLATFORM");
        assertThat(web.line()).isEqualTo(6);
        assertThat(web.instructions()).extracting(Instruction::keyword)
                .containsExactly("WORKDIR", "COPY", "RUN", "COPY", "RUN");
        Stage api = d.stages().get(1);
        assertThat(api.baseImage()).isEqualTo("${BASE}");
        assertThat(api.resolvedImage()).as("BASE from PYTHON_VERSION; DISTRO unset").isEqualTo("python:3.12-slim");
        assertThat(api.image()).hasValueSatisfying(r -> {
            assertThat(r.repository()).isEqualTo("python");
            assertThat(r.tag()).isEqualTo("3.12-slim");
        });
        assertThat(api.alias()).isEqualTo("api");
        assertThat(d.finalStage()).contains(api);
        assertThat(d.stage("WEB", 1)).contains(web);
        assertThat(d.stage("0", 1)).contains(web);
        assertThat(d.stage("api", 1)).as("a stage cannot name itself").isEmpty();
        assertThat(d.globalArgs()).containsEntry("PYTHON_VERSION", "3.12").containsEntry("DISTRO", null);
    }

    @Test
    void flagsRepeatAndEndBeforeTheCommand() throws IOException {
        Dockerfile d = fixture("multi-stage.Dockerfile");
        Instruction npmCi = d.stages().get(0).instructions("RUN").get(0);
        assertThat(npmCi.line()).isEqualTo(9);
        assertThat(npmCi.endLine()).isEqualTo(11);
        assertThat(npmCi.flags()).containsExactly(
                new Flag("mount", "type=cache,target=/root/.npm"), new Flag("mount", "type=secret,id=npmrc"));
        assertThat(npmCi.body()).isEqualTo("npm ci");
        Instruction copy = d.stages().get(1).instructions("COPY").get(0);
        assertThat(copy.flag("from")).contains("web");
        assertThat(copy.flag("chown")).contains("app:app");
        assertThat(copy.flag("link")).isEmpty();
        assertThat(copy.words()).containsExactly("/app/out", "/srv/static");
    }

    @Test
    void execFormAndEnvPairs() throws IOException {
        Dockerfile d = fixture("multi-stage.Dockerfile");
        Instruction cmd = d.stages().get(1).instructions("CMD").get(0);
        assertThat(cmd.execForm()).isTrue();
        assertThat(cmd.exec()).containsExactly("uvicorn", "main:app", "--host", "0.0.0.0");
        assertThat(cmd.script()).isEqualTo("uvicorn main:app --host 0.0.0.0");
        Instruction env = d.stages().get(1).instructions("ENV").get(0);
        assertThat(env.keyValues()).containsExactly(
                new KeyValue("PYTHONDONTWRITEBYTECODE", "1"), new KeyValue("APP_HOME", "/srv/my app"));
        assertThat(env.line()).isEqualTo(16);
        assertThat(env.endLine()).isEqualTo(17);
    }

    @Test
    void continuationsDropCommentAndBlankLinesAndKeepLineNumbers() throws IOException {
        Dockerfile d = fixture("continuations.Dockerfile");
        List<Instruction> all = d.instructions();
        assertThat(all).extracting(Instruction::keyword)
                .containsExactly("FROM", "RUN", "ENV", "LABEL", "EXPOSE", "HEALTHCHECK");
        Instruction run = all.get(1);
        assertThat(run.line()).isEqualTo(3);
        assertThat(run.endLine()).isEqualTo(9);
        assertThat(run.body()).doesNotContain("comment").contains("--no-install-recommends").contains("rm -rf");
        assertThat(run.words()).contains("curl", "ca-certificates", "&&");
        assertThat(d.comments()).containsExactly(new Comment(10, "a real comment"));
        assertThat(all.get(2).keyValues()).as("legacy ENV key value").containsExactly(new KeyValue("PATH", "/opt/bin:$PATH"));
        assertThat(all.get(3).keyValues()).containsExactly(
                new KeyValue("org.opencontainers.image.title", "demo app"), new KeyValue("version", "1"));
        assertThat(all.get(4).words()).containsExactly("8080/tcp", "9090");
        Instruction health = all.get(5);
        assertThat(health.flag("interval")).contains("30s");
        assertThat(health.body()).startsWith("CMD curl");
        assertThat(health.line()).isEqualTo(14);
    }

    @Test
    void escapeDirectiveChangesTheContinuationCharacter() throws IOException {
        Dockerfile d = fixture("escape-backtick.Dockerfile");
        assertThat(d.escape()).isEqualTo('`');
        assertThat(d.stages().get(0).resolvedImage()).isEqualTo("mcr.microsoft.com/windows/servercore:ltsc2022");
        Instruction run = d.instructions().get(3);
        assertThat(run.line()).isEqualTo(5);
        assertThat(run.endLine()).isEqualTo(6);
        assertThat(run.body()).contains("C:\\app").contains("Write-Host done");
        assertThat(d.instructions().get(4).words()).as("backslash is literal under escape=`").containsExactly("C:\\app");
        assertThat(d.instructions().get(2).exec()).containsExactly("powershell", "-Command");
    }

    @Test
    void heredocsFollowTheirInstruction() throws IOException {
        Dockerfile d = fixture("heredocs.Dockerfile");
        List<Instruction> all = d.instructions();
        assertThat(all).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "COPY", "RUN", "RUN");
        Instruction run = all.get(1);
        assertThat(run.heredocs()).containsExactly(new Heredoc("EOF", false, false, "apk add --no-cache curl\necho ready\n", 3));
        assertThat(run.line()).isEqualTo(2);
        assertThat(run.endLine()).isEqualTo(5);
        assertThat(run.script()).contains("apk add --no-cache curl");
        Instruction copy = all.get(2);
        assertThat(copy.heredocs()).containsExactly(new Heredoc("CONF", true, true, "key = $VALUE\n", 7));
        assertThat(copy.endLine()).isEqualTo(8);
        assertThat(copy.script()).as("COPY's heredoc is file content, not a script").doesNotContain("key =");
        assertThat(all.get(3).heredocs()).extracting(Heredoc::delimiter).containsExactly("A", "B");
        assertThat(all.get(3).script()).as("cat <<A: data").isEqualTo("cat <<A <<B > /out");
        assertThat(all.get(3).endLine()).isEqualTo(13);
        assertThat(all.get(4).heredocs()).as("arithmetic shift is no heredoc").isEmpty();
        assertThat(all.get(4).line()).isEqualTo(14);
    }

    @Test
    void heredocFedToAShellIsAScript() {
        Dockerfile d = Dockerfile.parse("FROM alpine\nRUN /bin/bash <<EOF\napk add curl\nEOF\nRUN python3 <<EOF\nprint(1)\nEOF\n");
        assertThat(d.instructions().get(1).script()).contains("apk add curl");
        assertThat(d.instructions().get(2).script()).isEqualTo("python3 <<EOF");
    }

    @Test
    void invalidJsonFallsBackToShellForm() {
        Dockerfile d = Dockerfile.parse("FROM alpine\nCMD ['sh', '-c', 'echo']\nENTRYPOINT [\"a\", 1]\nVOLUME [\"/a\"] [\"/b\"]\n");
        assertThat(d.instructions().get(1).execForm()).as("single quotes are not JSON").isFalse();
        assertThat(d.instructions().get(2).execForm()).as("a number is not a string").isFalse();
        assertThat(d.instructions().get(3).execForm()).as("two arrays are not one").isFalse();
    }

    @Test
    void onbuildCarriesItsTrigger() {
        Instruction onbuild = Dockerfile.parse("FROM alpine\nONBUILD RUN --network=none apk add curl\n").instructions().get(1);
        assertThat(onbuild.onbuildTrigger()).hasValueSatisfying(t -> {
            assertThat(t.keyword()).isEqualTo("RUN");
            assertThat(t.flag("network")).contains("none");
            assertThat(t.body()).isEqualTo("apk add curl");
            assertThat(t.line()).isEqualTo(2);
        });
    }

    @Test
    void keywordsAreCaseInsensitiveAndCrLfIsALineEnd() {
        Dockerfile d = Dockerfile.parse("\uFEFFfrom alpine:3 AS base\r\nrun echo \\\r\n  hi\r\nuser 1000\r\n");
        assertThat(d.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "USER");
        assertThat(d.instructions().get(2).line()).isEqualTo(4);
        assertThat(d.stages().get(0).alias()).isEqualTo("base");
    }

    @Test
    void directivesStopAtTheFirstOtherLine() {
        Dockerfile d = Dockerfile.parse("# escape=`\n\n# syntax=docker/dockerfile:1\nFROM alpine\n");
        assertThat(d.directives()).containsOnlyKeys("escape");
        assertThat(d.comments()).extracting(Comment::text).containsExactly("syntax=docker/dockerfile:1");
    }

    @Test
    void instructionsBeforeTheFirstFromBelongToNoStage() {
        Dockerfile d = Dockerfile.parse("WORKDIR relative/dir\n");
        assertThat(d.stages()).isEmpty();
        assertThat(d.finalStage()).isEmpty();
        assertThat(d.instructions()).hasSize(1);
    }

    @Test
    void malformedFilesNameTheLine() {
        assertThatThrownBy(() -> Dockerfile.parse("FROM alpine\nFOO bar\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("unknown instruction 'FOO'")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(2);
        assertThatThrownBy(() -> Dockerfile.parse("FROM alpine\nRUN <<EOF\necho\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("<<EOF is never closed");
        assertThatThrownBy(() -> Dockerfile.parse("# escape=`\n# escape=\\\nFROM alpine\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("given twice")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(2);
        assertThatThrownBy(() -> Dockerfile.parse("# escape=x\nFROM alpine\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("escape directive");
        assertThatThrownBy(() -> Dockerfile.parse("ARG X\nFROM alpine builder\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("AS name")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(2);
        assertThatThrownBy(() -> Dockerfile.parse("FROM\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("FROM without an image");
    }
}

package dev.upkeep.hygiene.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules about stages and base images. */
class ImageRulesTest {

    static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.location().line()).toList();
    }

    @Test
    void nonRootUserFiresOnMissingOrRootUserInTheFinalStage() {
        String noUser = "FROM python:3.12-slim\nCMD [\"python\"]\n";
        assertThat(lines(Lint.of("dockerfile/non-root-user", noUser))).as("no USER").containsExactly(1);
        String root = "FROM python:3.12-slim\nUSER app\nRUN x\nUSER 0:0\n";
        assertThat(Lint.of("dockerfile/non-root-user", root)).as("USER 0:0 last").singleElement()
                .satisfies(f -> {
                    assertThat(f.location().line()).isEqualTo(4);
                    assertThat(f.evidence()).containsEntry("user", "0:0");
                    assertThat(f.message()).contains("USER 0:0").contains("line 4");
                });
        String inherited = "FROM python:3.12-slim AS base\nUSER root\nFROM base\nRUN x\n";
        assertThat(Lint.of("dockerfile/non-root-user", inherited)).as("root inherited from stage base").hasSize(1);
    }

    @Test
    void nonRootUserStaysQuietForAnUnprivilegedFinalStage() {
        String builderRoot = "FROM node:20 AS build\nUSER root\nRUN npm ci\nFROM node:20-slim\nUSER node\n";
        assertThat(Lint.of("dockerfile/non-root-user", builderRoot)).as("builder runs as root, final as node").isEmpty();
        String inherited = "FROM python:3.12-slim AS base\nUSER 10001\nFROM base\nRUN x\n";
        assertThat(Lint.of("dockerfile/non-root-user", inherited)).as("USER inherited from stage base").isEmpty();
        assertThat(Lint.of("dockerfile/non-root-user", "FROM gcr.io/distroless/static:nonroot\nCOPY app /app\n"))
                .as("distroless nonroot").isEmpty();
        assertThat(Lint.of("dockerfile/non-root-user", "FROM alpine:3.20\nUSER ${APP_UID}\n")).as("variable user").isEmpty();
    }

    @Test
    void unpinnedBaseImageFiresOnNoTagAndLatest() {
        String text = "FROM debian\nFROM node:latest AS web\nFROM ghcr.io/org/app\n";
        assertThat(Lint.of("dockerfile/unpinned-base-image", text)).extracting(Finding::subject)
                .containsExactly("debian", "node:latest", "ghcr.io/org/app");
        assertThat(Lint.of("dockerfile/unpinned-base-image", "ARG BASE=python\nFROM ${BASE}\n"))
                .as("resolved through a global ARG").extracting(Finding::subject).containsExactly("python");
    }

    @Test
    void unpinnedBaseImageStaysQuietForTagsDigestsStagesAndScratch() {
        String text = """
                ARG TAG=3.12-slim
                ARG UNSET
                FROM python:${TAG} AS base
                FROM base
                FROM scratch
                FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                FROM debian:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                FROM ${UNSET}
                """;
        assertThat(Lint.of("dockerfile/unpinned-base-image", text)).isEmpty();
    }

    @Test
    void baseImageNoDigestIsInformationalForTaggedImagesOnly() {
        String text = "FROM node:20-alpine AS build\nFROM build\nFROM nginx:1.27@sha256:"
                + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM debian\n";
        assertThat(Lint.of("dockerfile/base-image-no-digest", text)).extracting(Finding::subject)
                .as("only the tagged, undigested image").containsExactly("node:20-alpine");
    }

    @Test
    void fullBaseImageFiresForTheFinalStageOnly() {
        assertThat(Lint.of("dockerfile/full-base-image", "FROM python:3.12\nCMD [\"app\"]\n")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("python:3.12").contains("-slim"));
        assertThat(Lint.of("dockerfile/full-base-image", "FROM node:20-bookworm AS base\nFROM base\n")).as("via a stage").hasSize(1);
        assertThat(Lint.of("dockerfile/full-base-image", "FROM node\n")).as("untagged is latest, full").hasSize(1);
    }

    @Test
    void fullBaseImageStaysQuietForSlimVariantsBuildersAndOtherImages() {
        assertThat(Lint.of("dockerfile/full-base-image", "FROM golang:1.23 AS build\nFROM gcr.io/distroless/static:nonroot\n"))
                .as("full image in a builder").isEmpty();
        for (String image : List.of("python:3.12-slim", "node:20-alpine", "ruby:3.3-slim-bookworm", "eclipse-temurin:21-jre",
                "debian:bookworm", "bitnami/python:3.12", "ghcr.io/org/python:3")) {
            assertThat(Lint.of("dockerfile/full-base-image", "FROM " + image + "\n")).as(image).isEmpty();
        }
    }

    @Test
    void noHealthcheckFiresWhenNothingChecksHealth() {
        assertThat(lines(Lint.of("dockerfile/no-healthcheck", "FROM alpine:3.20\nCMD [\"app\"]\n"))).containsExactly(1);
        String otherStage = "FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM alpine:3.20\n";
        assertThat(Lint.of("dockerfile/no-healthcheck", otherStage)).as("healthcheck in an unrelated stage").hasSize(1);
        String compose = """
                services:
                  web:
                    build: ./web
                    healthcheck: {test: ["CMD", "true"]}
                  api:
                    build: {context: ./api, dockerfile: Dockerfile.prod}
                    healthcheck: {disable: true}
                """;
        assertThat(Lint.all("api/Dockerfile.prod", "FROM alpine:3.20\n", Map.of("compose.yaml", compose)).stream()
                .filter(f -> f.ruleId().equals("dockerfile/no-healthcheck"))).as("compose healthcheck disabled").hasSize(1);
    }

    @Test
    void noHealthcheckStaysQuietWhenTheImageOrComposeChecksHealth() {
        assertThat(Lint.of("dockerfile/no-healthcheck", "FROM alpine:3.20\nHEALTHCHECK NONE\n")).as("explicit NONE").isEmpty();
        assertThat(Lint.of("dockerfile/no-healthcheck", "FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM base\n"))
                .as("inherited").isEmpty();
        String compose = """
                x-common: &common
                  healthcheck:
                    test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
                services:
                  api:
                    <<: *common
                    build:
                      context: ../backend
                """;
        assertThat(Lint.all("backend/Dockerfile", "FROM python:3.12-slim\n", Map.of("deploy/docker-compose.yml", compose))
                .stream().filter(f -> f.ruleId().equals("dockerfile/no-healthcheck"))).as("compose service with merge key").isEmpty();
        assertThat(Lint.all("Dockerfile", "FROM python:3.12-slim\n", Map.of("compose.yml", "services: [unclosed\n")).stream()
                .filter(f -> f.ruleId().equals("dockerfile/no-healthcheck"))).as("broken compose does not count, but does not fail")
                .hasSize(1);
    }

    @Test
    void duplicateStageName() {
        assertThat(lines(Lint.of("dockerfile/duplicate-stage-name", "FROM node:20 AS build\nFROM alpine:3 as BUILD\n")))
                .as("names are case-insensitive").containsExactly(2);
        assertThat(Lint.of("dockerfile/duplicate-stage-name", "FROM node:20 AS build\nFROM alpine:3 AS run\n")).isEmpty();
    }

    @Test
    void instructionBeforeFrom() {
        assertThat(lines(Lint.of("dockerfile/instruction-before-from", "ARG V=1\nLABEL a=b\nFROM alpine:3\n"))).containsExactly(2);
        assertThat(Lint.of("dockerfile/instruction-before-from", "# syntax=docker/dockerfile:1\nARG V=1\nFROM alpine:3\nLABEL a=b\n"))
                .isEmpty();
    }

    @Test
    void copyFromUndefinedStage() {
        String later = "FROM alpine:3 AS run\nCOPY --from=build /out /app\nFROM node:20 AS build\n";
        assertThat(Lint.of("dockerfile/copy-from-undefined-stage", later)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("defined later at line 3"));
        assertThat(Lint.of("dockerfile/copy-from-undefined-stage", "FROM alpine:3 AS a\nCOPY --from=a x y\n")).as("itself").hasSize(1);
        assertThat(Lint.of("dockerfile/copy-from-undefined-stage", "FROM alpine:3\nCOPY --from=1 x y\n")).as("index").hasSize(1);
        String fine = """
                FROM node:20 AS build
                FROM alpine:3
                COPY --from=build /out /a
                COPY --from=0 /out /b
                COPY --from=nginx:1.27 /etc/nginx /c
                COPY --from=${STAGE} /x /d
                """;
        assertThat(Lint.of("dockerfile/copy-from-undefined-stage", fine)).isEmpty();
    }
}

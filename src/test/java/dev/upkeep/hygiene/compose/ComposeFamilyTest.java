package dev.upkeep.hygiene.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.FakeLint;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeFamilyTest {
    private final ComposeFamily family = new ComposeFamily();

    private List<Finding> check(String path, String text, Map<String, String> others) throws IOException {
        Map<String, String> files = new HashMap<>(others);
        files.put(path, text);
        return family.check(FakeLint.file(path, text), FakeLint.context(files));
    }

    private List<Finding> check(String text) throws IOException {
        return check("compose.yaml", text, Map.of());
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.subject() + " @" + f.location().line()).toList();
    }

    @Test
    void wantsComposeFileNamesOnly() {
        assertThat(List.of("compose.yaml", "compose.yml", "docker-compose.yml", "deploy/docker-compose.prod.yaml",
                "compose.override.yaml", "stack.override.yml", "docker-compose-dev.yml"))
                .allSatisfy(p -> assertThat(family.wants(p)).as("wants(%s)", p).isTrue());
        assertThat(List.of("composer.json", "compose.json", ".github/workflows/ci.yml", "docs/compose.md"))
                .allSatisfy(p -> assertThat(family.wants(p)).as("wants(%s)", p).isFalse());
    }

    @Test
    void cleanStackHasNoFindings() throws IOException {
        List<Finding> findings = check("""
                services:
                  db:
                    image: postgres:16.4-alpine
                    restart: unless-stopped
                    environment:
                      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}
                    volumes:
                      - pgdata:/var/lib/postgresql/data
                    ports:
                      - "127.0.0.1:5432:5432"
                    healthcheck:
                      test: ["CMD-SHELL", "pg_isready -U app"]
                  migrate:
                    build: ./backend
                    command: npx prisma migrate deploy
                    depends_on:
                      db:
                        condition: service_healthy
                  api:
                    build: ./backend
                    restart: unless-stopped
                    environment:
                      DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@db:5432/app
                      JWT_SECRET: ${JWT_SECRET}
                    depends_on:
                      db:
                        condition: service_healthy
                      migrate:
                        condition: service_completed_successfully
                    healthcheck:
                      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]
                volumes:
                  pgdata:
                """);
        assertThat(findings).as("check(clean compose.yaml)").isEmpty();
    }

    @Test
    void healthcheckRestartAndDependencyRules() throws IOException {
        List<Finding> findings = check("""
                services:
                  redis:
                    image: redis:7.4-alpine
                    restart: always
                  worker:
                    image: ghcr.io/acme/worker:1.4.2
                    depends_on: [db, redis]
                  api:
                    image: ghcr.io/acme/api:1.4.2
                    restart: always
                    healthcheck:
                      test: ["CMD", "true"]
                    depends_on:
                      db:
                        condition: service_started
                  db:
                    image: postgres:16
                    restart: always
                    volumes: [pgdata:/var/lib/postgresql/data]
                    healthcheck:
                      test: pg_isready
                """);
        assertThat(ids(findings)).containsExactlyInAnyOrder(
                "compose/no-healthcheck redis @2",
                "compose/no-healthcheck worker @5",
                "compose/no-restart-policy worker @5",
                "compose/depends-on-unready-database worker->db @7",
                "compose/depends-on-unready-database worker->redis @7",
                "compose/depends-on-unready-database api->db @14");
        assertThat(findings).filteredOn(f -> f.subject().equals("api->db")).extracting(Finding::message).containsExactly(
                "service 'api' depends on database 'db' (postgres:16) with condition service_started, so it may start before the database accepts connections");
    }

    @Test
    void dockerfileHealthcheckOneShotsAndProfilesNeedNoHealthcheck() throws IOException {
        List<Finding> findings = check("compose.yaml", """
                services:
                  web:
                    build:
                      context: ./frontend
                      dockerfile: Dockerfile.prod
                    restart: always
                  seed:
                    image: ghcr.io/acme/api:1.0.0
                    command: npm run seed
                  adminer:
                    image: adminer:4.8.1
                    profiles: [tools]
                  backup:
                    image: ghcr.io/acme/backup:2.0.0
                    restart: "no"
                    command: /backup.sh
                  nightly:
                    image: ghcr.io/acme/api:1.0.0
                    restart: always
                    healthcheck:
                      disable: true
                """, Map.of("frontend/Dockerfile.prod", "FROM nginx:1.27-alpine\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1\n"));
        assertThat(findings).as("check(one-shots, profiles, Dockerfile HEALTHCHECK)").isEmpty();
    }

    @Test
    void imageWithoutAnyHealthcheckIsLeftToTheDockerfileRule() throws IOException {
        Map<String, String> dockerfile = Map.of("frontend/Dockerfile", "FROM nginx:1.27-alpine\nHEALTHCHECK NONE\n");
        assertThat(check("compose.yaml", "services:\n  web:\n    build: ./frontend\n    restart: always\n", dockerfile))
                .as("dockerfile/no-healthcheck reports the image once").isEmpty();
        List<Finding> findings = check("compose.yaml", """
                services:
                  api:
                    build: ./backend
                    restart: always
                    healthcheck: {test: ["CMD", "true"]}
                  worker:
                    build: {context: backend}
                    restart: always
                  outside:
                    build: ../elsewhere
                    restart: always
                """, Map.of("backend/Dockerfile", "FROM node:20-alpine\n"));
        assertThat(ids(findings)).as("a sibling of a checked service, and an image outside the repository")
                .containsExactly("compose/no-healthcheck worker @6", "compose/no-healthcheck outside @9");
    }

    @Test
    void databaseDataMustBeOnANamedVolumeOrBindMount() throws IOException {
        List<Finding> findings = check("""
                services:
                  pg-anon:
                    image: postgres:15
                    volumes: [/var/lib/postgresql/data]
                  pg-none:
                    image: docker.io/library/postgres:16-alpine
                  pg-bind:
                    image: postgis/postgis:16-3.4
                    volumes: ["./data/pg:/var/lib/postgresql/data"]
                  pg-parent:
                    image: postgres:17
                    volumes:
                      - type: volume
                        source: pgdata
                        target: /var/lib/postgresql
                  pg-custom:
                    image: postgres:16
                    environment: [PGDATA=/pgdata/16]
                    volumes: [pgdata16:/pgdata]
                  pg18-old-mount:
                    image: postgres:18
                    volumes: [pgdata18:/var/lib/postgresql/data]
                  mysql-tmpfs:
                    image: mysql:8.4
                    tmpfs: /var/lib/mysql
                    volumes:
                      - type: tmpfs
                        target: /var/lib/mysql
                  cache:
                    image: redis:7
                """);
        assertThat(findings).filteredOn(f -> f.ruleId().equals("compose/database-data-not-persisted"))
                .extracting(Finding::subject).containsExactlyInAnyOrder("pg-anon", "pg-none", "pg18-old-mount", "mysql-tmpfs");
        assertThat(findings).filteredOn(f -> f.subject().equals("pg-anon") && f.ruleId().endsWith("persisted")).extracting(Finding::message)
                .containsExactly("database 'pg-anon' (postgres:15) keeps its data in the container: only an anonymous volume or tmpfs holds "
                        + "/var/lib/postgresql/data, so recreating the container loses it");
    }

    @Test
    void literalSecretsButNotReferencesPlaceholdersOrDefaults() throws IOException {
        List<Finding> findings = check("""
                x-env: &env
                  SESSION_SECRET: 5f0c9a3e7b2d4e18a6c3f9b0d7e2a41c
                services:
                  api:
                    image: ghcr.io/acme/api:1.0.0
                    environment:
                      <<: *env
                      JWT_SECRET: ${JWT_SECRET}
                      STRIPE_SECRET_KEY: "<set in the vault>"
                      POSTGRES_PASSWORD: postgres
                      DATABASE_URL: postgresql://app:Tr0ub4dor-and-3@db:5432/app
                      CACHE_URL: redis://redis:6379
                      JWT_EXPIRES_IN: 15m
                    build:
                      context: .
                      args:
                        - NPM_TOKEN=npm_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789
                """);
        assertThat(findings).filteredOn(f -> f.ruleId().equals("compose/literal-secret"))
                .extracting(Finding::subject, f -> f.location().line())
                .containsExactlyInAnyOrder(tuple("api:SESSION_SECRET", 2), tuple("api:DATABASE_URL", 11), tuple("api:NPM_TOKEN", 17));
        assertThat(findings).extracting(Finding::message).noneMatch(m -> m.contains("5f0c9a3e") || m.contains("Tr0ub4dor") || m.contains("npm_aBc"));
    }

    @Test
    void imagesSocketPrivilegedAndPorts() throws IOException {
        List<Finding> findings = check("""
                services:
                  proxy:
                    image: traefik
                    restart: always
                    healthcheck: {test: ["CMD", "traefik", "healthcheck"]}
                    privileged: true
                    volumes:
                      - /var/run/docker.sock:/var/run/docker.sock:ro
                    ports: ["80:80", "443:443"]
                  cache:
                    image: redis:latest
                    restart: always
                    healthcheck: {test: ["CMD", "redis-cli", "ping"]}
                    ports:
                      - "6379:6379"
                      - "127.0.0.1:6380:6379"
                      - target: 6379
                        published: 6381
                        host_ip: 0.0.0.0
                  pinned:
                    image: nginx@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a
                    restart: always
                    healthcheck: {test: ["CMD", "true"]}
                  built:
                    image: acme/api
                    build: .
                    restart: always
                    healthcheck: {test: ["CMD", "true"]}
                """);
        assertThat(ids(findings)).containsExactlyInAnyOrder(
                "compose/unpinned-image proxy @3",
                "compose/privileged proxy @6",
                "compose/docker-socket proxy @8",
                "compose/unpinned-image cache @11",
                "compose/database-port-published cache:6379:6379 @15",
                "compose/database-port-published cache:6381:6379 @17");
    }

    @Test
    void overlayOnlyAddsToItsBase() throws IOException {
        String base = """
                services:
                  db:
                    image: postgres:16
                    restart: always
                    volumes: [pgdata:/var/lib/postgresql/data]
                    healthcheck: {test: pg_isready}
                  api:
                    image: ghcr.io/acme/api:1.0.0
                    restart: always
                    healthcheck: {test: ["CMD", "true"]}
                """;
        String overlay = """
                services:
                  db:
                    ports: ["5432:5432"]
                  api:
                    command: npm run start:prod
                    depends_on: [db]
                  mailpit:
                    image: axllent/mailpit:v1.21
                """;
        assertThat(ids(check("docker-compose.prod.yml", overlay, Map.of("docker-compose.yml", base)))).containsExactlyInAnyOrder(
                "compose/database-port-published db:5432:5432 @3",
                "compose/depends-on-unready-database api->db @6",
                "compose/no-healthcheck mailpit @7",
                "compose/no-restart-policy mailpit @7");
        assertThat(ids(check("compose.override.yaml", overlay, Map.of("compose.yaml", base))))
                .as("a development overlay: only what it exposes counts")
                .containsExactly("compose/database-port-published db:5432:5432 @3");
    }

    @Test
    void unparseableFilesThrowFormatExceptionWithLine() {
        assertThatThrownBy(() -> check("services:\n  api:\n    image: a\n    image: b\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("duplicate key 'image'")
                .satisfies(e -> assertThat(((FormatException) e).line()).isEqualTo(4));
        assertThatThrownBy(() -> check("services: [api, db]\n")).isInstanceOf(FormatException.class)
                .hasMessage("'services' is a mapping of service names, found a list");
    }

    @Test
    void emptyOrServiceLessFilesHaveNoFindings() throws IOException {
        assertThat(check("")).isEmpty();
        assertThat(check("volumes:\n  data:\n")).isEmpty();
    }
}

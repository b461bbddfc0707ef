package dev.upkeep.hygiene.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintFile;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.hygiene.registry.RuleRegistry;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MigrationRuleFamilyTest {
    private final MigrationRuleFamily family = new MigrationRuleFamily();

    /** A repository of in-memory files. */
    private record Repo(Map<String, String> files, Integer postgres) implements LintContext {
        Repo(Map<String, String> files) {
            this(files, null);
        }

        @Override
        public List<String> paths() {
            return List.copyOf(new TreeMap<>(files).keySet());
        }

        @Override
        public Optional<String> read(String path) {
            return Optional.ofNullable(files.get(path));
        }

        @Override
        public Optional<Integer> postgresMajor() {
            return Optional.ofNullable(postgres);
        }
    }

    private List<Finding> check(String path, Repo repo) throws IOException {
        String text = repo.files().get(path);
        return family.check(new LintFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public String text() {
                return text;
            }
        }, repo);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.location().line()).toList();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = MigrationRuleFamilyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void flywayRunsAScriptInATransactionUnlessItHoldsANonTransactionalStatement() throws IOException {
        String validate = "SET lock_timeout = '2s';\n"
                + "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id) NOT VALID;\n"
                + "ALTER TABLE orders VALIDATE CONSTRAINT fk;\n";
        String path = "db/migration/V2__fk.sql";
        assertThat(ids(check(path, new Repo(Map.of(path, validate)))))
                .containsExactly("migration/constraint-missing-not-valid@3");
        assertThat(check(path, new Repo(Map.of(path, validate + "CREATE INDEX CONCURRENTLY i ON orders (u);\n"))))
                .as("Flyway runs a script with CONCURRENTLY outside a transaction").isEmpty();
        assertThat(check(path, new Repo(Map.of(path, validate, path + ".conf", "executeInTransaction=false\n"))))
                .as("the script's .conf opts out").isEmpty();
        assertThat(ids(check(path, new Repo(Map.of(path, "SET lock_timeout = '2s';\nREINDEX TABLE CONCURRENTLY orders;\n")))))
                .as("Flyway does not know REINDEX TABLE CONCURRENTLY is non-transactional")
                .containsExactly("migration/concurrent-index-in-transaction@2");
    }

    @Test
    void flywayConfigurationCanSetTheLockTimeout() throws IOException {
        String path = "src/main/resources/db/migration/V3__col.sql";
        String sql = "ALTER TABLE t ADD COLUMN c int;";
        assertThat(ids(check(path, new Repo(Map.of(path, sql))))).containsExactly("migration/missing-lock-timeout@1");
        assertThat(check(path, new Repo(Map.of(path, sql, "src/main/resources/application.yml",
                "spring:\n  flyway:\n    init-sqls: SET lock_timeout = '5s'\n")))).isEmpty();
    }

    @Test
    void prismaSendsAMultiStatementScriptAsOneImplicitTransaction() throws IOException {
        String path = "prisma/migrations/20260101000000_slug/migration.sql";
        String sql = fixture("prisma-add-index.sql");
        assertThat(ids(check(path, new Repo(Map.of(path, sql)))))
                .containsExactly("migration/missing-lock-timeout@2", "migration/concurrent-index-in-transaction@5");
        assertThat(check(path, new Repo(Map.of(path, sql, "package.json", "{\"devDependencies\":{\"prisma\":\"^7.4.1\"}}"))))
                .as("Prisma 7.4+ runs the statements one by one").extracting(Finding::ruleId)
                .containsExactly("migration/missing-lock-timeout");
        String alone = "CREATE INDEX CONCURRENTLY \"Post_title_idx\" ON \"Post\"(\"title\");";
        assertThat(check(path, new Repo(Map.of(path, alone)))).as("a lone statement runs on its own").isEmpty();
    }

    @Test
    void plainSqlSkipsTheDownSectionAndHonoursTransactionOptOuts() throws IOException {
        String path = "db/migrations/20260101120000_shipped.sql";
        String sql = fixture("dbmate-two-way.sql");
        assertThat(ids(check(path, new Repo(Map.of(path, sql)))))
                .containsExactly("migration/concurrent-index-in-transaction@4");
        String optOut = sql.replace("-- migrate:up", "-- migrate:up transaction:false");
        assertThat(check(path, new Repo(Map.of(path, optOut)))).isEmpty();
    }

    @Test
    void alembicRevisionsUseEnvPyAndAreConfirmedByIt() throws IOException {
        String path = "backend/migrations/versions/3f2a_email.py";
        String revision = "def upgrade():\n    op.add_column('users', sa.Column('email', sa.Text(), nullable=False))\n";
        assertThat(ids(check(path, new Repo(Map.of(path, revision, "backend/migrations/env.py", "run()\n")))))
                .containsExactly("migration/adding-not-null-column@2", "migration/missing-lock-timeout@2");
        assertThat(ids(check(path, new Repo(Map.of(path, revision, "backend/migrations/env.py",
                "connection.execute(text(\"SET lock_timeout = '5s'\"))\n")))))
                .containsExactly("migration/adding-not-null-column@2");
        assertThat(check(path, new Repo(Map.of(path, revision)))).as("no env.py: not an Alembic revision").isEmpty();
    }

    @Test
    void followsAnAlembicRevisionThatCommitsBeforeConcurrentWork() throws IOException {
        String path = "alembic/versions/7c1e_index_events.py";
        assertThat(ids(check(path, new Repo(Map.of(path, fixture("alembic-commit-then-concurrent.py"))))))
                .as("the index runs after the COMMIT, outside a transaction; only the check constraint is reported")
                .containsExactly("migration/constraint-missing-not-valid@16", "migration/missing-lock-timeout@16");
    }

    @Test
    void usesTheServerVersionTheRepositoryDeclares() throws IOException {
        String path = "migrations/001_flag.up.sql";
        String sql = "SET lock_timeout = '1s';\nALTER TABLE t ADD COLUMN flag boolean DEFAULT false;";
        assertThat(check(path, new Repo(Map.of(path, sql)))).isEmpty();
        assertThat(check(path, new Repo(Map.of(path, sql), 10))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("postgres", "10"));
    }

    @Test
    void reportsAFileItCannotReadWithTheLine() {
        String path = "migrations/002_bad.up.sql";
        assertThatThrownBy(() -> check(path, new Repo(Map.of(path, "SELECT 1;\nSELECT 'oops;\n"))))
                .isInstanceOf(FormatException.class).hasMessage("unterminated string constant")
                .satisfies(e -> assertThat(((FormatException) e).line()).isEqualTo(2));
    }

    @Test
    void sortsFindingsByLine() throws IOException {
        String path = "migrations/003_many.up.sql";
        String sql = "ALTER TABLE t RENAME COLUMN a TO b;\nDROP TABLE old;\nCREATE INDEX i ON t (b);\n";
        assertThat(ids(check(path, new Repo(Map.of(path, sql))))).containsExactly("migration/missing-lock-timeout@1",
                "migration/renaming@1", "migration/dropping@2", "migration/require-concurrent-index@3");
    }

    @Test
    void isRegisteredAndWantsOnlyMigrations() {
        assertThat(RuleRegistry.all()).anyMatch(f -> f instanceof MigrationRuleFamily);
        assertThat(family.id()).isEqualTo("migration");
        assertThat(family.wants("prisma/migrations/1_init/migration.sql")).isTrue();
        assertThat(family.wants("docker-compose.yml")).isFalse();
    }

    @Test
    void everyRuleHasAUniqueIdAndADocumentationPage() throws IOException {
        List<RuleInfo> rules = family.rules();
        assertThat(rules).extracting(RuleInfo::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("migration/"));
        for (RuleInfo rule : rules) {
            Path page = Path.of(rule.docPath());
            assertThat(page).as("documentation of %s", rule.id()).isRegularFile();
            assertThat(Files.readString(page)).as(page.toString())
                    .startsWith("# " + rule.id() + "\n").contains("## Why", "## Bad", "## Good", "## Fix");
        }
    }
}

package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.migration.rules.Migration;
import dev.upkeep.hygiene.migration.rules.MigrationRule;
import dev.upkeep.hygiene.migration.rules.MigrationRules;
import dev.upkeep.hygiene.migration.rules.TransactionMode;
import dev.upkeep.hygiene.migration.sql.SqlParser;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Replays squawk's own rule tests (../shared/conformance/migration-rules/squawk.jsonl) against the
 * migration rule family. For each squawk rule mapped to an upkeep rule, upkeep must report where
 * squawk does and stay quiet where squawk's count is 0, with the same count. Autofix cases do not
 * apply (upkeep has no autofix). Every disagreement is listed with its reason in
 * {@link #KNOWN_DISAGREEMENTS} and docs/conformance/squawk.md.
 */
@Tag("conformance")
class SquawkConformanceTest {
    private static final Path CASES = Path.of("../shared/conformance/migration-rules/squawk.jsonl");
    private static final Path SUMMARY = Path.of("target/conformance/squawk.md");

    /**
     * How a squawk rule maps: the upkeep rule, an evidence filter for when the upkeep rule is wider
     * than squawk's, and a filter on squawk's messages for when squawk's is wider than upkeep's.
     */
    record Mapping(String rule, Map<String, String> evidence, String squawkMessageContains) {
        static Mapping to(String rule) {
            return new Mapping(rule, Map.of(), null);
        }
    }

    /** squawk rule → upkeep rule. Squawk rules not listed here have no upkeep counterpart. */
    static final Map<String, Mapping> MAPPING = new LinkedHashMap<>();

    static {
        MAPPING.put("adding-field-with-default", Mapping.to("migration/volatile-default"));
        // squawk's adding-foreign-key-constraint is the foreign-key, missing-NOT-VALID part of upkeep's rule.
        MAPPING.put("adding-foreign-key-constraint", new Mapping("migration/constraint-missing-not-valid",
                Map.of("constraint", "foreign-key", "problem", "missing-not-valid"), null));
        MAPPING.put("adding-not-nullable-field", Mapping.to("migration/set-not-null"));
        MAPPING.put("adding-required-field", Mapping.to("migration/adding-not-null-column"));
        MAPPING.put("adding-serial-primary-key-field", Mapping.to("migration/adding-primary-key"));
        MAPPING.put("ban-concurrent-index-creation-in-transaction",
                Mapping.to("migration/concurrent-index-in-transaction"));
        MAPPING.put("ban-drop-column", Mapping.to("migration/dropping"));
        MAPPING.put("ban-drop-database", Mapping.to("migration/dropping"));
        MAPPING.put("ban-drop-table", Mapping.to("migration/dropping"));
        MAPPING.put("constraint-missing-not-valid", Mapping.to("migration/constraint-missing-not-valid"));
        MAPPING.put("disallowed-unique-constraint", Mapping.to("migration/adding-unique-constraint"));
        MAPPING.put("renaming-column", Mapping.to("migration/renaming"));
        MAPPING.put("renaming-table", Mapping.to("migration/renaming"));
        MAPPING.put("require-concurrent-index-creation", Mapping.to("migration/require-concurrent-index"));
        MAPPING.put("require-concurrent-index-deletion", Mapping.to("migration/require-concurrent-index-drop"));
        MAPPING.put("require-concurrent-partition-detach",
                Mapping.to("migration/require-concurrent-partition-detach"));
        MAPPING.put("require-concurrent-reindex", Mapping.to("migration/require-concurrent-reindex"));
        MAPPING.put("require-lock-timeout", Mapping.to("migration/missing-lock-timeout"));
        // upkeep checks lock_timeout only: compare with squawk's lock_timeout violations.
        MAPPING.put("require-timeout-settings", new Mapping("migration/missing-lock-timeout", Map.of(), "lock_timeout"));
        MAPPING.put("prefer-repack", Mapping.to("migration/vacuum-full-or-cluster"));
        MAPPING.put("changing-column-type", Mapping.to("migration/changing-column-type"));
    }

    /** Cases compared (mapped squawk rules, {@code violations} expectations) and how many differ on purpose. */
    private static final int COMPARED_CASES = 95;
    private static final int DOCUMENTED_DISAGREEMENTS = 4;

    /** squawk test → why upkeep deliberately answers differently. */
    static final Map<String, String> KNOWN_DISAGREEMENTS = new TreeMap<>();

    static {
        KNOWN_DISAGREEMENTS.put("ban_concurrent_index_creation_in_transaction::test::squawk_disable_assume_in_transaction_overrides",
                "The SQL carries squawk's own `-- squawk-disable-assume-in-transaction` comment, which upkeep does not "
                        + "read: upkeep takes a file's transaction from its tool (Flyway, Prisma, Alembic, runner opt-outs).");
        KNOWN_DISAGREEMENTS.put("prefer_repack::test::vacuum_full_below_pg19_ok",
                "squawk suggests REPACK only from PostgreSQL 19, where it exists; upkeep reports VACUUM FULL in a "
                        + "migration on every version, because it blocks the table on every version (fix: pg_repack).");
        KNOWN_DISAGREEMENTS.put("require_timeout_settings::test::err_comment_on_explains_lock_impact",
                "COMMENT ON takes a SHARE UPDATE EXCLUSIVE lock, which blocks no reads or writes; upkeep asks for "
                        + "lock_timeout only before locks that queue the application.");
        KNOWN_DISAGREEMENTS.put("require_timeout_settings::test::err_vacuum_full_false_uses_non_full_lock",
                "Plain VACUUM takes a SHARE UPDATE EXCLUSIVE lock, which blocks no reads or writes; as for COMMENT ON.");
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void agreesWithSquawkOnEveryMappedCase() throws IOException {
        assertThat(CASES).as("squawk cases at %s (the ../shared folder)", CASES.toAbsolutePath()).isRegularFile();
        List<String> lines = Files.readAllLines(CASES);
        Map<String, Integer> notApplicable = new TreeMap<>();
        Map<String, Integer> unmapped = new TreeMap<>();
        Map<String, Integer> agreedByRule = new TreeMap<>();
        Map<String, Integer> comparedByRule = new TreeMap<>();
        Map<String, String> disagreements = new TreeMap<>();
        List<String> parseFailures = new ArrayList<>();
        int compared = 0;
        for (String line : lines) {
            JsonNode c = json.readTree(line);
            String rule = c.get("rule").asText();
            String test = c.get("test").asText();
            String sql = c.get("sql").asText();
            Migration migration;
            try {
                migration = migration(sql, c.path("settings"));
            } catch (FormatException e) {
                parseFailures.add(test + ": " + e.getMessage() + " at line " + e.line());
                continue;
            }
            if (c.get("expect").asText().equals("fix")) {
                notApplicable.merge(rule, 1, Integer::sum);
                continue;
            }
            Mapping mapping = MAPPING.get(rule);
            if (mapping == null) {
                unmapped.merge(rule, 1, Integer::sum);
                continue;
            }
            compared++;
            comparedByRule.merge(rule, 1, Integer::sum);
            int expected = expectedCount(c, mapping);
            int actual = findings(migration, mapping).size();
            if (expected == actual) {
                agreedByRule.merge(rule, 1, Integer::sum);
            } else {
                disagreements.put(test, "squawk " + rule + " reports " + expected + ", upkeep " + mapping.rule()
                        + " reports " + actual);
            }
        }
        writeSummary(lines.size(), compared, agreedByRule, comparedByRule, disagreements, notApplicable, unmapped, parseFailures);

        assertThat(parseFailures).as("squawk inputs the SQL reader rejects").isEmpty();
        assertThat(disagreements.keySet())
                .as("disagreements with squawk (see %s): %s", SUMMARY, disagreements)
                .containsExactlyInAnyOrderElementsOf(KNOWN_DISAGREEMENTS.keySet());
        assertThat(KNOWN_DISAGREEMENTS).as("documented disagreements").hasSize(DOCUMENTED_DISAGREEMENTS);
        assertThat(compared).as("cases of mapped rules with expected violations").isEqualTo(COMPARED_CASES);
    }

    private static Migration migration(String sql, JsonNode settings) {
        TransactionMode mode = settings.path("assume_in_transaction").asBoolean(false)
                ? TransactionMode.assumed("the migration tool's transaction (assume_in_transaction)")
                : TransactionMode.NONE;
        Optional<Integer> postgres = settings.has("pg_version")
                ? Optional.of(Integer.parseInt(settings.get("pg_version").asText().split("\\.")[0]))
                : Optional.empty();
        return Migration.of("squawk.sql", SqlParser.parse(sql), mode, postgres, false);
    }

    private static int expectedCount(JsonNode c, Mapping mapping) {
        if (mapping.squawkMessageContains() == null) {
            return c.get("violationCount").asInt();
        }
        int count = 0;
        for (JsonNode v : c.get("violations")) {
            if (v.get("message").asText().contains(mapping.squawkMessageContains())) {
                count++;
            }
        }
        return count;
    }

    private static List<Finding> findings(Migration migration, Mapping mapping) {
        MigrationRule rule = MigrationRules.all().stream().filter(r -> r.info().id().equals(mapping.rule()))
                .findFirst().orElseThrow(() -> new AssertionError("no upkeep rule " + mapping.rule()));
        return rule.check(migration).stream()
                .filter(f -> f.evidence().entrySet().containsAll(mapping.evidence().entrySet()))
                .toList();
    }

    private static void writeSummary(int total, int compared, Map<String, Integer> agreedByRule,
            Map<String, Integer> comparedByRule, Map<String, String> disagreements, Map<String, Integer> notApplicable, Map<String, Integer> unmapped,
            List<String> parseFailures) throws IOException {
        StringBuilder md = new StringBuilder("# squawk conformance\n\n");
        int agreed = compared - disagreements.size();
        md.append(String.format("%d cases; %d compared (mapped rules, `violations`), %d agree (%.1f%%), %d disagree; "
                + "%d autofix cases not applicable; %d cases of unmapped rules; %d parse failures.%n%n",
                total, compared, agreed, 100.0 * agreed / compared, disagreements.size(),
                notApplicable.values().stream().mapToInt(Integer::intValue).sum(),
                unmapped.values().stream().mapToInt(Integer::intValue).sum(), parseFailures.size()));
        md.append("| squawk rule | upkeep rule | agree / compared |\n|---|---|---|\n");
        MAPPING.forEach((squawk, m) -> md.append("| ").append(squawk).append(" | ").append(m.rule()).append(" | ")
                .append(agreedByRule.getOrDefault(squawk, 0)).append(" / ")
                .append(comparedByRule.getOrDefault(squawk, 0)).append(" |\n"));
        md.append("\n## Disagreements\n\n");
        disagreements.forEach((test, what) -> md.append("- `").append(test).append("`: ").append(what).append(". ")
                .append(KNOWN_DISAGREEMENTS.getOrDefault(test, "**not documented**")).append('\n'));
        md.append("\n## Not applicable (autofix)\n\n").append(counts(notApplicable));
        md.append("\n## Unmapped squawk rules\n\n").append(counts(unmapped));
        if (!parseFailures.isEmpty()) {
            md.append("\n## Parse failures\n\n");
            parseFailures.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, md.toString());
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> "- " + e.getKey() + ": " + e.getValue() + "\n")
                .collect(Collectors.joining());
    }
}

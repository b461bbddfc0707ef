package dev.upkeep.hygiene.migration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.hygiene.migration.sql.Name;
import dev.upkeep.hygiene.migration.sql.SqlParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationTest {
    private static Migration migration(String sql, TransactionMode mode) {
        return Migration.of("m.sql", SqlParser.parse(sql), mode, Optional.empty(), false);
    }

    private static List<Integer> transactions(Migration m) {
        return m.steps().stream().map(s -> s.transaction() == null ? -1 : s.transaction().id()).toList();
    }

    @Test
    void placesStatementsInTheTransactionsTheirControlStatementsOpen() {
        Migration m = migration("a; BEGIN; b; BEGIN; c; COMMIT; d; START TRANSACTION; e; COMMIT AND CHAIN; f; ROLLBACK; g",
                TransactionMode.NONE);
        assertThat(transactions(m)).as("transaction ids of a..g").containsExactly(-1, -1, 0, 0, 0, 0, -1, -1, 1, 1, 2, 2, -1);
        assertThat(m.steps().get(2).transaction().reason()).isEqualTo("the transaction opened on line 1");
    }

    @Test
    void startsInTheToolsTransactionWhenAssumed() {
        Migration m = migration("a; COMMIT; b; BEGIN; c", TransactionMode.assumed("the tool's"));
        assertThat(transactions(m)).containsExactly(0, 0, -1, -1, 1);
        assertThat(m.steps().get(0).sameTransaction(m.steps().get(4))).isFalse();
        assertThat(m.steps().get(0).transaction().reason()).isEqualTo("the tool's");
    }

    @Test
    void knowsTablesCreatedEarlierInTheFileAndTheServerVersion() {
        Migration m = migration("ALTER TABLE t ADD c int; CREATE TABLE s.t (id int); ALTER TABLE t ADD d int",
                TransactionMode.NONE);
        assertThat(m.isNew(Name.of("t"), m.steps().get(0))).isFalse();
        assertThat(m.isNew(Name.of("t"), m.steps().get(2))).isTrue();
        assertThat(m.isNew(new Name("other", "t"), m.steps().get(2))).isFalse();
        assertThat(m.tableActions()).hasSize(2);
        assertThat(m.postgresAtLeast(99)).as("unknown server counts as current").isTrue();
        assertThat(m.postgresLabel()).isEqualTo("unknown (assumed current)");
    }
}

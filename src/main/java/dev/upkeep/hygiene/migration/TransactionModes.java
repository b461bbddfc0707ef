package dev.upkeep.hygiene.migration;

import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.migration.rules.TransactionMode;
import dev.upkeep.hygiene.migration.sql.Ddl;
import dev.upkeep.hygiene.migration.sql.Statement;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether each tool runs a migration file inside a transaction of its own:
 * <ul>
 *   <li>Alembic runs {@code upgrade()} in one (transactional DDL on PostgreSQL).
 *   <li>Flyway runs each script in one, unless the script holds a statement Flyway knows cannot
 *       run in a transaction (CREATE/DROP INDEX CONCURRENTLY, VACUUM, REINDEX SCHEMA/DATABASE/SYSTEM,
 *       CREATE/DROP DATABASE ...) or its {@code .sql.conf} sets {@code executeInTransaction=false}.
 *       Flyway does not recognise REINDEX TABLE/INDEX CONCURRENTLY or DETACH PARTITION CONCURRENTLY.
 *   <li>Prisma sends migration.sql as one simple query, which PostgreSQL runs as one implicit
 *       transaction when it holds several statements. Prisma 7.4+ sends the statements one by one
 *       when the script has CREATE INDEX CONCURRENTLY (not yet DROP INDEX CONCURRENTLY).
 *   <li>Plain SQL runners (golang-migrate, dbmate, goose, sqlx, Diesel) run a multi-statement file
 *       as one transaction (their own, or PostgreSQL's implicit one), unless the file opts out
 *       ({@code -- migrate:up transaction:false}, {@code -- +goose NO TRANSACTION}, {@code -- no-transaction}).
 * </ul>
 */
final class TransactionModes {
    private static final Pattern OPT_OUT = Pattern.compile(
            "(?im)^\\s*--\\s*(migrate:up\\b.*transaction\\s*:\\s*false|\\+goose\\s+no\\s+transaction|no-transaction)");
    private static final Pattern FLYWAY_NO_TRANSACTION = Pattern.compile("(?im)^\\s*executeInTransaction\\s*=\\s*false");
    private static final Set<String> FLYWAY_NON_TRANSACTIONAL = Set.of("CREATE DATABASE", "CREATE TABLESPACE",
            "DROP TABLESPACE", "CREATE SUBSCRIPTION", "DROP SUBSCRIPTION", "ALTER SYSTEM", "DISCARD ALL");

    private TransactionModes() {}

    static TransactionMode of(MigrationTool tool, String path, String text, List<Statement> statements,
            LintContext context) throws IOException {
        return switch (tool) {
            case ALEMBIC -> TransactionMode.assumed("the transaction Alembic runs upgrade() in");
            case FLYWAY -> flyway(path, statements, context);
            case PRISMA -> prisma(path, statements, context);
            case SQL -> OPT_OUT.matcher(text).find() || statements.size() < 2 ? TransactionMode.NONE
                    : TransactionMode.assumed("the transaction the migration runner wraps this multi-statement file in");
        };
    }

    private static TransactionMode flyway(String path, List<Statement> statements, LintContext context)
            throws IOException {
        boolean optedOut = context.read(path + ".conf").map(c -> FLYWAY_NO_TRANSACTION.matcher(c).find()).orElse(false);
        if (optedOut || statements.stream().anyMatch(s -> flywayNonTransactional(s.ddl()))) {
            return TransactionMode.NONE;
        }
        return TransactionMode.assumed("the transaction Flyway runs this script in");
    }

    private static boolean flywayNonTransactional(Ddl ddl) {
        return (ddl instanceof Ddl.CreateIndex i && i.concurrently())
                || (ddl instanceof Ddl.DropIndex d && d.concurrently())
                || (ddl instanceof Ddl.Reindex r && Set.of("SCHEMA", "DATABASE", "SYSTEM").contains(r.target()))
                || ddl instanceof Ddl.Vacuum || ddl instanceof Ddl.DropDatabase
                || (ddl instanceof Ddl.Other o && FLYWAY_NON_TRANSACTIONAL.contains(o.command()));
    }

    private static TransactionMode prisma(String path, List<Statement> statements, LintContext context)
            throws IOException {
        if (statements.size() < 2) {
            return TransactionMode.NONE;
        }
        boolean createConcurrently = statements.stream()
                .anyMatch(s -> s.ddl() instanceof Ddl.CreateIndex i && i.concurrently());
        boolean dropConcurrently = statements.stream()
                .anyMatch(s -> s.ddl() instanceof Ddl.DropIndex d && d.concurrently());
        if (createConcurrently && !dropConcurrently && PrismaVersion.atLeast(path, context, 7, 4)) {
            return TransactionMode.NONE;
        }
        return TransactionMode.assumed("the implicit transaction PostgreSQL runs a multi-statement migration.sql in "
                + "(Prisma sends it as one query)");
    }
}

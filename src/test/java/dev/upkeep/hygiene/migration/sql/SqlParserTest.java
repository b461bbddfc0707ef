package dev.upkeep.hygiene.migration.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.hygiene.migration.sql.AlterAction.AddColumn;
import dev.upkeep.hygiene.migration.sql.AlterAction.AddConstraint;
import dev.upkeep.hygiene.migration.sql.Ddl.TransactionControl;
import dev.upkeep.hygiene.migration.sql.Ddl.TransactionControl.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlParserTest {
    private static Ddl only(String sql) {
        List<Statement> statements = SqlParser.parse(sql);
        assertThat(statements).as("parse(%s)", sql).hasSize(1);
        return statements.get(0).ddl();
    }

    private static AlterAction action(String sql) {
        return ((Ddl.AlterTable) only(sql)).actions().get(0);
    }

    @Test
    void splitsAtTopLevelSemicolonsWithStatementLines() {
        String sql = """
                create function f() returns int as $$ select 1; $$ language sql;
                insert into t values ('a;b');

                create procedure p() begin atomic select 1; select case when true then 1 end; end;
                select 1""";
        assertThat(SqlParser.parse(sql)).extracting(Statement::line).containsExactly(1, 2, 4, 5);
    }

    @Test
    void readsTransactionControl() {
        assertThat(only("BEGIN")).isEqualTo(new TransactionControl(Kind.BEGIN, false));
        assertThat(only("start transaction isolation level serializable")).isEqualTo(new TransactionControl(Kind.BEGIN, false));
        assertThat(only("COMMIT WORK")).isEqualTo(new TransactionControl(Kind.COMMIT, false));
        assertThat(only("end")).isEqualTo(new TransactionControl(Kind.COMMIT, false));
        assertThat(only("commit and chain")).isEqualTo(new TransactionControl(Kind.COMMIT_AND_CHAIN, false));
        assertThat(only("abort")).isEqualTo(new TransactionControl(Kind.ROLLBACK, false));
        assertThat(only("rollback to savepoint s")).isInstanceOf(Ddl.Other.class);
        assertThat(only("commit prepared 'x'")).isInstanceOf(Ddl.Other.class);
    }

    @Test
    void readsSettings() {
        assertThat(only("SET lock_timeout = '5s'")).isEqualTo(new Ddl.SetParameter("lock_timeout", "5s", false));
        assertThat(only("set local Lock_Timeout to 1000")).isEqualTo(new Ddl.SetParameter("lock_timeout", "1000", true));
        assertThat(only("SET foo.lock_timeout = '1s'")).isEqualTo(new Ddl.SetParameter("foo.lock_timeout", "1s", false));
        assertThat(only("reset lock_timeout")).isEqualTo(new Ddl.SetParameter("lock_timeout", null, false));
        assertThat(only("select set_config('lock_timeout', '2s', false)"))
                .isEqualTo(new Ddl.SetParameter("lock_timeout", "2s", false));
    }

    @Test
    void readsIndexStatements() {
        assertThat(only("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Idx\" ON public.t USING btree (a)"))
                .isEqualTo(new Ddl.CreateIndex(Name.of("Idx"), new Name("public", "t"), true, true, false));
        assertThat(only("create index on only parent (a)"))
                .isEqualTo(new Ddl.CreateIndex(null, Name.of("parent"), false, false, true));
        assertThat(only("DROP INDEX CONCURRENTLY IF EXISTS a, s.b CASCADE"))
                .isEqualTo(new Ddl.DropIndex(List.of(Name.of("a"), new Name("s", "b")), true));
        assertThat(only("REINDEX (VERBOSE, CONCURRENTLY false) INDEX idx"))
                .isEqualTo(new Ddl.Reindex("INDEX", Name.of("idx"), false));
        assertThat(only("reindex table concurrently t")).isEqualTo(new Ddl.Reindex("TABLE", Name.of("t"), true));
    }

    @Test
    void readsTablesAndTheirLocks() {
        assertThat(only("CREATE TABLE IF NOT EXISTS a (id int references b (id), c int, foreign key (c) references s.d)"))
                .isEqualTo(new Ddl.CreateTable(Name.of("a"), false, List.of(Name.of("b"), new Name("s", "d"))));
        assertThat(only("create temp table t (id int)")).isEqualTo(new Ddl.CreateTable(Name.of("t"), true, List.of()));
        assertThat(only("create table p1 partition of p for values in (1)"))
                .isEqualTo(new Ddl.CreateTable(Name.of("p1"), false, List.of(Name.of("p"))));
        assertThat(only("DROP TABLE IF EXISTS a, b")).isEqualTo(new Ddl.DropTable(List.of(Name.of("a"), Name.of("b"))));
        assertThat(only("drop database if exists x with (force)")).isEqualTo(new Ddl.DropDatabase(Name.of("x")));
        assertThat(only("TRUNCATE TABLE ONLY a, b")).isEqualTo(new Ddl.Other("TRUNCATE", List.of(Name.of("a"), Name.of("b"))));
        assertThat(only("create trigger t after insert on s.a for each row execute function f()"))
                .isEqualTo(new Ddl.Other("CREATE TRIGGER", List.of(new Name("s", "a"))));
        assertThat(only("VACUUM (FULL, ANALYZE) a, b")).isEqualTo(new Ddl.Vacuum(true, List.of(Name.of("a"), Name.of("b"))));
        assertThat(only("vacuum (full false) a")).isEqualTo(new Ddl.Vacuum(false, List.of(Name.of("a"))));
        assertThat(only("CLUSTER verbose foo_pkey ON foo")).isEqualTo(new Ddl.Cluster(Name.of("foo")));
    }

    @Test
    void readsAddColumnWithItsConstraints() {
        ColumnDef c = ((AddColumn) action("ALTER TABLE ONLY t ADD COLUMN IF NOT EXISTS c character varying(10) "
                + "CONSTRAINT k NOT NULL DEFAULT now() - interval '1 day' REFERENCES u (id) UNIQUE")).column();
        assertThat(c.name()).isEqualTo("c");
        assertThat(c.type()).isEqualTo("character varying(10)");
        assertThat(c.notNull()).isTrue();
        assertThat(TokenCursor.render(c.defaultValue())).isEqualTo("now() - interval '1 day'");
        assertThat(c.references()).isEqualTo(Name.of("u"));
        assertThat(c.unique()).isTrue();

        ColumnDef generated = ((AddColumn) action("alter table t add c numeric generated always as (a + b) stored")).column();
        assertThat(generated.generatedStored()).isTrue();
        ColumnDef serial = ((AddColumn) action("alter table t add id bigserial primary key")).column();
        assertThat(serial.serial() && serial.primaryKey() && serial.notNull()).isTrue();
        ColumnDef nullDefault = ((AddColumn) action("alter table t add c int default null not null")).column();
        assertThat(nullDefault.hasDefault()).isFalse();
    }

    @Test
    void readsTableConstraints() {
        assertThat(action("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id) DEFERRABLE NOT VALID"))
                .isEqualTo(new AddConstraint(new Constraint("fk", Constraint.Kind.FOREIGN_KEY, true, null, null, Name.of("u"))));
        assertThat(action("alter table t add constraint c check ((\"Col\" IS NOT NULL)) not valid"))
                .isEqualTo(new AddConstraint(new Constraint("c", Constraint.Kind.CHECK, true, null, "Col", null)));
        assertThat(action("alter table t add unique using index idx"))
                .isEqualTo(new AddConstraint(new Constraint(null, Constraint.Kind.UNIQUE, false, "idx", null, null)));
        assertThat(action("alter table t add primary key (id) using index tablespace ts"))
                .isEqualTo(new AddConstraint(new Constraint(null, Constraint.Kind.PRIMARY_KEY, false, null, null, null)));
    }

    @Test
    void readsOtherAlterActions() {
        List<AlterAction> actions = ((Ddl.AlterTable) only("alter table if exists t alter column a set data type bigint "
                + "using a::bigint, alter b set not null, alter column c drop not null, alter d set default 1, "
                + "alter e drop default")).actions();
        assertThat(actions).hasSize(5).contains(
                new AlterAction.AlterColumnType("a", "bigint"), new AlterAction.SetNotNull("b"),
                new AlterAction.DropNotNull("c"), new AlterAction.DropDefault("e"));
        assertThat(actions.get(3)).isInstanceOfSatisfying(AlterAction.SetDefault.class,
                d -> assertThat(TokenCursor.render(d.expression())).isEqualTo("1"));
        assertThat(action("alter table t drop column if exists c cascade")).isEqualTo(new AlterAction.DropColumn("c"));
        assertThat(action("alter table t drop constraint if exists k")).isEqualTo(new AlterAction.DropConstraint("k"));
        assertThat(action("alter table t validate constraint k")).isEqualTo(new AlterAction.ValidateConstraint("k"));
        assertThat(action("alter table t rename column a to b")).isEqualTo(new AlterAction.RenameColumn("a", "b"));
        assertThat(action("alter table t rename a to b")).isEqualTo(new AlterAction.RenameColumn("a", "b"));
        assertThat(action("alter table t rename to u")).isEqualTo(new AlterAction.RenameTable(Name.of("u")));
        assertThat(action("alter table t rename constraint a to b")).isEqualTo(new AlterAction.RenameConstraint("a", "b"));
        assertThat(action("alter table t detach partition p concurrently"))
                .isEqualTo(new AlterAction.DetachPartition(Name.of("p"), true, false));
        assertThat(action("alter table t enable row level security")).isEqualTo(new AlterAction.Other("ENABLE ROW"));
    }

    @Test
    void readsFilesWithAByteOrderMarkAndWindowsLineEnds() {
        assertThat(SqlParser.parse("\uFEFFDROP TABLE a;\r\nDROP TABLE b;\r\n")).extracting(Statement::line, Statement::ddl)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, new Ddl.DropTable(List.of(Name.of("a")))),
                        org.assertj.core.groups.Tuple.tuple(2, new Ddl.DropTable(List.of(Name.of("b")))));
    }

    @Test
    void readsFlywayPlaceholdersAsNames() {
        assertThat(only("ALTER TABLE ${schema}.users DROP COLUMN legacy"))
                .isEqualTo(new Ddl.AlterTable(new Name("${schema}", "users"), List.of(new AlterAction.DropColumn("legacy"))));
    }

    @Test
    void keepsUnknownStatementsAsOtherByTheirLeadingWords() {
        assertThat(only("insert into t values (1)")).isEqualTo(new Ddl.Other("INSERT INTO", List.of()));
        assertThat(only("create index")).isEqualTo(new Ddl.Other("CREATE INDEX", List.of()));
        assertThat(only("\\connect db")).isEqualTo(new Ddl.Other("\\connect db", List.of()));
    }

    @Test
    void keepsStatementTextAsWrittenWithBlanksCollapsed() {
        assertThat(SqlParser.parse("create index i\n   on users (email) -- why\n;").get(0).text())
                .isEqualTo("create index i on users (email)");
    }

    @Test
    void shortensLongStatementTexts() {
        String text = SqlParser.parse("insert into t values (" + "1, ".repeat(100) + "1)").get(0).text();
        assertThat(text).hasSize(160).endsWith("…");
    }
}

package dev.upkeep.hygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintEngineTest {
    /** The marker, assembled so that linting upkeep itself does not read these fixtures as comments. */
    private static final String IGNORE = "upkeep-" + "ignore";
    private static final Clock NOV_21 = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private LintResult lint(UpkeepConfig config) throws IOException {
        return new LintEngine(List.of(new FakeLint.MarkerFamily()), NOV_21).run(root, config);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void unparseableFileIsAProblemAndTheOthersGoOn() throws IOException {
        write("a.mark", "ok\nUNPARSEABLE\n");
        write("b.mark", "BAD\n");
        write("c.mark", "BOOM\n");
        write("notes.txt", "BAD but not wanted\n");
        LintResult result = lint(UpkeepConfig.DEFAULTS);
        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.location().toString())
                .as("lint(a.mark unparseable, b.mark bad)").containsExactly(tuple("fake/bad", "b.mark:1"));
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "a.mark:2: cannot parse: unexpected token (fake)",
                "c.mark: internal error in rule family 'fake' (please report it): java.lang.IllegalStateException: bug (fake)");
        assertThat(result.filesChecked()).isEqualTo(3);
    }

    @Test
    void findingsAreSortedByFileLineAndRule() throws IOException {
        write("z.mark", "BAD\n");
        write("a/b.mark", "x\nBAD\nBAD WHOLE\n");
        LintResult result = lint(UpkeepConfig.DEFAULTS);
        assertThat(result.findings()).extracting(f -> f.location().toString(), Finding::ruleId).containsExactly(
                tuple("a/b.mark", "fake/whole"), tuple("a/b.mark:2", "fake/bad"), tuple("a/b.mark:3", "fake/bad"), tuple("z.mark:1", "fake/bad"));
        assertThat(result.rules()).extracting(RuleInfo::id)
                .containsExactly("fake/bad", "fake/whole", "upkeep/expired-ignore", "upkeep/invalid-ignore");
    }

    @Test
    void inlineIgnoreOnTheLineOrAboveWithAReasonSuppresses() throws IOException {
        write("a.mark", """
                # %1$s fake/bad: fixture data, never deployed
                BAD one
                BAD two // %1$s fake/*: generated
                BAD three -- %1$s fake/bad: sql style
                x
                BAD five
                """.formatted(IGNORE));
        LintResult result = lint(UpkeepConfig.DEFAULTS);
        assertThat(result.findings()).extracting(f -> f.location().line()).as("only line 6 stays").containsExactly(6);
        assertThat(result.suppressed()).isEqualTo(3);
    }

    @Test
    void inlineIgnoreWithoutReasonOrKnownRuleSuppressesNothingAndIsReported() throws IOException {
        write("a.mark", """
                BAD # %1$s fake/bad
                BAD # %1$s fake/typo: reason
                BAD # %1$s : reason
                BAD # %1$s <rule-id>: prose about the syntax is not a comment to report
                """.formatted(IGNORE));
        LintResult result = lint(UpkeepConfig.DEFAULTS);
        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.location().line()).containsExactly(
                tuple("fake/bad", 1), tuple("upkeep/invalid-ignore", 1),
                tuple("fake/bad", 2), tuple("upkeep/invalid-ignore", 2),
                tuple("fake/bad", 3), tuple("upkeep/invalid-ignore", 3),
                tuple("fake/bad", 4));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().startsWith("upkeep/")).extracting(Finding::message).containsExactly(
                "the upkeep-ignore comment on a.mark:1 for fake/bad gives no reason, so it suppresses nothing",
                "the upkeep-ignore comment on a.mark:2 names no known rule (fake/typo), so it suppresses nothing",
                "the upkeep-ignore comment on a.mark:3 names no rule, so it suppresses nothing");
        assertThat(result.suppressed()).isZero();
    }

    @Test
    void headerCommentCoversWholeFileFindings() throws IOException {
        write("a.mark", "# %1$s fake/whole: a fixture\nWHOLE\n".formatted(IGNORE));
        write("b.mark", "WHOLE\n# %1$s fake/whole: too late, not in the header\n".formatted(IGNORE));
        LintResult result = lint(UpkeepConfig.DEFAULTS);
        assertThat(result.findings()).extracting(f -> f.location().file()).containsExactly("b.mark");
    }

    @Test
    void configIgnoreSuppressesUntilItExpiresThenTheFindingFiresWithANote() throws IOException {
        write("a.mark", "BAD\n");
        write("b.mark", "BAD\n");
        UpkeepConfig config = ConfigLoader.parse("""
                ignore:
                  - id: fake/bad
                    path: a.mark
                    reason: accepted
                    until: 2026-11-21
                  - id: fake/bad:line1@b.mark
                    reason: was accepted
                    until: 2026-11-20
                """, "upkeep.yml");
        LintResult result = lint(config);
        assertThat(result.suppressed()).as("a.mark holds through its until day").isEqualTo(1);
        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.location().toString()).containsExactly(
                tuple("fake/bad", "b.mark:1"), tuple("upkeep/expired-ignore", "upkeep.yml:6"));
        assertThat(result.findings().get(0).evidence()).containsEntry("ignoreExpired", "2026-11-20 (upkeep.yml:6)");
        assertThat(result.findings().get(1).message()).isEqualTo(
                "the ignore of 'fake/bad:line1@b.mark' expired on 2026-11-20 (reason given: was accepted); 1 finding is reported again");
    }

    @Test
    void disabledRulesDoNotRunAndUnknownDisablesAreProblems() throws IOException {
        write("a.mark", "BAD\nWHOLE\n");
        UpkeepConfig config = ConfigLoader.parse("lint:\n  disable: [fake/bad, fake/nothing]\n", "upkeep.yml");
        LintResult result = lint(config);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("fake/whole");
        assertThat(result.rules()).extracting(RuleInfo::id).doesNotContain("fake/bad");
        assertThat(result.problems()).containsExactly(new Problem("config", Location.of("upkeep.yml"),
                "lint.disable: 'fake/nothing' matches no rule; check the id against 'docs/rules/'"));
    }

    @Test
    void oversizedFilesAreReportedAndBinaryFilesSkipped() throws IOException {
        write("big.mark", "BAD\n" + "x".repeat(200));
        Files.write(root.resolve("bin.mark"), new byte[] {'B', 'A', 'D', 0, 1, 2});
        LintResult result = new LintEngine(List.of(new FakeLint.MarkerFamily()), NOV_21, 100).run(root, UpkeepConfig.DEFAULTS);
        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("big.mark: not checked: 204 bytes is over the 100-byte limit (fake)");
        assertThat(result.filesChecked()).isZero();
    }

    @Test
    void gitignoredFilesAreNotChecked() throws IOException {
        write(".gitignore", "local.mark\n");
        write("local.mark", "BAD\n");
        assertThat(lint(UpkeepConfig.DEFAULTS).findings()).isEmpty();
    }
}

package dev.upkeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VersionCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void comparesTwoVersions() {
        assertThat(run("", "version", "compare", "--scheme", "npm", "1.2.3", "1.10.0")).isZero();
        assertThat(out.toString()).isEqualTo("-1" + System.lineSeparator());
    }

    @Test
    void testsARangeHonouringIncludePrerelease() {
        assertThat(run("", "version", "satisfies", "--scheme", "npm", "^1.2.3", "1.5.0-beta")).isZero();
        assertThat(run("", "version", "satisfies", "--scheme", "npm", "--include-prerelease", "^1.2.3", "1.5.0-beta")).isZero();
        assertThat(out.toString().lines()).containsExactly("false", "true");
    }

    @Test
    void looseModeAcceptsSloppyVersions() {
        assertThat(run("", "version", "compare", "--scheme", "npm", "--loose", "=v1.2.3", "1.2.3")).isZero();
        assertThat(out.toString().strip()).isEqualTo("0");
    }

    @Test
    void namesTheCycleOfAProduct() {
        assertThat(run("", "version", "cycle", "--scheme", "npm", "--product", "nodejs", "20.11.1")).isZero();
        assertThat(run("", "version", "cycle", "--scheme", "npm", "3.12.4")).isZero();
        assertThat(out.toString().lines()).containsExactly("20", "3.12");
    }

    @Test
    void answersOneLineOfStandardInputPerLine() {
        String stdin = "^1.2.3\t1.4.0\n~1.2.3\t1.4.0\r\nnot a range\t1.0.0\n1.0.0\n>=1.0.0\tx.y\n";
        assertThat(run(stdin, "version", "satisfies", "--scheme", "npm")).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "true",
                "false",
                "invalid: 'not a range' is not a range: 'not' is not a comparator (OPERATOR VERSION)",
                "invalid: expected RANGE<TAB>VERSION",
                "invalid: 'x.y' is not a version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])");
    }

    @Test
    void comparesAndNamesCyclesFromStandardInput() {
        assertThat(run("1.0.0\t1.0.0+build\n2.0.0\t1.9.9\n", "version", "compare", "--scheme", "npm")).isZero();
        assertThat(run("20.11.1\n1.2\n", "version", "cycle", "--scheme", "npm", "--product", "node")).isZero();
        assertThat(out.toString().lines()).containsExactly("0", "1", "20",
                "invalid: '1.2' is not a version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])");
    }

    @Test
    void anInvalidSingleQuestionIsAnInputError() {
        assertThat(run("", "version", "compare", "--scheme", "npm", "1.2", "1.2.3")).isEqualTo(3);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "upkeep: invalid npm '1.2': is not a version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])");
    }

    @Test
    void anUnknownSchemeIsAUsageError() {
        assertThat(run("", "version", "compare", "--scheme", "cobol", "1", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown version scheme 'cobol'").contains("npm");
    }

    @Test
    void theWrongNumberOfVersionsIsAUsageError() {
        assertThat(run("", "version", "satisfies", "--scheme", "npm", "1.2.3")).isEqualTo(2);
        assertThat(err.toString()).contains("'version satisfies' takes RANGE VERSION");
        assertThat(run("", "version", "compare", "1.2.3", "1.2.4")).isEqualTo(2);
        assertThat(err.toString()).contains("--scheme");
    }
}

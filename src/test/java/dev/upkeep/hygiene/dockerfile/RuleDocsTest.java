package dev.upkeep.hygiene.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.hygiene.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule page's Bad example fires its rule and its Good example does not, so the docs cannot drift. */
class RuleDocsTest {
    static Stream<RuleInfo> rules() {
        return new DockerfileRules().rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void badExampleFiresAndGoodExampleDoesNot(RuleInfo rule) throws IOException {
        String page = Files.readString(Path.of(rule.docPath()));
        assertThat(page).as("%s severity line", rule.docPath()).contains("**Severity:** " + rule.severity().id());
        assertThat(Lint.of(rule.id(), example(page, "Bad"))).as("%s: Bad example", rule.docPath()).isNotEmpty();
        assertThat(Lint.of(rule.id(), example(page, "Good"))).as("%s: Good example", rule.docPath()).isEmpty();
    }

    static String example(String page, String section) {
        Matcher m = Pattern.compile("## " + section + "\\s+```dockerfile\\n(.*?)```", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("a ```dockerfile block under ## %s", section).isTrue();
        return m.group(1);
    }
}

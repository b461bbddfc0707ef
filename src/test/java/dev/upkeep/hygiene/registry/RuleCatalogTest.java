package dev.upkeep.hygiene.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.upkeep.hygiene.EngineRules;
import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every rule family in a {@code dev.upkeep.hygiene.*} package is registered, every rule id is
 * unique and belongs to its family, and every rule has its page in docs/rules/ in the shape
 * docs/rules/README.md describes.
 */
class RuleCatalogTest {
    private static List<RuleInfo> allRules() {
        List<RuleInfo> rules = new ArrayList<>(EngineRules.ALL);
        RuleRegistry.all().forEach(f -> rules.addAll(f.rules()));
        return rules;
    }

    @Test
    void everyRuleFamilyClassIsRegistered() {
        Set<String> families = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes")).stream()
                .filter(c -> c.getPackageName().startsWith("dev.upkeep.hygiene."))
                .filter(c -> c.isAssignableTo(RuleFamily.class) && !c.isInterface() && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> registered = RuleRegistry.all().stream().map(f -> f.getClass().getName()).collect(Collectors.toSet());
        assertThat(families).as("RuleFamily classes").isNotEmpty();
        assertThat(registered).as("RuleRegistry.all()").containsExactlyInAnyOrderElementsOf(families);
    }

    @Test
    void familyAndRuleIdsAreUniqueAndConsistent() {
        Set<String> familyIds = new HashSet<>();
        for (RuleFamily f : RuleRegistry.all()) {
            assertThat(familyIds.add(f.id())).as("family id %s is unique", f.id()).isTrue();
            assertThat(f.rules()).as("%s has rules", f.id()).isNotEmpty();
            assertThat(f.rules()).allSatisfy(r -> assertThat(r.family()).as("family of %s", r.id()).isEqualTo(f.id()));
        }
        assertThat(familyIds).doesNotContain("upkeep");
        List<String> ids = allRules().stream().map(RuleInfo::id).toList();
        assertThat(ids).as("rule ids").doesNotHaveDuplicates();
    }

    @Test
    void everyRuleHasADocumentationPage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : allRules()) {
            Path page = Path.of(r.docPath());
            if (!Files.isRegularFile(page)) {
                missing.add(r.docPath());
                continue;
            }
            String text = Files.readString(page);
            String lower = text.toLowerCase(Locale.ROOT);
            assertThat(text).as("%s starts with its id", page).startsWith("# " + r.id() + "\n");
            String severityLine = text.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("severity")).findFirst().orElse("");
            assertThat(severityLine.toLowerCase(Locale.ROOT)).as("%s states the severity", page)
                    .containsPattern("\\b" + r.severity().id() + "\\b");
            assertThat(lower).as("%s explains why", page).contains("\n## why");
            assertThat(lower).as("%s shows a bad example", page).contains("\n## bad");
            assertThat(lower).as("%s shows a good example", page).contains("\n## good");
        }
        assertThat(missing).as("rule pages missing").isEmpty();
    }
}

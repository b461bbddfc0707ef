package dev.upkeep.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every extractor package is registered, and every registered extractor is documented and tested. */
class ExtractorRegistryTest {
    @Test
    void everyExtractorClassIsRegisteredOnce() {
        Set<String> implemented = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.upkeep.inventory").stream()
                .filter(c -> c.isAssignableTo(Extractor.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isAnonymousClass())
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        List<String> registered = ExtractorRegistry.all().stream().map(x -> x.getClass().getName()).toList();
        assertThat(registered).as("ExtractorRegistry.all() classes").doesNotHaveDuplicates();
        assertThat(Set.copyOf(registered)).as("extractor classes vs ExtractorRegistry.all()").isEqualTo(implemented);
    }

    @Test
    void idsAreStablePathLikeAndUnique() {
        List<String> ids = ExtractorRegistry.all().stream().map(Extractor::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(id).as("extractor id").matches("[a-z0-9-]+/[a-z0-9-]+"));
    }

    @Test
    void everyExtractorHasADescriptionAndTests() {
        for (Extractor x : ExtractorRegistry.all()) {
            assertThat(x.description()).as("description of " + x.id()).isNotBlank().doesNotContain("\n");
            String pkg = x.getClass().getPackageName().replace('.', '/');
            Path tests = Path.of("src/test/java", pkg);
            assertThat(Files.isDirectory(tests)).as("tests for " + x.id() + " in " + tests).isTrue();
        }
    }

    @Test
    void wantsIsANameCheck() {
        for (Extractor x : ExtractorRegistry.all()) {
            assertThat(x.wants("README.md")).as(x.id() + ".wants(README.md)").isFalse();
            assertThat(x.wants("src/main/java/App.java")).as(x.id() + ".wants(App.java)").isFalse();
        }
    }
}

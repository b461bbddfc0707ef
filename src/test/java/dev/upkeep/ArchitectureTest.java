package dev.upkeep;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allowed dependencies between upkeep's packages, written down once. docs/architecture.md
 * explains them; change both together.
 */
class ArchitectureTest {
    /** Each layer and the layers it may use. A layer not listed may use nothing of upkeep's. */
    static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("domain", List.of());
        ALLOWED.put("versioning", List.of("domain"));
        ALLOWED.put("inventory", List.of("domain", "versioning"));
        ALLOWED.put("knowledge", List.of("domain", "versioning"));
        ALLOWED.put("hygiene", List.of("domain", "versioning", "inventory"));
        ALLOWED.put("probe", List.of("domain", "versioning"));
        ALLOWED.put("calendar", List.of("domain"));
        ALLOWED.put("assess", List.of("domain", "versioning", "knowledge", "calendar"));
        ALLOWED.put("plan", List.of("domain", "versioning", "knowledge", "assess", "calendar"));
        ALLOWED.put("ledger", List.of("domain"));
        ALLOWED.put("report", List.of("domain", "versioning", "inventory", "knowledge", "assess", "hygiene", "probe",
                "plan", "calendar", "ledger"));
        ALLOWED.put("server", List.of("domain", "versioning", "inventory", "knowledge", "assess", "hygiene", "probe",
                "plan", "calendar", "ledger", "report"));
        ALLOWED.put("cli", List.of("domain", "versioning", "inventory", "knowledge", "assess", "hygiene", "probe",
                "plan", "calendar", "ledger", "report", "server"));
        ALLOWED.put("config", List.of("domain"));
        for (String user : List.of("hygiene", "assess", "plan", "probe", "report", "server", "cli")) {
            ALLOWED.merge(user, List.of("config"), (had, more) -> java.util.stream.Stream.concat(had.stream(), more.stream()).toList());
        }
        for (String user : List.of("calendar")) {
            ALLOWED.merge(user, List.of("config"), (had, more) -> java.util.stream.Stream.concat(had.stream(), more.stream()).toList());
        }
    }

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.upkeep");
    }

    @Test
    void packagesDependOnlyOnWhatTheyMay() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String layer : ALLOWED.keySet()) {
            layers = layers.layer(layer).definedBy("dev.upkeep." + layer + "..");
        }
        for (Map.Entry<String, List<String>> e : ALLOWED.entrySet()) {
            layers = e.getValue().isEmpty()
                    ? layers.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        layers.check(classes);
    }

    @Test
    void domainUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("dev.upkeep.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.upkeep.domain..")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("dev.upkeep.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void pluginsNeverImportEachOther() {
        slices().matching("dev.upkeep.inventory.(*).(*)..").should().notDependOnEachOther()
                .allowEmptyShould(true).check(classes);
        for (String family : List.of("hygiene", "versioning", "knowledge", "probe")) {
            slices().matching("dev.upkeep." + family + ".(*)..").should().notDependOnEachOther()
                    .ignoreDependency(resideInAPackage("..registry.."), alwaysTrue())
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void onlyTheCoreAndTheRegistryKnowThePlugins() {
        noClasses().that().resideInAPackage("dev.upkeep.inventory")
                .should().dependOnClassesThat().resideInAnyPackage("dev.upkeep.inventory.*.*..")
                .allowEmptyShould(true)
                .check(classes);
    }
}

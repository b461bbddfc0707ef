package dev.upkeep.inventory.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PythonNamesAndGroupsTest {
    @ParameterizedTest
    @CsvSource({"zope.interface,zope-interface", "Flask_Cors,flask-cors", "A__b-._c,a-b-c", "Django,django"})
    void normalisesPerPep503(String name, String normal) {
        assertThat(PypiNames.normalize(name)).as("normalize(%s)", name).isEqualTo(normal);
    }

    @ParameterizedTest
    @CsvSource({"dev,DEV", "test,DEV", "Docs,DEV", "test-extras,DEV", "lint_tools,DEV", "typing,DEV", "develop,DEV",
            "cli,OPTIONAL", "postgres,OPTIONAL", "server,OPTIONAL", "main,PROD", "default,PROD"})
    void scopesGroupsByName(String group, Scope scope) {
        assertThat(DependencyGroups.scopeOf(group)).as("scopeOf(%s)", group).isEqualTo(scope);
    }

    @Test
    void theStrongestGroupWins() {
        assertThat(DependencyGroups.scopeOf(List.of("dev", "cli"))).isEqualTo(Scope.OPTIONAL);
        assertThat(DependencyGroups.scopeOf(List.of("main", "dev"))).isEqualTo(Scope.PROD);
        assertThat(DependencyGroups.scopeOf(List.of())).isEqualTo(Scope.PROD);
    }

    @ParameterizedTest
    @CsvSource({"git+https://github.com/org/repo.git@v1,GIT", "hg+https://hg.example/repo,GIT", "file:///opt/pkg,PATH",
            "./libs/pkg,PATH", "C:\\src\\pkg,PATH", "https://files.example/pkg-1.0.tar.gz,URL"})
    void tellsWhereADirectReferencePoints(String ref, SkipReason reason) {
        assertThat(DirectReferences.skipReason(ref)).as("skipReason(%s)", ref).isEqualTo(reason);
    }

    @Test
    void dropsCredentialsFromUrls() {
        assertThat(DirectReferences.withoutCredentials("git+https://user:${TOKEN}@github.com/org/repo.git"))
                .isEqualTo("git+https://github.com/org/repo.git");
        assertThat(DirectReferences.withoutCredentials("https://files.example/a@b.whl")).isEqualTo("https://files.example/a@b.whl");
    }
}

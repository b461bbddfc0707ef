package dev.upkeep.inventory.python.requirements;

import static dev.upkeep.inventory.python.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.python.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementsExtractorTest {
    private final RequirementsExtractor extractor = new RequirementsExtractor();

    private Extraction extract(String file) {
        return Fixtures.extract(extractor, getClass(), file);
    }

    @ParameterizedTest
    @CsvSource({"requirements.txt,true", "app/requirements-dev.txt,true", "requirements_test.txt,true", "dev-requirements.txt,true",
            "requirements/base.txt,true", "src/requirements/prod.txt,true", "constraints.txt,false", "requirements/constraints.txt,false",
            "requirements.in,false", "docs/notes.txt,false", "requirements/README.txt,false", "requirements.txt.bak,false"})
    void wantsRequirementsFilesByName(String path, boolean wanted) {
        assertThat(extractor.wants(path)).as("wants(%s)", path).isEqualTo(wanted);
    }

    @Test
    void pinsResolveAndRangesAreUnpinned() {
        Extraction x = extract("pins-and-ranges.txt");
        assertThat(x.problems()).as("extract(pins-and-ranges.txt) problems").isEmpty();
        assertThat(named(x, "fastapi")).isEqualTo(new Component(Ecosystem.PYPI, Kind.PACKAGE, "fastapi", "0.110.0", "==0.110.0",
                Relation.DIRECT, Scope.PROD, "pkg:pypi/fastapi@0.110.0", List.of(new Location("pins-and-ranges.txt", 2)), null, Map.of()));
        assertThat(named(x, "sqlalchemy")).isEqualTo(new Component(Ecosystem.PYPI, Kind.PACKAGE, "sqlalchemy", null, null,
                Relation.DIRECT, Scope.PROD, "pkg:pypi/sqlalchemy", List.of(new Location("pins-and-ranges.txt", 5)), SkipReason.UNPINNED,
                Map.of("declaredName", "SQLAlchemy")));
        Component uvicorn = named(x, "uvicorn");
        assertThat(uvicorn.constraint()).isEqualTo(">=0.29,<1");
        assertThat(uvicorn.skipReason()).isEqualTo(SkipReason.UNPINNED);
        assertThat(uvicorn.properties()).containsEntry("extras", "standard").containsEntry("marker", "python_version >= \"3.9\"");
        assertThat(x.components()).extracting(Component::name, Component::version, Component::constraint, Component::skipReason)
                .contains(tuple("pydantic", "2.6.4", "===2.6.4", null),
                        tuple("jinja2", null, "==3.1.*", SkipReason.UNPINNED),
                        tuple("requests", null, "==${REQUESTS_VERSION}", SkipReason.VARIABLE),
                        tuple("zope-interface", "6.2", "==6.2", null));
        assertThat(named(x, "zope-interface").properties()).containsEntry("declaredName", "zope.interface");
    }

    @Test
    void followsIncludesLocatesInTheDeclaringFileAndLetsConstraintsPin() {
        Extraction x = extract("includes/requirements.txt");
        assertThat(x.problems()).as("extract(includes/requirements.txt) problems").isEmpty();
        assertThat(x.components()).extracting(Component::name, Component::version, Component::constraint, Component::locations)
                .containsExactlyInAnyOrder(
                        tuple("requests", "2.31.0", ">=2.31", List.of(new Location("includes/common.txt", 1))),
                        tuple("idna", "3.6", "==3.6", List.of(new Location("includes/nested/extra.txt", 3))),
                        tuple("flask", "3.0.2", null, List.of(new Location("includes/requirements.txt", 4))));
        Component flask = named(x, "flask");
        assertThat(flask.skipReason()).isNull();
        assertThat(flask.purl()).isEqualTo("pkg:pypi/flask@3.0.2");
        assertThat(flask.properties()).containsEntry("constrainedBy", "includes/constraints.txt:1");
    }

    @Test
    void includeCyclesEnd() {
        Extraction x = extract("cycle-a.txt");
        assertThat(x.problems()).isEmpty();
        assertThat(x.components()).extracting(Component::name, c -> c.locations().get(0))
                .containsExactlyInAnyOrder(tuple("alpha", new Location("cycle-a.txt", 2)), tuple("beta", new Location("cycle-b.txt", 3)));
    }

    @Test
    void aMissingIncludeIsAProblemAtTheIncludingLineAndTheRestIsRead() {
        Extraction x = extract("missing-include.txt");
        assertThat(x.components()).extracting(Component::name).containsExactly("requests");
        assertThat(x.problems()).containsExactly(
                new Problem("python/requirements", new Location("missing-include.txt", 3), "-r nowhere.txt: no such file inside the scanned folder"),
                new Problem("python/requirements", new Location("missing-include.txt", 4), "-c ../../outside.txt: no such file inside the scanned folder"),
                new Problem("python/requirements", new Location("missing-include.txt", 5), "-r https://example.com/requirements.txt: remote includes are not followed"));
    }

    @Test
    void pipCompileAnnotationsTellDirectFromTransitive() {
        Extraction x = extract("pip-compile.txt");
        assertThat(x.problems()).isEmpty();
        assertThat(x.components()).extracting(Component::name, Component::version, Component::relation, c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("certifi", "2024.2.2", Relation.TRANSITIVE, 4),
                        tuple("fastapi", "0.110.0", Relation.DIRECT, 8),
                        tuple("idna", "3.6", Relation.DIRECT, 11),
                        tuple("requests", "2.31.0", Relation.DIRECT, 15),
                        tuple("urllib3", "2.2.1", Relation.TRANSITIVE, 16));
        assertThat(named(x, "idna").properties()).containsEntry("via", "-r requirements.in, requests");
    }

    @Test
    void continuationsJoinLikePip() {
        Extraction x = extract("continuations.txt");
        assertThat(x.problems()).isEmpty();
        assertThat(x.components()).extracting(Component::name, Component::version, c -> c.locations().get(0).line())
                .containsExactly(tuple("foo", "1.2.3", 1), tuple("bar", "4.5.6", 4), tuple("baz", "7.8.9", 8), tuple("qux", "10.11.12", 10));
    }

    @Test
    void urlsPathsAndEditablesAreReportedWithASkipReason() {
        Extraction x = extract("direct-references.txt");
        assertThat(x.components()).extracting(Component::name, Component::skipReason, c -> c.properties().get("url"), c -> c.properties().get("path"))
                .containsExactly(
                        tuple("shared", SkipReason.PATH, null, "./libs/shared"),
                        tuple("acme-toolkit", SkipReason.GIT, "git+https://github.com/acme/toolkit.git@v1.2#egg=acme-toolkit", null),
                        tuple("mylib", SkipReason.GIT, "git+https://github.com/acme/mylib.git@main", null),
                        tuple("tarpkg", SkipReason.URL, "https://files.example.com/packages/tarpkg-1.0.tar.gz", null),
                        tuple("local-pkg", SkipReason.PATH, null, "./wheels/local_pkg-0.3.0-py3-none-any.whl"));
        assertThat(named(x, "shared").properties()).containsEntry("editable", "true");
        assertThat(x.components()).allSatisfy(c -> assertThat(c.version()).isNull());
        assertThat(x.problems()).extracting(Problem::location, Problem::message)
                .containsExactly(tuple(new Location("direct-references.txt", 8),
                        "cannot tell the package name of 'https://example.com/downloads/': add #egg=<name>"));
    }

    @Test
    void linesPipRefusesAreProblemsAndTheRestIsRead() {
        Extraction x = extract("invalid-lines.txt");
        assertThat(x.components()).extracting(Component::name, Component::version)
                .containsExactly(tuple("flask", "3.0.2"), tuple("jinja2", "3.0.0"));
        assertThat(x.problems()).extracting(p -> p.location().line(), Problem::message).containsExactly(
                tuple(1, "not a requirement: 'asdf==': expected a version after '==' at column 7, found the end"),
                tuple(2, "unknown option --bogus-option"),
                tuple(4, "not a requirement: 'foo==1.0 stray words': expected ',' or ';' at column 10, found 's'"));
    }

    @Test
    void developmentFilesAreDevScope() {
        assertThat(extract("requirements-dev.txt").components()).extracting(Component::scope).containsExactly(Scope.DEV);
        assertThat(extract("requirements/test.txt").components()).extracting(Component::scope).containsExactly(Scope.DEV);
        assertThat(extract("includes/requirements.txt").components()).extracting(Component::scope).containsOnly(Scope.PROD);
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        Extraction x = extract("utf16-bom.txt");
        assertThat(x.components()).extracting(Component::name, Component::version, c -> c.locations().get(0).line())
                .containsExactly(tuple("attrs", "23.2.0", 1), tuple("six", "1.16.0", 2));
    }

    @Test
    void oneEnvironmentInstallsOneVersion() {
        Extraction x = Fixtures.extract(extractor, "requirements.txt", """
                requests
                -r more.txt
                """.replace("-r more.txt", "requests==2.31.0\nrequests>=2"));
        assertThat(x.components()).hasSize(1);
        Component requests = x.components().get(0);
        assertThat(requests.version()).isEqualTo("2.31.0");
        assertThat(requests.skipReason()).isNull();
        assertThat(requests.constraint()).isEqualTo("==2.31.0, >=2");
        assertThat(requests.locations()).extracting(Location::line).containsExactly(1, 2, 3);
    }

    @Test
    void conflictingPinsStaySeparate() {
        Extraction x = Fixtures.extract(extractor, "requirements.txt", "six==1.15.0\nsix==1.16.0\nsix\n");
        assertThat(x.components()).extracting(Component::version).containsExactly("1.15.0", "1.16.0", null);
    }
}

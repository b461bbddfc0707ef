package dev.upkeep.inventory.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.SkipReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginTest {
    @ParameterizedTest(name = "ofSpec({0})")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "^1.2.0 ; REGISTRY ; -",
        "latest ; REGISTRY ; -",
        "1.x || >=2.5.0 ; REGISTRY ; -",
        "workspace:* ; WORKSPACE ; -",
        "file:../lib ; PATH ; -",
        "link:../lib ; PATH ; -",
        "./vendor/x.tgz ; PATH ; -",
        "github:user/repo#v1.0.0 ; GIT ; -",
        "user/repo ; GIT ; -",
        "user/repo#0a2d2506c1 ; GIT ; 0a2d2506c1",
        "git+ssh://git@github.com/org/x.git#3b1bb80b302c2e552685dc8a029797ec832ea7c9 ; GIT ; 3b1bb80b302c2e552685dc8a029797ec832ea7c9",
        "https://github.com/org/x#main ; GIT ; -",
        "https://example.com/x-1.0.0.tgz ; URL ; -",
        "https://github.com/debug-js/debug/tarball/4.3.4 ; URL ; -",
    })
    void classifiesSpecs(String spec, Origin.Type type, String commit) {
        Origin o = Origin.ofSpec(spec);
        assertThat(o.type()).as("ofSpec(%s).type", spec).isEqualTo(type);
        assertThat(o.commit()).as("ofSpec(%s).commit", spec).isEqualTo(commit);
    }

    @ParameterizedTest(name = "ofResolved({0})")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "https://registry.npmjs.org/debug/-/debug-4.3.4.tgz ; REGISTRY ; -",
        "https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz#574c8138ce1d2b5861f0b44579dbadd60c6615b2 ; REGISTRY ; -",
        "https://npm.pkg.github.com/@org/x/-/x-1.0.0.tgz ; REGISTRY ; -",
        "- ; REGISTRY ; -",
        "https://codeload.github.com/org/x/tar.gz/d5ac0584ee9ae7bd9288220a39780f155b9ad4c8 ; GIT ; d5ac0584ee9ae7bd9288220a39780f155b9ad4c8",
        "https://gitlab.com/o/x/repository/archive.tar.gz?ref=c5a7ba5e0ad98b8db1cb8ce105403dd4b768cced ; GIT ; c5a7ba5e0ad98b8db1cb8ce105403dd4b768cced",
        "https://github.com/o/x.git#commit=0948d999f2fddf9f90991956493f976273c5da1f ; GIT ; 0948d999f2fddf9f90991956493f976273c5da1f",
        "file:vendor/x.tar.gz#f0b5161c241e8c94acc6241c49e3ab6806e6d4d7 ; PATH ; -",
        "https://example.com/files/x.tgz ; URL ; -",
    })
    void classifiesResolvedUrls(String resolved, Origin.Type type, String commit) {
        Origin o = Origin.ofResolved(resolved);
        assertThat(o.type()).as("ofResolved(%s).type", resolved).isEqualTo(type);
        assertThat(o.commit()).as("ofResolved(%s).commit", resolved).isEqualTo(commit);
    }

    @ParameterizedTest(name = "{0}.skipReason()")
    @CsvSource({"REGISTRY,", "GIT,GIT", "PATH,PATH", "URL,URL", "WORKSPACE,WORKSPACE"})
    void eachSourceHasItsSkipReason(Origin.Type type, SkipReason reason) {
        assertThat(new Origin(type, "x", null).skipReason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "withoutCredentials({0})")
    @CsvSource({
        "https://dummy-token@github.com/o/x.git#main, https://github.com/o/x.git#main",
        "git+https://user:secret@gitlab.example.com/o/x.git, git+https://gitlab.example.com/o/x.git",
        "git+ssh://git@github.com/o/x.git#abc1234, git+ssh://git@github.com/o/x.git#abc1234",
        "https://cdn.example.com/@scope/x-1.0.0.tgz, https://cdn.example.com/@scope/x-1.0.0.tgz",
        "github:o/x#v1, github:o/x#v1"})
    void sourcesLoseTheirCredentials(String url, String expected) {
        assertThat(Origin.ofResolved(url).source()).as("ofResolved(%s).source", url).isEqualTo(expected);
    }
}

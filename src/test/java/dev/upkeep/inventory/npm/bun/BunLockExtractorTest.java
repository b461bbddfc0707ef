package dev.upkeep.inventory.npm.bun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Location;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.Fixtures;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BunLockExtractorTest {
    private final BunLockExtractor extractor = new BunLockExtractor();

    private Extraction extract(String fixture) throws IOException {
        return extractor.extract(Fixtures.file("bun/" + fixture));
    }


    @Test
    void wantsTheTextLockfileOnly() {
        assertThat(extractor.wants("bun.lock")).isTrue();
        assertThat(extractor.wants("apps/bot/bun.lock")).isTrue();
        assertThat(extractor.wants("bun.lockb")).isFalse();
    }

    @Test
    void readsWorkspacesAliasesNestedCopiesAndScopes() throws IOException {
        Extraction x = extract("bun-workspace/bun.lock");
        assertThat(x.problems()).isEmpty();
        assertThat(Fixtures.summary(x)).as("extract(bun-workspace) from bun 1.2.23").containsExactly(
                "@shop/app@0.3.0 (workspace) direct prod :38",
                "@shop/lib@0.1.0 (workspace) direct prod :40",
                "debug@4.4.3 direct prod :42",
                "is-buffer@1.1.6 transitive optional :44",
                "is-even@1.0.0 direct optional :46",
                "is-number@3.0.0 transitive optional :72",
                "is-number@6.0.0 transitive prod :68",
                "is-number@7.0.0 direct prod :48",
                "is-odd@0.1.2 transitive optional :66",
                "is-odd@3.0.1 direct dev :50",
                "js-tokens@4.0.0 transitive peer :52",
                "kind-of@3.2.2 transitive optional :54",
                "local-util (path) direct prod :56",
                "loose-envify@1.4.0 transitive peer :58",
                "ms@2.0.0 direct prod :62",
                "ms@2.1.3 direct prod :60",
                "react@18.3.1 direct peer :64");
        assertThat(Fixtures.find(x, "ms", "2.0.0").properties()).isEqualTo(Map.of("alias", "ms2"));
        assertThat(Fixtures.find(x, "@shop/app", "0.3.0").properties()).as("@shop/app properties").isEqualTo(Map.of("path", "packages/app"));
        assertThat(Fixtures.find(x, "is-number", "6.0.0").locations()).as("is-number@6.0.0, nested under is-odd and local-util")
                .containsExactly(new Location("bun.lock", 68), new Location("bun.lock", 70));
    }

    @Test
    void gitAndTarballPackagesAndABadTupleThatSpoilsOnlyItself() throws IOException {
        Extraction x = extract("git-tarball-and-bad-tuple.lock");
        assertThat(Fixtures.summary(x)).as("extract(git-tarball-and-bad-tuple.lock)").containsExactly(
                "native@1.4.0 transitive dev :21", // optional below a dev dependency: dev
                "tester@2.3.0 direct dev :19",
                "uWebSockets.js (git) direct prod :23",
                "vendored (url) direct prod :25",
                "wrappy@1.0.1 transitive dev :29",
                "wrappy@1.0.2 direct prod :27");
        assertThat(Fixtures.find(x, "uWebSockets.js", null).properties()).as("uWebSockets.js properties").isEqualTo(Map.of(
                "alias", "uWebSocket.js", "url", "github:uNetworking/uWebSockets.js#6609a88", "commit", "6609a88"));
        assertThat(x.problems()).as("extract(git-tarball-and-bad-tuple.lock).problems")
                .extracting(p -> p.location().line()).containsExactly(17);
    }

    @Test
    void malformedLockfilesAreFormatExceptionsWithTheirLine() {
        assertThatThrownBy(() -> extract("lockfile-version-text.lock")).as("extract(lockfile-version-text.lock)")
                .isInstanceOf(FormatException.class).hasMessageContaining("lockfileVersion is not a number")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(2);
        assertThatThrownBy(() -> extract("not-json.txt")).as("extract(not-json.txt)")
                .isInstanceOf(FormatException.class).hasMessageStartingWith("malformed JSON")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(1);
    }
}

package dev.upkeep.inventory.npm.yarn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.inventory.npm.Fixtures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class YarnLockParserTest {
    @Test
    void splitsClassicAndBerryDescriptorLists() {
        assertThat(YarnLockParser.descriptors("\"@babel/code-frame@^7.0.0\", \"@babel/code-frame@^7.12.13\"", 1))
                .as("classic: each descriptor quoted").containsExactly("@babel/code-frame@^7.0.0", "@babel/code-frame@^7.12.13");
        assertThat(YarnLockParser.descriptors("lodash@4.17.11, lodash@^4.0.1", 1))
                .as("classic: unquoted").containsExactly("lodash@4.17.11", "lodash@^4.0.1");
        assertThat(YarnLockParser.descriptors("\"@babel/code-frame@npm:^7.0.0, @babel/code-frame@npm:^7.10.4\"", 1))
                .as("berry: one quoted list").containsExactly("@babel/code-frame@npm:^7.0.0", "@babel/code-frame@npm:^7.10.4");
    }

    @Test
    void berryEntriesWithSeveralDescriptorsAreReachedThroughAnyOfThem() throws IOException {
        var x = new YarnLockExtractor().extract(Fixtures.text("yarn.lock", """
                __metadata:
                  version: 8

                "app@workspace:.":
                  version: 0.0.0-use.local
                  resolution: "app@workspace:."
                  dependencies:
                    a: "npm:^1.0.0"
                    b: "npm:^1.0.0"

                "a@npm:^1.0.0":
                  version: 1.0.0
                  resolution: "a@npm:1.0.0"
                  dependencies:
                    c: "npm:^2.1.0"

                "b@npm:^1.0.0":
                  version: 1.0.0
                  resolution: "b@npm:1.0.0"
                  dependencies:
                    c: "npm:^2.0.0"

                "c@npm:^2.0.0, c@npm:^2.1.0":
                  version: 2.1.0
                  resolution: "c@npm:2.1.0"
                """));
        assertThat(Fixtures.summary(x)).as("extract(berry, c reached through both descriptors)")
                .isEqualTo(List.of("a@1.0.0 direct prod :11", "b@1.0.0 direct prod :17", "c@2.1.0 transitive prod :23"));
    }

    @Test
    void aBerryEntryWithoutResolutionIsAProblemAndTheRestIsRead() throws IOException {
        var x = new YarnLockExtractor().extract(Fixtures.text("yarn.lock", """
                __metadata:
                  version: 8

                "a@npm:^1.0.0":
                  version: 1.0.0

                "b@npm:^1.0.0":
                  version: 1.0.0
                  resolution: "b@npm:1.0.0"
                """));
        assertThat(Fixtures.summary(x)).isEqualTo(List.of("b@1.0.0 unknown prod :7"));
        assertThat(x.problems()).as("extract(entry without resolution).problems")
                .extracting(p -> p.location() + " " + p.message())
                .containsExactly("yarn.lock:4 entry 'a@npm:^1.0.0' has no resolution; skipped");
    }
}

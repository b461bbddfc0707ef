package dev.upkeep.inventory.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.SkipReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpmSpecTest {
    @ParameterizedTest(name = "parse({0}, {1})")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // declared   | spec                    | name       | alias  | range      | version | skip
        "react        | ^18.2.0                 | react      | -      | ^18.2.0    | -       | UNPINNED",
        "react        | 18.2.0                  | react      | -      | 18.2.0     | 18.2.0  | -",
        "react        | =v18.2.0                | react      | -      | =v18.2.0   | 18.2.0  | -",
        "react        | 18.3.0-canary-ab31a9ed2-20230824 | react | - | 18.3.0-canary-ab31a9ed2-20230824 | 18.3.0-canary-ab31a9ed2-20230824 | -",
        "react        | latest                  | react      | -      | latest     | -       | UNPINNED",
        "react        | ''                      | react      | -      | ''         | -       | UNPINNED",
        "foo          | npm:bar@^1.0.0          | bar        | foo    | ^1.0.0     | -       | UNPINNED",
        "cjs          | npm:@scope/pkg@2.0.0    | @scope/pkg | cjs    | 2.0.0      | 2.0.0   | -",
        "ansi-regex   | npm:^6.1.0              | ansi-regex | -      | ^6.1.0     | -       | UNPINNED",
        "lib          | workspace:^             | lib        | -      | workspace:^ | -      | WORKSPACE",
        "lib          | file:../lib             | lib        | -      | file:../lib | -      | PATH",
        "x            | github:o/x#v1           | x          | -      | github:o/x#v1 | -    | GIT",
        "x            | https://host/x-1.tgz    | x          | -      | https://host/x-1.tgz | - | URL",
        "x            | catalog:                | x          | -      | catalog:   | -       | UNPINNED",
    })
    void readsSpecsTheWayNpmDoes(String declared, String spec, String name, String alias, String range, String version,
            SkipReason skip) {
        NpmSpec s = NpmSpec.parse(declared, spec);
        assertThat(s.name()).as("parse(%s, %s).name", declared, spec).isEqualTo(name);
        assertThat(s.alias()).as("parse(%s, %s).alias", declared, spec).isEqualTo(alias);
        assertThat(s.range()).as("parse(%s, %s).range", declared, spec).isEqualTo(range);
        assertThat(s.version()).as("parse(%s, %s).version", declared, spec).isEqualTo(version);
        assertThat(s.skipReason()).as("parse(%s, %s).skipReason", declared, spec).isEqualTo(skip);
    }

    @ParameterizedTest(name = "splitNameAt({0})")
    @CsvSource({"lodash@^4.17.0,lodash,^4.17.0", "@babel/core@7.0.0,@babel/core,7.0.0", "alias@npm:real@1,alias,npm:real@1",
            "no-version,no-version,''"})
    void splitsAtTheFirstAtAfterTheScope(String in, String name, String rest) {
        assertThat(NpmSpec.splitNameAt(in)).as("splitNameAt(%s)", in).containsExactly(name, rest);
    }
}

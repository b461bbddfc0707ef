package dev.upkeep.inventory.npm.pnpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

class SubsetComposerTest {
    /** Every construct of the subset, the way pnpm writes them, and a second document. */
    private static final String ALL = """
            lockfileVersion: '9.0'

            settings:
              autoInstallPeers: true
              nothing:
              tilde: ~
              word: null
              quotedNull: 'null'

            importers:

              .:
                dependencies:
                  '@scope/a':
                    specifier: ^1.0.0 || ^2.0.0
                    version: 1.0.0(react@18.3.1)
                  "double":
                    specifier: "say \\"hi\\" \\\\ \\u00e9\\n\\t"
                    version: 'it''s'
                  -dash: link:../lib

            packages:

              '@scope/a@1.0.0':
                resolution: {integrity: sha512-abc+/==, tarball: https://example.com/a.tgz}
                engines: {node: '>=14', npm: "*" , 'k': ~}
                cpu: [x64, 'arm64', "s390x"]
                os: []
                libc: {}
                deprecated: Use b instead, see https://b.example
                transitivePeerDependencies:
                  - supports-color
                  - '@types/node'

              file:..:
                resolution: {directory: .., type: directory}
            ---
            lockfileVersion: '9.0'
            """;

    @Test
    void composesEveryConstructOfTheSubsetAsSnakeYamlDoes() {
        List<YamlValue> docs = SubsetComposer.compose(ALL);
        assertThat(docs).as("compose(ALL)").isNotNull().hasSize(2);
        assertThat(render(docs)).as("compose(ALL) vs SnakeYAML").isEqualTo(renderSnakeYaml(Yaml.snakeYaml(ALL)));

        YamlValue settings = Yaml.get(docs.get(0), "settings");
        assertThat(Yaml.text(settings, "autoInstallPeers")).isEqualTo("true");
        assertThat(Yaml.text(settings, "nothing")).as("an empty value is null").isNull();
        assertThat(Yaml.text(settings, "tilde")).isNull();
        assertThat(Yaml.text(settings, "word")).isNull();
        assertThat(Yaml.text(settings, "quotedNull")).as("a quoted null is text").isEqualTo("null");
        YamlValue deps = Yaml.get(Yaml.get(Yaml.get(docs.get(0), "importers"), "."), "dependencies");
        assertThat(Yaml.entries(deps)).extracting(Yaml.Entry::key, Yaml.Entry::line)
                .containsExactly(Tuple.tuple("@scope/a", 14), Tuple.tuple("double", 17), Tuple.tuple("-dash", 20));
        assertThat(Yaml.text(Yaml.get(deps, "double"), "specifier")).isEqualTo("say \"hi\" \\ \u00e9\n\t");
        assertThat(Yaml.text(Yaml.get(deps, "double"), "version")).isEqualTo("it's");
        YamlValue pkg = Yaml.get(Yaml.get(docs.get(0), "packages"), "@scope/a@1.0.0");
        assertThat(Yaml.text(Yaml.get(pkg, "resolution"), "tarball")).isEqualTo("https://example.com/a.tgz");
        assertThat(Yaml.entries(Yaml.get(pkg, "engines"))).extracting(Yaml.Entry::key, e -> Yaml.text(e.value()), Yaml.Entry::line)
                .containsExactly(Tuple.tuple("node", ">=14", 26), Tuple.tuple("npm", "*", 26), Tuple.tuple("k", null, 26));
        assertThat(Yaml.text(pkg, "deprecated")).isEqualTo("Use b instead, see https://b.example");
    }

    @Test
    void crlfLineBreaksGiveTheSameGraph() {
        String crlf = ALL.replace("\n", "\r\n");
        assertThat(SubsetComposer.compose(crlf)).as("compose(ALL with CRLF)").isNotNull();
        assertThat(render(SubsetComposer.compose(crlf))).isEqualTo(renderSnakeYaml(Yaml.snakeYaml(crlf)));
    }

    /** Each input holds one thing outside the subset: the reader gives up, and SnakeYAML reads or refuses it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "# a comment\nlockfileVersion: '9.0'\n",
        "lockfileVersion: '9.0' # a trailing comment\n",
        "a: &anchor 1.0.0\nb: *anchor\n",
        "a: !!str 1\n",
        "a: |\n  literal\n",
        "a: >\n  folded\n",
        "a: plain\n  continued\n",
        "a: 'quoted\n  continued'\n",
        "a:\n\tb: tab\n",
        "a: tab\there\n",
        "a:\n- indentless\n",
        "a: {b: {c: d}}\n",
        "a: [b, [c]]\n",
        "a: {b: c,\n  d: e}\n",
        "a: caf\u00e9\n",
        "\ufeffa: bom\n",
        "a: lone\rcr\n",
        "a: 1\n...\n",
        "---\n---\na: 1\n",
        "",
        "? a\n: b\n",
        "base: &b {x: 1}\nc:\n  <<: *b\n",
        "a: [b, ]\n",
        "a:\n  <<: {b: c}\n",
        "a: {b: c, }\n",
        "a: \"\\x41\"\n",
        "%YAML 1.1\n---\na: 1\n",
        "a:\n  - b: c\n",
        "a:\n  -\n    b\n",
        "a: {b: https://x?y=1}\n",
        "a: b: c\n",
        "'a' : b\n",
        "a:\n    b: 1\n  c: 2\n",
        "- a\n- b\n",
        "--- a: 1\n",
    })
    void leavesEverythingElseToSnakeYaml(String text) {
        assertThat(SubsetComposer.compose(text)).as("compose(%s)", text).isNull();
        List<Node> snake;
        try {
            snake = Yaml.snakeYaml(text);
        } catch (FormatException e) {
            assertThatThrownBy(() -> Yaml.documents(text)).as("documents(%s) reports SnakeYAML's error", text)
                    .isInstanceOf(FormatException.class).hasMessage(e.getMessage());
            return;
        }
        assertThat(render(Yaml.documents(text))).as("documents(%s)", text).isEqualTo(renderSnakeYaml(snake));
    }

    @Test
    void aliasesThatLoopBackConvertToALoopNotAnEndlessTree() {
        YamlValue a = Yaml.get(Yaml.documents("a: &loop\n  b: *loop\n  c: x\n").get(0), "a");
        assertThat(Yaml.get(a, "b")).as("a.b is a itself").isSameAs(a);
        assertThat(Yaml.text(Yaml.get(Yaml.get(a, "b"), "b"), "c")).isEqualTo("x");
    }

    /**
     * Every pnpm fixture: where the reader takes it, the same graph and the same extraction as
     * SnakeYAML; with a comment appended the reader gives up, and SnakeYAML's extraction is the same.
     */
    @Test
    void fastAndFallbackAgreeOnEveryPnpmFixture() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/dev/upkeep/inventory/npm/pnpm").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("pnpm-workspace.yaml")).forEach(files::add);
        }
        PnpmLockExtractor extractor = new PnpmLockExtractor();
        int fast = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            List<YamlValue> docs = SubsetComposer.compose(text);
            if (docs == null) {
                continue; // malformed fixtures: SnakeYAML reports them, as PnpmLockExtractorTest checks
            }
            fast++;
            String name = f.getFileName().toString();
            assertThat(render(docs)).as("compose(%s) vs SnakeYAML", name).isEqualTo(renderSnakeYaml(Yaml.snakeYaml(text)));
            Object viaSubset = extractOrError(extractor, docs, name);
            assertThat(viaSubset).as("extract(%s) via SubsetComposer vs SnakeYAML", name)
                    .isEqualTo(extractOrError(extractor, Yaml.composeAll(text), name));
            String commented = text + "\n# a comment: outside the subset\n";
            assertThat(SubsetComposer.compose(commented)).as("compose(%s + comment)", name).isNull();
            assertThat(extractOrError(extractor, Yaml.documents(commented), name)).as("extract(%s + comment) via SnakeYAML", name)
                    .isEqualTo(viaSubset);
        }
        assertThat(fast).as("fixtures read by SubsetComposer, of %s", files).isGreaterThanOrEqualTo(6);
    }

    /** The extraction, or the error it ends in (message and line). */
    private static Object extractOrError(PnpmLockExtractor extractor, List<YamlValue> docs, String name) {
        try {
            return extractor.extract(docs, name);
        } catch (FormatException e) {
            return e.getMessage() + " at line " + e.line();
        }
    }

    /** Values as text: structure, scalar text or {@code ~} for null, and the line of every key. */
    static String render(List<YamlValue> docs) {
        StringBuilder sb = new StringBuilder();
        docs.forEach(d -> render(d, sb.append("--- ")));
        return sb.toString();
    }

    private static void render(YamlValue v, StringBuilder sb) {
        if (v instanceof YamlValue.Scalar s) {
            sb.append(s.text() == null ? "~" : "'" + s.text() + "'");
        } else if (v instanceof YamlValue.Mapping m) {
            sb.append('{');
            for (int i = 0; i < m.size(); i++) {
                sb.append('\'').append(m.key(i)).append("'@").append(m.line(i)).append(": ");
                render(m.value(i), sb);
                sb.append(", ");
            }
            sb.append('}');
        } else if (v instanceof YamlValue.Sequence q) {
            sb.append('[');
            q.items().forEach(i -> render(i, sb.append(' ')));
            sb.append(']');
        }
        sb.append('\n');
    }

    /** SnakeYAML's node graphs in the same form as {@link #render}: compared with it, the conversion in Yaml is not trusted. */
    static String renderSnakeYaml(List<Node> docs) {
        StringBuilder sb = new StringBuilder();
        docs.forEach(d -> renderSnakeYaml(d, sb.append("--- ")));
        return sb.toString();
    }

    private static void renderSnakeYaml(Node n, StringBuilder sb) {
        if (n instanceof ScalarNode s) {
            sb.append(Tag.NULL.equals(s.getTag()) ? "~" : "'" + s.getValue() + "'");
        } else if (n instanceof MappingNode m) {
            sb.append('{');
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    sb.append('\'').append(k.getValue()).append("'@").append(k.getStartMark().getLine() + 1).append(": ");
                    renderSnakeYaml(t.getValueNode(), sb);
                    sb.append(", ");
                }
            }
            sb.append('}');
        } else if (n instanceof SequenceNode q) {
            sb.append('[');
            q.getValue().forEach(i -> renderSnakeYaml(i, sb.append(' ')));
            sb.append(']');
        }
        sb.append('\n');
    }
}

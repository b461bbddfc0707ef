package dev.upkeep.config;

import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.domain.UpkeepException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a stack's {@value #FILE_NAME}. A stack without one gets {@link UpkeepConfig#DEFAULTS}. An
 * unknown key, a malformed field or malformed YAML is an INPUT error naming the file, the line and
 * the field.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "upkeep.yml";

    /** Top-level keys, in the order the documentation lists them. */
    public static final List<String> TOP_LEVEL_KEYS =
            List.of("policy", "risk", "groups", "windows", "freeze", "targets", "ignore", "lint");

    static final long MAX_SIZE = 1L << 20;

    private ConfigLoader() {}

    /** Reads {@code root/upkeep.yml}, or returns the defaults when there is none. */
    public static UpkeepConfig load(Path root) {
        Path path = root.resolve(FILE_NAME);
        if (!Files.exists(path)) {
            return UpkeepConfig.DEFAULTS;
        }
        String name = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                throw UpkeepException.input(name + ": not a regular file");
            }
            if (Files.size(path) > MAX_SIZE) {
                throw UpkeepException.input(name + ": larger than 1 MiB; is this the right file?");
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return parse(text, name);
        } catch (CharacterCodingException e) {
            throw UpkeepException.input(name + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw UpkeepException.input(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the text of an upkeep.yml; {@code file} names it in messages. */
    public static UpkeepConfig parse(String text, String file) {
        ConfigNodes nodes = new ConfigNodes(file);
        Optional<YamlNode> root;
        try {
            root = SafeYaml.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (YamlSyntaxException e) {
            throw UpkeepException.input(file + (e.line() > 0 ? ":" + e.line() : "") + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root.isEmpty()) {
            return new UpkeepConfig(Optional.of(file), List.of(), LintSettings.DEFAULTS, Map.of());
        }
        Mapping top = nodes.mapping(root.get(), "(top level)");
        nodes.onlyKnownKeys(top, "", TOP_LEVEL_KEYS);
        List<IgnoreEntry> ignores = new ArrayList<>();
        LintSettings lint = LintSettings.DEFAULTS;
        Map<String, YamlNode> sections = new LinkedHashMap<>();
        for (YamlNode.Entry e : top.entries()) {
            switch (e.key().value()) {
                case "ignore" -> ignores.addAll(IgnoreSection.read(e.value(), nodes));
                case "lint" -> lint = LintSection.read(e.value(), nodes);
                default -> sections.put(e.key().value(), e.value());
            }
        }
        return new UpkeepConfig(Optional.of(file), ignores, lint, sections);
    }
}

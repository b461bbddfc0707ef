package dev.upkeep.assess;

import dev.upkeep.config.ConfigNodes;
import dev.upkeep.config.Glob;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups of a stack: {@code groups:} of upkeep.yml added to the runbook's (a group of the same
 * name replaces the default one). The first group that contains a package is its group.
 */
public final class Groups {
    static final List<String> KEYS = List.of("name", "packages", "sameVersion");

    /**
     * The runbook's §3.3 tables: "react, react-dom" on one row; "socket.io-client | Match server
     * version" and "socket.io | Match client version"; "@prisma/client, prisma" on one row;
     * "@opentelemetry/* | Update as a group"; "@nestjs/* | Minor updates within 11.x".
     */
    public static final List<Group> DEFAULTS = List.of(
            new Group("react", List.of(Glob.of("react"), Glob.of("react-dom")), true),
            new Group("socket.io", List.of(Glob.of("socket.io"), Glob.of("socket.io-client")), true),
            new Group("prisma", List.of(Glob.of("prisma"), Glob.of("@prisma/client")), true),
            new Group("opentelemetry", List.of(Glob.of("@opentelemetry/*")), false),
            new Group("nestjs", List.of(Glob.of("@nestjs/*")), false));

    private final List<Group> groups;

    public Groups(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    public List<Group> all() {
        return groups;
    }

    /** The group of a package, if any. */
    public Optional<Group> of(String packageName) {
        return groups.stream().filter(g -> g.contains(packageName)).findFirst();
    }

    public static Groups read(UpkeepConfig config) {
        Map<String, Group> byName = new LinkedHashMap<>();
        Optional<YamlNode> section = config.section("groups").filter(n -> !(n instanceof Scalar s && s.isNull()));
        if (section.isPresent()) {
            ConfigNodes nodes = new ConfigNodes(config.file().orElse("upkeep.yml"));
            List<YamlNode> items = nodes.list(section.get(), "groups");
            for (int i = 0; i < items.size(); i++) {
                String field = "groups[" + i + "]";
                Mapping m = nodes.mapping(items.get(i), field);
                nodes.onlyKnownKeys(m, field, KEYS);
                String name = nodes.string(nodes.required(m, "name", field + ".name"), field + ".name");
                if (byName.containsKey(name)) {
                    throw nodes.fail(m, field + ".name", "'" + name + "' names another group too");
                }
                YamlNode packagesNode = nodes.required(m, "packages", field + ".packages");
                List<Glob> packages = RiskRules.globList(packagesNode, nodes, field + ".packages");
                if (packages.isEmpty()) {
                    throw nodes.fail(packagesNode, field + ".packages", "name at least one package");
                }
                boolean same = nodes.optional(m, "sameVersion").map(n -> bool(n, nodes, field + ".sameVersion")).orElse(false);
                byName.put(name, new Group(name, packages, same));
            }
        }
        List<Group> all = new ArrayList<>(byName.values());
        DEFAULTS.stream().filter(g -> !byName.containsKey(g.name())).forEach(all::add);
        return new Groups(all);
    }

    private static boolean bool(YamlNode node, ConfigNodes nodes, String field) {
        String text = nodes.string(node, field);
        return switch (text) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw nodes.fail(node, field, "'" + text + "' is not true or false");
        };
    }
}

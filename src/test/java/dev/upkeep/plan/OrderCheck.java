package dev.upkeep.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Ecosystem;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent check of a plan's order: replays its steps from the versions before the first
 * one and, after every step, tests every npm peer dependency and engine and every PyPI pin among
 * the packages present, straight from the registry data.
 */
final class OrderCheck {
    private OrderCheck() {}

    static void assertEveryStepHolds(Plan plan, Stacks.Registry reg) {
        Map<String, String> state = new HashMap<>();
        for (Wave w : plan.waves()) {
            for (Step s : w.steps()) {
                for (Upgrade u : s.upgrades()) {
                    state.putIfAbsent(u.key(), u.from().split(", ")[0]);
                }
            }
        }
        for (Wave w : plan.waves()) {
            for (Step s : w.steps()) {
                s.upgrades().forEach(u -> state.put(u.key(), u.to()));
                assertThat(broken(state, reg)).as("requirements broken after step %d of wave %d", s.number(), w.number()).isEmpty();
            }
        }
    }

    private static List<String> broken(Map<String, String> state, Stacks.Registry reg) {
        List<String> out = new ArrayList<>();
        VersionScheme npm = Stacks.SCHEMES.apply("npm");
        VersionScheme pep = Stacks.SCHEMES.apply("pep440");
        state.forEach((key, version) -> {
            String name = key.substring(key.indexOf(':') + 1);
            Ecosystem eco = key.startsWith("npm:") ? Ecosystem.NPM : key.startsWith("pypi:") ? Ecosystem.PYPI : null;
            Release r = eco == null ? null : reg.releases(eco, name).stream().filter(x -> x.version().equals(version)).findFirst().orElse(null);
            if (r == null) {
                return;
            }
            r.peerDependencies().forEach((peer, range) -> {
                String have = state.get("npm:" + peer);
                if (have != null && !npm.satisfies(range, have)) {
                    out.add(key + "@" + version + " peer " + peer + " " + range + " vs " + have);
                }
            });
            String node = r.engines().get("node");
            String haveNode = state.get("runtime:nodejs");
            if (node != null && haveNode != null && !npm.satisfies(node, haveNode.contains(".") ? haveNode : haveNode + ".0.0")) {
                out.add(key + "@" + version + " engines " + node + " vs " + haveNode);
            }
            for (String dist : r.requiresDist()) {
                Pep508.parse(dist).ifPresent(d -> {
                    String have = state.get("pypi:" + d.name());
                    if (have != null && !pep.satisfies(d.specifier(), have)) {
                        out.add(key + "@" + version + " requires " + dist + " vs " + have);
                    }
                });
            }
        });
        return out;
    }
}

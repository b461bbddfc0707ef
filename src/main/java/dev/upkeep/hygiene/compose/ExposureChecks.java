package dev.upkeep.hygiene.compose;

import static dev.upkeep.hygiene.compose.RuntimeChecks.at;

import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.SecretValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a service exposes or risks: its data, its secrets, its image version, the host, its ports. */
final class ExposureChecks {
    private ExposureChecks() {}

    static List<Finding> check(ComposeStack stack) {
        List<Finding> findings = new ArrayList<>();
        for (Service s : stack.services().values()) {
            Optional<String> image = stack.image(s.name());
            boolean database = image.filter(Images::isDatabase).isPresent();
            if (!stack.definedInBase(s)) {
                image.flatMap(Images::dataDir).ifPresent(dir -> persistence(stack, s, image.get(), dir).ifPresent(findings::add));
            }
            findings.addAll(literalSecrets(stack, s));
            unpinned(stack, s).ifPresent(findings::add);
            for (Mounts.Mount m : Mounts.volumes(s)) {
                if (m.source() != null && m.source().endsWith("docker.sock")) {
                    findings.add(ComposeRules.DOCKER_SOCKET.finding(s.name(), at(stack, m.line()),
                            "service '" + s.name() + "' mounts the Docker socket (" + m.source() + "), which lets it control every container and the host"));
                }
            }
            if (s.flag("privileged")) {
                findings.add(ComposeRules.PRIVILEGED.finding(s.name(), at(stack, s.get("privileged").get().line()),
                        "service '" + s.name() + "' runs privileged: a compromise of it is a compromise of the host"));
            }
            if (database) {
                for (Mounts.Port p : Mounts.ports(s)) {
                    if (p.onAllInterfaces()) {
                        findings.add(ComposeRules.DATABASE_PORT_PUBLISHED.finding(s.name() + ":" + p.spec(), at(stack, p.line()),
                                "database '" + s.name() + "' publishes port '" + p.spec() + "' on all interfaces of the host"));
                    }
                }
            }
        }
        return findings;
    }

    private static Optional<Finding> persistence(ComposeStack stack, Service s, String image, String defaultDir) {
        String dir = environment(s, "PGDATA").filter(v -> image.contains("postg")).orElse(defaultDir);
        List<Mounts.Mount> mounts = Mounts.volumes(s);
        if (mounts.stream().anyMatch(m -> m.persistent() && m.covers(dir))) {
            return Optional.empty();
        }
        boolean anonymous = mounts.stream().anyMatch(m -> m.covers(dir));
        String why = anonymous ? "only an anonymous volume or tmpfs holds " + dir : "nothing is mounted on " + dir;
        return Optional.of(ComposeRules.DATA_NOT_PERSISTED.finding(s.name(), at(stack, s.line()),
                "database '" + s.name() + "' (" + image + ") keeps its data in the container: " + why
                        + ", so recreating the container loses it"));
    }

    private static List<Finding> literalSecrets(ComposeStack stack, Service s) {
        List<Finding> findings = new ArrayList<>();
        List<Service.Pair> pairs = new ArrayList<>();
        s.get("environment").ifPresent(env -> pairs.addAll(s.pairs(env)));
        s.get("build").filter(Mapping.class::isInstance).flatMap(b -> ((Mapping) b).get("args")).ifPresent(args -> pairs.addAll(s.pairs(args)));
        for (Service.Pair p : pairs) {
            if (p.value() == null) {
                continue;
            }
            String what = null;
            if (SecretValues.isSecretName(p.key()) && SecretValues.looksReal(p.value())) {
                what = p.key() + " is set to a literal secret";
            } else if (SecretValues.urlCredentials(p.value()).filter(c -> SecretValues.looksReal(c[1])).isPresent()) {
                what = p.key() + " is a URL with a literal password";
            } else if (SecretValues.hasTokenFormat(p.value())) {
                what = p.key() + " holds a literal access token";
            }
            if (what != null) {
                findings.add(ComposeRules.LITERAL_SECRET.finding(s.name() + ":" + p.key(), at(stack, p.line()),
                        "service '" + s.name() + "': " + what + " (" + SecretValues.mask(p.value()) + ") in a file kept in version control"));
            }
        }
        return findings;
    }

    private static Optional<Finding> unpinned(ComposeStack stack, Service s) {
        Optional<String> image = s.image();
        boolean built = s.has("build") || stack.base().containsKey(s.name()) && stack.base().get(s.name()).has("build");
        if (image.isEmpty() || built || image.get().contains("$") || Images.hasDigest(image.get())) {
            return Optional.empty();
        }
        Optional<String> tag = Images.tag(image.get());
        if (tag.isPresent() && !tag.get().equals("latest")) {
            return Optional.empty();
        }
        String how = tag.isEmpty() ? "has no tag, which means 'latest'" : "is tagged 'latest'";
        return Optional.of(ComposeRules.UNPINNED_IMAGE.finding(s.name(), at(stack, s.get("image").get().line()),
                "service '" + s.name() + "' image '" + image.get() + "' " + how + ", so each pull may bring a different version"));
    }

    private static Optional<String> environment(Service s, String key) {
        return s.get("environment").stream().flatMap(env -> s.pairs(env).stream())
                .filter(p -> p.key().equals(key) && p.value() != null).map(Service.Pair::value).findFirst();
    }
}

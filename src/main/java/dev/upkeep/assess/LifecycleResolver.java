package dev.upkeep.assess;

import dev.upkeep.domain.Component;
import dev.upkeep.knowledge.LifecycleCycle;
import dev.upkeep.knowledge.LifecycleSource;
import dev.upkeep.knowledge.Product;
import dev.upkeep.versioning.Cycles;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionScheme;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a component's product and release cycle: runtimes and OS releases by name (endoflife.date
 * names and aliases: {@code node} → nodejs, {@code alpine} → alpine-linux), images and packages by
 * package URL ({@code pkg:docker/library/postgres} → postgresql). The cycle is the product's usual
 * depth ({@link Cycles}), else the longest prefix of the version that names a cycle.
 */
final class LifecycleResolver {
    private final LifecycleSource source;
    private final Function<String, VersionScheme> schemes;

    LifecycleResolver(LifecycleSource source, Function<String, VersionScheme> schemes) {
        this.source = source;
        this.schemes = schemes;
    }

    Optional<LifecycleStatus> status(Component c, LocalDate today) {
        Optional<Product> product = switch (c.kind()) {
            case RUNTIME, OS -> source.product(c.name());
            default -> source.productForPurl(c.purl());
        };
        if (product.isEmpty() || c.version() == null) {
            return Optional.empty();
        }
        String versionText = c.version();
        if (c.kind() == dev.upkeep.domain.Kind.IMAGE) {
            try {
                dev.upkeep.versioning.docker.DockerTag tag = dev.upkeep.versioning.docker.DockerTag.parse(versionText);
                if (tag.version() == null) {
                    return Optional.empty();
                }
                versionText = tag.version();
            } catch (InvalidVersionException e) {
                return Optional.empty();
            }
        }
        Optional<LifecycleCycle> cycle = cycleOf(product.get(), versionText);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        LifecycleCycle cy = cycle.get();
        String newest = product.get().cycles().stream().filter(x -> !x.eol(today) && x.releaseDate() != null
                && !x.releaseDate().isAfter(today)).map(LifecycleCycle::cycle).findFirst().orElse(null);
        return Optional.of(new LifecycleStatus(product.get().name(), cy.cycle(), cy.eolFrom(), cy.eol(today), cy.daysToEol(today),
                cy.lts(today), cy.activeSupport(today), cy.latest(), newest));
    }

    Optional<LifecycleCycle> cycleOf(Product p, String versionText) {
        // Cycles are named as written ("22.04", "3.12"): try the version's own text first.
        String[] parts = versionText.split("[.]");
        int usualDepth = -1;
        VersionScheme loose = schemes.apply("loose");
        Version v;
        try {
            v = loose.parse(versionText);
        } catch (InvalidVersionException e) {
            return p.cycle(versionText);
        }
        if (v.release().length == 0) {
            return p.cycle(versionText);
        }
        String usualText = Cycles.of(loose, p.name(), v);
        usualDepth = usualText.split("[.]").length;
        if (usualDepth <= parts.length) {
            Optional<LifecycleCycle> written = p.cycle(String.join(".", java.util.Arrays.copyOf(parts, usualDepth)));
            if (written.isPresent()) {
                return written;
            }
        }
        Optional<LifecycleCycle> usual = p.cycle(usualText);
        if (usual.isPresent()) {
            return usual;
        }
        for (int depth = parts.length; depth >= 1; depth--) {
            Optional<LifecycleCycle> c = p.cycle(String.join(".", java.util.Arrays.copyOf(parts, depth)));
            if (c.isPresent()) {
                return c;
            }
        }
        for (int depth = v.release().length; depth >= 1; depth--) {
            Optional<LifecycleCycle> c = p.cycle(loose.cycle(v, depth));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}

package dev.upkeep.inventory.runtime;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.inventory.Purls;

/** Builds runtime components the same way for every file that declares one. */
public final class Runtimes {
    private Runtimes() {}

    /**
     * A runtime component for {@code declared} as written (the constraint), with its version read by
     * {@link RuntimeVersion}, its purl, and the property {@code source} ({@code .nvmrc},
     * {@code setup-node}, {@code image}...). The caller adds the location and anything else.
     */
    public static Component.Builder builder(String name, String declared, String source) {
        return builder(Kind.RUNTIME, name, declared, source);
    }

    /** As {@link #builder(String, String, String)}, for a tool ({@link Kind#TOOL}) pinned the same way. */
    public static Component.Builder builder(Kind kind, String name, String declared, String source) {
        RuntimeVersion read = RuntimeVersion.read(name, declared);
        return Component.builder(Ecosystem.RUNTIME, kind, name)
                .version(read.version())
                .constraint(declared.strip())
                .skipReason(read.skipReason())
                .purl(Purls.of(Ecosystem.RUNTIME, name, read.version()))
                .property("source", source)
                .property("alias", read.alias());
    }
}

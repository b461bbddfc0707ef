package dev.upkeep.versioning.registry;

import dev.upkeep.versioning.VersionScheme;
import dev.upkeep.versioning.npm.NpmScheme;
import dev.upkeep.versioning.docker.DockerScheme;
import dev.upkeep.versioning.loose.LooseScheme;
import dev.upkeep.versioning.maven.MavenScheme;
import dev.upkeep.versioning.pep440.Pep440Scheme;
import java.util.List;

/** Every built-in version scheme, one line each. */
public final class VersionSchemes {
    private VersionSchemes() {}

    public static List<VersionScheme> all() {
        return List.of(
                new NpmScheme(),
                new Pep440Scheme(),
                new DockerScheme(),
                new MavenScheme(),
                new LooseScheme()
        );
    }

    /** The scheme with this id; a clear error listing the known ids otherwise. */
    public static VersionScheme byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown version scheme '" + id + "' (known: "
                        + String.join(", ", all().stream().map(VersionScheme::id).toList()) + ")"));
    }
}

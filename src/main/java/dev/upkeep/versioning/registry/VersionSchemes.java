package dev.upkeep.versioning.registry;

import dev.upkeep.versioning.VersionScheme;
import dev.upkeep.versioning.npm.NpmScheme;
import java.util.List;

/** Every built-in version scheme, one line each. */
public final class VersionSchemes {
    private VersionSchemes() {}

    public static List<VersionScheme> all() {
        return List.of(
                new NpmScheme()
        );
    }

    /** The scheme with this id; a clear error listing the known ids otherwise. */
    public static VersionScheme byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown version scheme '" + id + "' (known: "
                        + String.join(", ", all().stream().map(VersionScheme::id).toList()) + ")"));
    }
}

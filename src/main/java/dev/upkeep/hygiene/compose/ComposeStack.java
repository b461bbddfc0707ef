package dev.upkeep.hygiene.compose;

import dev.upkeep.hygiene.LintContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file being checked and what it builds on.
 *
 * @param path the file's path
 * @param services the services this file defines
 * @param base the services of the base file it overlays; empty for a base file
 * @param dev whether this file is for development, tests or CI only
 */
record ComposeStack(String path, Map<String, Service> services, Map<String, Service> base, LintContext context, boolean dev) {
    private static final Pattern ONE_SHOT_NAME = Pattern.compile(
            "(?i)(?:^|[-_])(?:migrate|migration|migrations|migrator|seed|seeder|init|setup|prestart|bootstrap|provision)(?:[-_]|$)");

    ComposeStack {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
        base = Collections.unmodifiableMap(new LinkedHashMap<>(base));
    }

    /** A service by name, from this file or else its base. */
    Optional<Service> service(String name) {
        return Optional.ofNullable(services.get(name)).or(() -> Optional.ofNullable(base.get(name)));
    }

    /** The image a service runs, looking through to the base when an overlay leaves it out. */
    Optional<String> image(String name) {
        Optional<String> here = Optional.ofNullable(services.get(name)).flatMap(Service::image);
        return here.isPresent() ? here : Optional.ofNullable(base.get(name)).flatMap(Service::image);
    }

    /** Whether the base file defines the service, so this overlay only changes it. */
    boolean definedInBase(Service service) {
        return base.containsKey(service.name()) || service.has("extends");
    }

    /**
     * Whether a service runs once and exits (migrations, seeding) or only on demand (a profile),
     * rather than staying up: such services need neither a health check nor a restart policy.
     */
    boolean runsOnceOrOnDemand(Service service) {
        if (service.has("profiles") || ONE_SHOT_NAME.matcher(service.name()).find()) {
            return true;
        }
        String restart = service.text("restart").orElse("");
        if (restart.equals("no") && service.has("command")) {
            return true;
        }
        for (Map<String, Service> all : List.of(services, base)) {
            for (Service other : all.values()) {
                if (RuntimeChecks.dependencyCondition(other, service.name()).filter("service_completed_successfully"::equals).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }
}

package dev.upkeep.inventory.container;

import java.util.Map;
import java.util.Set;

/**
 * What a Docker Official Image holds: the runtime or server it packages, under upkeep's runtime
 * names ({@code postgres} is {@code postgresql}, {@code mongo} is {@code mongodb}), or the
 * operating system it is. Images outside this table are recorded as images only.
 */
final class OfficialImages {
    private static final Map<String, String> RUNTIMES = Map.ofEntries(
            Map.entry("node", "node"), Map.entry("python", "python"), Map.entry("postgres", "postgresql"),
            Map.entry("redis", "redis"), Map.entry("nginx", "nginx"), Map.entry("mysql", "mysql"),
            Map.entry("mariadb", "mariadb"), Map.entry("mongo", "mongodb"), Map.entry("httpd", "httpd"),
            Map.entry("golang", "go"), Map.entry("ruby", "ruby"), Map.entry("php", "php"),
            Map.entry("openjdk", "java"), Map.entry("eclipse-temurin", "java"), Map.entry("amazoncorretto", "java"),
            Map.entry("rabbitmq", "rabbitmq"), Map.entry("memcached", "memcached"), Map.entry("haproxy", "haproxy"),
            Map.entry("traefik", "traefik"), Map.entry("caddy", "caddy"), Map.entry("elasticsearch", "elasticsearch"),
            Map.entry("rust", "rust"));
    private static final Set<String> SYSTEMS = Set.of("alpine", "debian", "ubuntu");

    private OfficialImages() {}

    /** The runtime an official image packages ({@code node}), or null. */
    static String runtime(String officialName) {
        return officialName == null ? null : RUNTIMES.get(officialName);
    }

    /** Whether the official image is an operating system itself ({@code alpine}, {@code debian}). */
    static boolean isSystem(String officialName) {
        return officialName != null && SYSTEMS.contains(officialName);
    }
}

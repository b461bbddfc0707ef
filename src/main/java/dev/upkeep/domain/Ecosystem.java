package dev.upkeep.domain;

import java.util.Locale;

/** Where a component's versions come from; decides its version scheme and its purl type. */
public enum Ecosystem {
    NPM("npm", "npm"),
    PYPI("pypi", "pypi"),
    MAVEN("maven", "maven"),
    DOCKER("docker", "docker"),
    GITHUB_ACTIONS("github-actions", "github"),
    /** A language runtime or server (Node, Python, PostgreSQL, Redis) named outside a package manager. */
    RUNTIME("runtime", "generic"),
    /** An operating system release, such as the Alpine or Debian release under a base image. */
    OS("os", "generic");

    private final String id;
    private final String purlType;

    Ecosystem(String id, String purlType) {
        this.id = id;
        this.purlType = purlType;
    }

    /** The stable, lower-case id used in JSON output and configuration. */
    public String id() {
        return id;
    }

    public String purlType() {
        return purlType;
    }

    public static Ecosystem fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Ecosystem e : values()) {
            if (e.id.equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown ecosystem '" + id + "'");
    }
}

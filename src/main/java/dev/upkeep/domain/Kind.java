package dev.upkeep.domain;

import java.util.Locale;

/** What sort of thing a component is. */
public enum Kind {
    /** A library from a package registry. */
    PACKAGE,
    /** A container image. */
    IMAGE,
    /** A language runtime or server: Node, Python, PostgreSQL, Redis. */
    RUNTIME,
    /** An operating system release inside an image. */
    OS,
    /** A CI action or reusable workflow. */
    ACTION,
    /** A package manager pinned by the project (packageManager, for example). */
    TOOL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

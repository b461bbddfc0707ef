package dev.upkeep.hygiene;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;

/**
 * A rule's identity and documentation: a stable path-like id ({@code dockerfile/non-root-user}),
 * its default severity, a one-line title and the fix. Its page is {@code docs/rules/<id>.md}.
 */
public record RuleInfo(String id, Severity severity, String title, String fix) {
    public RuleInfo {
        requireNonNull(id, "id is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(title, "title is null");
        requireNonNull(fix, "fix is null");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule id '" + id + "' is not family/kebab-case-name");
        }
    }

    /** The family part of the id: {@code dockerfile} for {@code dockerfile/non-root-user}. */
    public String family() {
        return id.substring(0, id.indexOf('/'));
    }

    /** A finding of this rule at {@code location}, about {@code subject}, saying {@code message}. */
    public Finding finding(String subject, Location location, String message) {
        return Finding.of(id, subject, severity, message, location, fix);
    }

    /** The rule's documentation page, relative to the repository root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}

package dev.upkeep.domain;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One thing in the stack that has a version.
 *
 * @param ecosystem where its versions come from
 * @param kind package, image, runtime, OS, action or tool
 * @param name its name in its ecosystem (PEP 503-normalised for PyPI; {@code @scope/name} for npm;
 *     {@code library/postgres}-style repository for images)
 * @param version the resolved version, or {@code null} when none can be resolved (then
 *     {@code skipReason} says why)
 * @param constraint the declared constraint as written ({@code ^18.2.0}, {@code >=0.110,<1}), or
 *     {@code null}
 * @param relation direct or transitive
 * @param scope prod, peer, optional or dev
 * @param purl the package URL, with the version when there is one
 * @param locations every place it was found, sorted
 * @param skipReason why there is no version, or {@code null}
 * @param properties extra facts a format gives (image variant, digest, alias target), sorted by key
 */
public record Component(
        Ecosystem ecosystem,
        Kind kind,
        String name,
        String version,
        String constraint,
        Relation relation,
        Scope scope,
        String purl,
        List<Location> locations,
        SkipReason skipReason,
        Map<String, String> properties) {

    public Component {
        requireNonNull(ecosystem, "ecosystem is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(relation, "relation is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(purl, "purl is null");
        locations = List.copyOf(new TreeSet<>(locations));
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
    }

    public boolean resolved() {
        return version != null;
    }

    public Component withVersion(String newVersion) {
        return new Component(ecosystem, kind, name, newVersion, constraint, relation, scope, purl, locations, skipReason, properties);
    }

    public Component withConstraint(String newConstraint) {
        return new Component(ecosystem, kind, name, version, newConstraint, relation, scope, purl, locations, skipReason, properties);
    }

    public Component withPurl(String newPurl) {
        return new Component(ecosystem, kind, name, version, constraint, relation, scope, newPurl, locations, skipReason, properties);
    }

    public Component withRelation(Relation newRelation) {
        return new Component(ecosystem, kind, name, version, constraint, newRelation, scope, purl, locations, skipReason, properties);
    }

    public Component withScope(Scope newScope) {
        return new Component(ecosystem, kind, name, version, constraint, relation, newScope, purl, locations, skipReason, properties);
    }

    public Component withSkipReason(SkipReason newSkipReason) {
        return new Component(ecosystem, kind, name, version, constraint, relation, scope, purl, locations, newSkipReason, properties);
    }

    public Component withLocations(List<Location> newLocations) {
        return new Component(ecosystem, kind, name, version, constraint, relation, scope, purl, newLocations, skipReason, properties);
    }

    public Component withProperties(Map<String, String> newProperties) {
        return new Component(ecosystem, kind, name, version, constraint, relation, scope, purl, locations, skipReason, newProperties);
    }

    public Component withProperty(String key, String value) {
        Map<String, String> p = new TreeMap<>(properties);
        p.put(key, value);
        return withProperties(p);
    }

    /** Adds the other component's locations to this one's. */
    public Component plusLocations(List<Location> more) {
        List<Location> all = new ArrayList<>(locations);
        all.addAll(more);
        return withLocations(all);
    }

    /** A builder, for extractors that fill in fields one by one. */
    public static Builder builder(Ecosystem ecosystem, Kind kind, String name) {
        return new Builder(ecosystem, kind, name);
    }

    /** Fills in a component; {@link #build()} validates it. Defaults: direct, prod, no version. */
    public static final class Builder {
        private final Ecosystem ecosystem;
        private final Kind kind;
        private final String name;
        private String version;
        private String constraint;
        private Relation relation = Relation.DIRECT;
        private Scope scope = Scope.PROD;
        private String purl;
        private final List<Location> locations = new ArrayList<>();
        private SkipReason skipReason;
        private final Map<String, String> properties = new TreeMap<>();

        private Builder(Ecosystem ecosystem, Kind kind, String name) {
            this.ecosystem = ecosystem;
            this.kind = kind;
            this.name = name;
        }

        public Builder version(String v) { this.version = v; return this; }
        public Builder constraint(String c) { this.constraint = c; return this; }
        public Builder relation(Relation r) { this.relation = r; return this; }
        public Builder scope(Scope s) { this.scope = s; return this; }
        public Builder purl(String p) { this.purl = p; return this; }
        public Builder location(Location l) { this.locations.add(l); return this; }
        public Builder location(String file, int line) { return location(new Location(file, line)); }
        public Builder skipReason(SkipReason r) { this.skipReason = r; return this; }
        public Builder property(String key, String value) {
            if (value != null) {
                properties.put(key, value);
            }
            return this;
        }

        public Component build() {
            requireNonNull(purl, () -> "purl is null for " + name);
            return new Component(ecosystem, kind, name, version, constraint, relation, scope, purl, locations, skipReason, properties);
        }
    }
}

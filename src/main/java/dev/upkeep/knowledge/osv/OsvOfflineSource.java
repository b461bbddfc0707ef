package dev.upkeep.knowledge.osv;

import dev.upkeep.domain.Component;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Advisories from imported OSV zips ({@code upkeep db import}); works with no network at all. */
public final class OsvOfflineSource implements AdvisorySource {
    private final OsvStore store;
    private final Instant dataAsOf;

    public OsvOfflineSource(OsvStore store) {
        this(store, null);
    }

    /** @param dataAsOf the newest {@code modified} time of the imported data, if known, for notes */
    public OsvOfflineSource(OsvStore store, Instant dataAsOf) {
        this.store = store;
        this.dataAsOf = dataAsOf;
    }

    /** What this source answers from, for a note: "the imported OSV data (as of 2025-11-04)". */
    public String describe() {
        return "the imported OSV data" + (dataAsOf == null ? "" : " (as of " + dataAsOf.toString().substring(0, 10) + ")");
    }

    public boolean available() {
        return store.exists();
    }

    @Override
    public String id() {
        return "osv-offline";
    }

    @Override
    public Map<String, List<Advisory>> advisories(List<Component> components) {
        Map<String, List<Advisory>> out = new LinkedHashMap<>();
        if (!store.exists()) {
            throw new SourceUnavailableException("no OSV data imported (run 'upkeep db import <all.zip>' or 'upkeep db update')");
        }
        try {
            for (Component c : components) {
                Optional<OsvNames.Ref> ref = OsvNames.of(c);
                if (ref.isPresent() && !out.containsKey(AdvisoryKeys.of(c))) {
                    out.put(AdvisoryKeys.of(c), store.lookup(ref.get().ecosystem(), ref.get().name(), "osv-offline"));
                }
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read imported OSV data in " + store.dir() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** One imported record by id, unless absent or withdrawn. */
    public Optional<Advisory> record(String id) {
        if (!store.exists()) {
            return Optional.empty();
        }
        try {
            return store.record(id, id());
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read imported OSV record " + id + " in " + store.dir() + ": " + e.getMessage(), e);
        }
    }
}

package dev.upkeep.knowledge.osv;

import dev.upkeep.domain.Component;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Advisories from imported OSV zips ({@code upkeep db import}); works with no network at all. */
public final class OsvOfflineSource implements AdvisorySource {
    private final OsvStore store;

    public OsvOfflineSource(OsvStore store) {
        this.store = store;
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
                if (ref.isPresent()) {
                    out.put(AdvisoryKeys.of(c), store.lookup(ref.get().ecosystem(), ref.get().name(), "osv-offline"));
                }
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read imported OSV data in " + store.dir() + ": " + e.getMessage(), e);
        }
        return out;
    }
}

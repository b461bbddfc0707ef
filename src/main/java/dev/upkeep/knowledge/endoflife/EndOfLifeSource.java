package dev.upkeep.knowledge.endoflife;

import static java.util.Objects.requireNonNull;

import dev.upkeep.knowledge.Fetched;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.LifecycleSource;
import dev.upkeep.knowledge.NotFoundException;
import dev.upkeep.knowledge.Product;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * endoflife.date API v1 ({@code GET {base}/products/full}, {@code GET {base}/products/{name}}),
 * falling back to an imported snapshot folder of the same shape ({@code products.json} and
 * {@code products/<name>.json}) when offline or when the service fails.
 */
public final class EndOfLifeSource implements LifecycleSource {
    public static final URI DEFAULT_BASE = URI.create("https://endoflife.date/api/v1");
    static final Duration FRESH = Duration.ofHours(24);

    private final HttpFetcher http;
    private final URI base;
    private final Path snapshot;
    private final Consumer<String> notes;
    private final Map<String, Optional<Product>> byName = new ConcurrentHashMap<>();
    private volatile Map<String, Product> byPurl;
    private volatile Map<String, String> aliasToName;

    /**
     * @param http the fetcher (offline or online)
     * @param base the API base, e.g. {@code https://endoflife.date/api/v1}
     * @param snapshot an imported snapshot folder, possibly absent
     * @param notes receives one line when data is degraded (cache or snapshot used after a failure)
     */
    public EndOfLifeSource(HttpFetcher http, URI base, Path snapshot, Consumer<String> notes) {
        this.http = requireNonNull(http, "http is null");
        this.base = requireNonNull(base, "base is null");
        this.snapshot = snapshot;
        this.notes = notes;
    }

    @Override
    public String id() {
        return "endoflife";
    }

    @Override
    public Optional<Product> product(String name) {
        String key = canonical(name.toLowerCase(Locale.ROOT));
        return byName.computeIfAbsent(key, this::load);
    }

    @Override
    public Optional<Product> productForPurl(String purl) {
        String wanted = stripVersion(purl);
        return Optional.ofNullable(purlIndex().get(wanted));
    }

    private Optional<Product> load(String name) {
        try {
            Fetched f = http.get(URI.create(base + "/products/" + name), Map.of(), http.freshFor(id(), FRESH));
            note(f);
            return Optional.of(EndOfLifeJson.productDocument(f.body(), "endoflife.date product " + name));
        } catch (NotFoundException e) {
            return fromSnapshot(name);
        } catch (SourceUnavailableException | IOException e) {
            Optional<Product> p = fromSnapshot(name);
            if (p.isPresent()) {
                notes.accept("endoflife.date: " + e.getMessage() + "; using the imported snapshot");
                return p;
            }
            throw e instanceof SourceUnavailableException s ? s
                    : new SourceUnavailableException("endoflife.date answered nonsense for " + name + ": " + e.getMessage(), e);
        }
    }

    private Optional<Product> fromSnapshot(String name) {
        if (snapshot == null) {
            return Optional.empty();
        }
        Path file = snapshot.resolve("products").resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EndOfLifeJson.productDocument(Files.readAllBytes(file), file.toString()));
        } catch (IOException e) {
            notes.accept("endoflife snapshot: cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Map<String, Product> purlIndex() {
        Map<String, Product> idx = byPurl;
        if (idx == null) {
            synchronized (this) {
                if (byPurl == null) {
                    List<Product> all = allProducts();
                    Map<String, Product> m = new HashMap<>();
                    Map<String, String> aliases = new HashMap<>();
                    for (Product p : all) {
                        for (String purl : p.purls()) {
                            m.putIfAbsent(stripVersion(purl), p);
                        }
                        p.aliases().forEach(a -> aliases.putIfAbsent(a.toLowerCase(Locale.ROOT), p.name()));
                        byName.putIfAbsent(p.name(), Optional.of(p));
                    }
                    aliasToName = aliases;
                    byPurl = m;
                }
                idx = byPurl;
            }
        }
        return idx;
    }

    private String canonical(String name) {
        if (aliasToName == null) {
            purlIndex();
        }
        return aliasToName.getOrDefault(name, name);
    }

    private List<Product> allProducts() {
        try {
            Fetched f = http.get(URI.create(base + "/products/full"), Map.of(), http.freshFor(id(), FRESH));
            note(f);
            return EndOfLifeJson.fullDocument(f.body(), "endoflife.date products/full");
        } catch (SourceUnavailableException | IOException e) {
            List<Product> snap = snapshotProducts();
            if (!snap.isEmpty()) {
                if (!http.offline()) {
                    notes.accept("endoflife.date: " + e.getMessage() + "; using the imported snapshot");
                }
                return snap;
            }
            notes.accept("endoflife.date unavailable (" + e.getMessage() + "); lifecycles are unknown in this run");
            return List.of();
        }
    }

    private List<Product> snapshotProducts() {
        List<Product> out = new ArrayList<>();
        if (snapshot == null || !Files.isDirectory(snapshot.resolve("products"))) {
            return out;
        }
        try (var files = Files.list(snapshot.resolve("products"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    out.add(EndOfLifeJson.productDocument(Files.readAllBytes(f), f.toString()));
                } catch (IOException e) {
                    notes.accept("endoflife snapshot: skipping " + f.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            notes.accept("endoflife snapshot: cannot list " + snapshot + ": " + e.getMessage());
        }
        return out;
    }

    private void note(Fetched f) {
        if (f.note() != null && f.degraded()) {
            notes.accept("endoflife.date: " + f.note());
        }
    }

    /** {@code pkg:docker/library/postgres@16?arch=x} → {@code pkg:docker/library/postgres}. */
    static String stripVersion(String purl) {
        String p = purl;
        int cut = p.length();
        for (char c : new char[] {'@', '?', '#'}) {
            int i = p.indexOf(c, 4);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return p.substring(0, cut).toLowerCase(Locale.ROOT);
    }
}

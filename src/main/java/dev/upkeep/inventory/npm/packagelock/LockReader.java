package dev.upkeep.inventory.npm.packagelock;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.DeclaredDependency;
import dev.upkeep.inventory.npm.JsonDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a package-lock.json with Jackson's streaming parser, keeping only what the extractor uses
 * and the line of every package. Written by hand rather than through a tree because lockfiles reach
 * tens of megabytes: this reads them in one pass, skipping integrity hashes, licences and the
 * dependency maps of installed packages without building them.
 */
final class LockReader {
    /** Field names repeat a lot but package paths never do: interning them would only fill a table. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    /** A {@code packages} entry (lockfile v2 and v3); {@code declares} is kept only for the root and folders outside node_modules. */
    record Entry(String path, int line, String name, String version, String resolved, boolean link, Flags flags,
            List<DeclaredDependency> declares, List<String> workspaces) {}

    /** A {@code dependencies} entry of lockfile v1, flattened; {@code depth} 0 is the top level. */
    record V1Entry(String name, int depth, int line, String version, String resolved, Flags flags) {}

    /** The flags npm writes on a package. */
    record Flags(boolean dev, boolean optional, boolean devOptional, boolean peer, boolean bundled, boolean extraneous) {
        static final Flags NONE = new Flags(false, false, false, false, false, false);

        Scope scope() {
            if (dev || devOptional) {
                return Scope.DEV;
            }
            return optional ? Scope.OPTIONAL : peer ? Scope.PEER : Scope.PROD;
        }
    }

    /** A lockfile: {@code packages} is null when the file has none (v1). */
    record Lock(Map<String, Entry> packages, List<V1Entry> dependencies) {}

    private final JsonParser p;

    private LockReader(JsonParser p) {
        this.p = p;
    }

    static Lock read(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            return new LockReader(parser).lock();
        } catch (JsonProcessingException e) {
            throw JsonDocument.malformed(e);
        } catch (IOException e) {
            throw new FormatException("cannot read JSON: " + e.getMessage());
        }
    }

    private Lock lock() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new FormatException("expected a JSON object at the top of a package-lock", line());
        }
        Map<String, Entry> packages = null;
        List<V1Entry> dependencies = new ArrayList<>();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            if (field.equals("packages") && t == JsonToken.START_OBJECT) {
                packages = packages();
            } else if (field.equals("dependencies") && t == JsonToken.START_OBJECT && packages == null) {
                v1(0, dependencies);
            } else {
                p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new FormatException("malformed JSON: content after the end of the object", line());
        }
        return new Lock(packages, dependencies);
    }

    private Map<String, Entry> packages() throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String path = p.nextFieldName(); path != null; path = p.nextFieldName()) {
            int line = line();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new FormatException("package '" + path + "' is not an object", line());
            }
            out.put(path, entry(path, line));
        }
        return out;
    }

    private Entry entry(String path, int line) throws IOException {
        boolean folder = !path.contains("node_modules/");
        String name = null;
        String version = null;
        String resolved = null;
        boolean link = false;
        boolean[] flags = new boolean[6];
        List<DeclaredDependency> declares = folder ? new ArrayList<>() : List.of();
        List<String> workspaces = List.of();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "name" -> name = text(t);
                case "version" -> version = text(t);
                case "resolved" -> resolved = text(t);
                case "link" -> link = t == JsonToken.VALUE_TRUE;
                case "dev", "optional", "devOptional", "peer", "inBundle", "extraneous" -> flags[flag(field)] = t == JsonToken.VALUE_TRUE;
                default -> {
                    Scope scope = folder ? DeclaredDependency.MAPS.get(field) : null;
                    if (scope != null && t == JsonToken.START_OBJECT) {
                        declares(scope, declares);
                    } else if (folder && field.equals("workspaces")) {
                        workspaces = workspaces(t);
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        return new Entry(path, line, name, version, resolved, link, flags(flags), declares, workspaces);
    }

    private void v1(int depth, List<V1Entry> out) throws IOException {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            int line = line();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new FormatException("dependency '" + name + "' is not an object", line());
            }
            String version = null;
            String resolved = null;
            boolean[] flags = new boolean[6];
            List<V1Entry> nested = List.of();
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (field) {
                    case "version" -> version = text(t);
                    case "resolved" -> resolved = text(t);
                    case "dev", "optional", "peer", "bundled" -> flags[flag(field)] = t == JsonToken.VALUE_TRUE;
                    case "dependencies" -> {
                        if (t == JsonToken.START_OBJECT) {
                            nested = new ArrayList<>();
                            v1(depth + 1, nested);
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            out.add(new V1Entry(name, depth, line, version, resolved, flags(flags)));
            out.addAll(nested);
        }
    }

    private void declares(Scope scope, List<DeclaredDependency> out) throws IOException {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            int line = line();
            String spec = text(p.nextToken());
            out.add(new DeclaredDependency(name, spec == null ? "" : spec, scope, line));
        }
    }

    /** {@code "workspaces": ["a/*"]} or {@code {"packages": ["a/*"]}}. */
    private List<String> workspaces(JsonToken t) throws IOException {
        List<String> out = new ArrayList<>();
        if (t == JsonToken.START_ARRAY) {
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                if (e == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } else if (t == JsonToken.START_OBJECT) {
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                if (field.equals("packages") && v == JsonToken.START_ARRAY) {
                    out.addAll(workspaces(v));
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }

    private String text(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private int line() {
        return p.currentTokenLocation().getLineNr();
    }

    private static final Map<String, Integer> FLAG_INDEX = Map.of(
            "dev", 0, "optional", 1, "devOptional", 2, "peer", 3, "inBundle", 4, "bundled", 4, "extraneous", 5);

    private static int flag(String field) {
        return FLAG_INDEX.get(field);
    }

    private static Flags flags(boolean[] f) {
        for (boolean b : f) {
            if (b) {
                return new Flags(f[0], f[1], f[2], f[3], f[4], f[5]);
            }
        }
        return Flags.NONE;
    }
}

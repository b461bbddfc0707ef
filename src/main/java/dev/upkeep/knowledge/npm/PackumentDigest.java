package dev.upkeep.knowledge.npm;

import dev.upkeep.knowledge.Digest;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What upkeep keeps of an npm packument: the {@link NpmPackument} read from the streamed body,
 * cached in a compact binary form instead of the document. Written by hand rather than as JSON
 * because a warm run reads one per package and wants it in microseconds: every string is stored
 * once in a table (dependency names and ranges repeat across hundreds of versions), and so is
 * every distinct map ({@code engines}, {@code peerDependencies}, {@code dependencies} often stay
 * the same from one version to the next). The 300 packuments of the drift benchmark weigh
 * 80 MB as JSON and about 3 MB so.
 *
 * <p>Layout (big-endian, {@link DataOutput}): strings ({@code int n}, then {@code n} times
 * {@code int length, UTF-8 bytes}); maps ({@code int n}, then {@code n} times {@code int entries},
 * string refs key, value...); name ref; unpublished; dist-tags ({@code int n}, ref pairs); times
 * ({@code int n}, then version ref, {@code boolean} known, epoch second, nano); versions
 * ({@code int n}, then version, deprecated, engines map, peers map, dependencies map). A string
 * ref of {@code -1} is null.
 */
final class PackumentDigest implements Digest<NpmPackument> {
    static final PackumentDigest INSTANCE = new PackumentDigest();

    private PackumentDigest() {}

    @Override
    public String id() {
        return "npm-packument/1";
    }

    @Override
    public NpmPackument read(InputStream body) throws IOException {
        try {
            return NpmPackument.read(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String m = e.getOriginalMessage();
            throw new IOException("not valid JSON (" + (m == null ? "?" : m.lines().findFirst().orElse(m)) + ")", e);
        }
    }

    @Override
    public void write(NpmPackument p, DataOutput out) throws IOException {
        Strings strings = new Strings();
        Maps maps = new Maps(strings);
        ByteArrayOutputStream buf = new ByteArrayOutputStream(16 << 10);
        DataOutputStream body = new DataOutputStream(buf);
        body.writeInt(strings.ref(p.name()));
        body.writeBoolean(p.unpublished());
        body.writeInt(p.distTags().size());
        for (Map.Entry<String, String> e : p.distTags().entrySet()) {
            body.writeInt(strings.ref(e.getKey()));
            body.writeInt(strings.ref(e.getValue()));
        }
        body.writeInt(p.times().size());
        for (Map.Entry<String, Instant> e : p.times().entrySet()) {
            body.writeInt(strings.ref(e.getKey()));
            body.writeBoolean(e.getValue() != null);
            body.writeLong(e.getValue() == null ? 0 : e.getValue().getEpochSecond());
            body.writeInt(e.getValue() == null ? 0 : e.getValue().getNano());
        }
        body.writeInt(p.versions().size());
        for (NpmPackument.Version v : p.versions()) {
            body.writeInt(strings.ref(v.version()));
            body.writeInt(strings.ref(v.deprecated()));
            body.writeInt(maps.ref(v.engines()));
            body.writeInt(maps.ref(v.peerDependencies()));
            body.writeInt(maps.ref(v.dependencies()));
        }
        body.flush();
        out.writeInt(strings.list.size());
        for (String s : strings.list) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
        out.writeInt(maps.list.size());
        for (int[] refs : maps.list) {
            out.writeInt(refs.length / 2);
            for (int r : refs) {
                out.writeInt(r);
            }
        }
        out.write(buf.toByteArray());
    }

    /*
     * Reading is split into small methods, one call per string, map and version: the JIT compiles a
     * method after some hundred calls, and a warm run calls readCached only once per package.
     */
    @Override
    public NpmPackument readCached(DataInput in) throws IOException {
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = utf8(in);
        }
        List<Map<String, String>> maps = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            maps.add(map(in, strings));
        }
        String name = string(strings, in.readInt());
        boolean unpublished = in.readBoolean();
        Map<String, String> distTags = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            distTags.put(string(strings, in.readInt()), string(strings, in.readInt()));
        }
        Map<String, Instant> times = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            time(in, strings, times);
        }
        int n = in.readInt();
        List<NpmPackument.Version> versions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            versions.add(version(in, strings, maps));
        }
        return new NpmPackument(name, distTags, versions, times, unpublished);
    }

    private static String utf8(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Map<String, String> map(DataInput in, String[] strings) throws IOException {
        int entries = in.readInt();
        Map<String, String> m = new LinkedHashMap<>();
        for (int j = 0; j < entries; j++) {
            m.put(string(strings, in.readInt()), string(strings, in.readInt()));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void time(DataInput in, String[] strings, Map<String, Instant> times) throws IOException {
        String version = string(strings, in.readInt());
        boolean known = in.readBoolean();
        long second = in.readLong();
        int nano = in.readInt();
        times.put(version, known ? Instant.ofEpochSecond(second, nano) : null);
    }

    private static NpmPackument.Version version(DataInput in, String[] strings, List<Map<String, String>> maps) throws IOException {
        return new NpmPackument.Version(string(strings, in.readInt()), string(strings, in.readInt()),
                maps.get(in.readInt()), maps.get(in.readInt()), maps.get(in.readInt()));
    }

    private static String string(String[] table, int ref) throws IOException {
        if (ref == -1) {
            return null;
        }
        if (ref < 0 || ref >= table.length) {
            throw new IOException("string " + ref + " is not in the table of " + table.length);
        }
        return table[ref];
    }

    /** Strings in first-seen order, each once. */
    private static final class Strings {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int ref(String s) {
            if (s == null) {
                return -1;
            }
            return index.computeIfAbsent(s, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }
    }

    /** Distinct maps in first-seen order, each as its entries' string refs. */
    private static final class Maps {
        final List<int[]> list = new ArrayList<>();
        final Map<Map<String, String>, Integer> index = new HashMap<>();
        final Strings strings;

        Maps(Strings strings) {
            this.strings = strings;
        }

        int ref(Map<String, String> m) {
            Integer known = index.get(m);
            if (known != null) {
                return known;
            }
            int[] refs = new int[m.size() * 2];
            int i = 0;
            for (Map.Entry<String, String> e : m.entrySet()) {
                refs[i++] = strings.ref(e.getKey());
                refs[i++] = strings.ref(e.getValue());
            }
            list.add(refs);
            index.put(m, list.size() - 1);
            return list.size() - 1;
        }
    }
}

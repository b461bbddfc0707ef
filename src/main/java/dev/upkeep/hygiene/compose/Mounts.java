package dev.upkeep.hygiene.compose;

import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.config.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;

/** A service's {@code volumes:} and {@code ports:} entries, short or long syntax. */
final class Mounts {
    /**
     * One mount.
     *
     * @param source the named volume or host path; null for an anonymous volume or tmpfs
     * @param type volume, bind or tmpfs
     */
    record Mount(String source, String target, String type, int line) {
        boolean persistent() {
            return source != null && !type.equals("tmpfs");
        }

        /** Whether the mount holds {@code dir}: its target is that folder or one above it. */
        boolean covers(String dir) {
            String t = target.endsWith("/") && target.length() > 1 ? target.substring(0, target.length() - 1) : target;
            return dir.equals(t) || dir.startsWith(t.equals("/") ? "/" : t + "/");
        }
    }

    /** One published port: the host address (empty for all interfaces), host and container port as written. */
    record Port(String hostIp, String spec, int line) {
        boolean onAllInterfaces() {
            String ip = hostIp.replace("[", "").replace("]", "");
            return ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::");
        }
    }

    private Mounts() {}

    static List<Mount> volumes(Service s) {
        List<Mount> mounts = new ArrayList<>();
        if (!(s.get("volumes").orElse(null) instanceof Sequence seq)) {
            return mounts;
        }
        for (YamlNode item : seq.items()) {
            if (item instanceof Scalar sc) {
                List<String> parts = split(sc.value());
                if (parts.size() == 1) {
                    mounts.add(new Mount(null, parts.get(0), "volume", sc.line()));
                } else {
                    String source = parts.get(0);
                    boolean bind = source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || source.startsWith("$");
                    mounts.add(new Mount(source, parts.get(1), bind ? "bind" : "volume", sc.line()));
                }
            } else if (item instanceof Mapping m) {
                String type = text(m, "type", "volume");
                String source = text(m, "source", null);
                mounts.add(new Mount(type.equals("tmpfs") ? null : source, text(m, "target", ""), type, m.line()));
            }
        }
        return mounts;
    }

    static List<Port> ports(Service s) {
        List<Port> ports = new ArrayList<>();
        if (!(s.get("ports").orElse(null) instanceof Sequence seq)) {
            return ports;
        }
        for (YamlNode item : seq.items()) {
            if (item instanceof Scalar sc) {
                String spec = sc.value().replaceFirst("/(tcp|udp|sctp)$", "");
                List<String> parts = split(spec);
                ports.add(new Port(parts.size() >= 3 ? parts.get(0) : "", sc.value(), sc.line()));
            } else if (item instanceof Mapping m) {
                String spec = text(m, "published", "") + ":" + text(m, "target", "");
                ports.add(new Port(text(m, "host_ip", ""), spec, m.line()));
            }
        }
        return ports;
    }

    /** Splits on colons that are not inside {@code ${…}} or {@code […]} (IPv6 addresses). */
    static List<String> split(String spec) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            }
            if (c == ':' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String text(Mapping m, String key, String fallback) {
        return m.get(key).filter(n -> n instanceof Scalar s && !s.isNull()).map(n -> ((Scalar) n).value()).orElse(fallback);
    }
}

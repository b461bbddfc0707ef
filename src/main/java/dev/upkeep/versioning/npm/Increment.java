package dev.upkeep.versioning.npm;

import java.util.ArrayList;
import java.util.List;

/** node-semver's {@code inc}: the next version for a release type, on a private mutable copy. */
final class Increment {
    /** {@code identifierBase}: a number appended to a new identifier, 0 or 1, or none ({@code false} in node). */
    enum Base { ZERO, ONE, NONE }

    private long major;
    private long minor;
    private long patch;
    /** Long for numeric identifiers, String otherwise, as node's array. */
    private List<Object> pre;
    private final boolean loose;

    private Increment(SemVer v, boolean loose) {
        this.major = v.major;
        this.minor = v.minor;
        this.patch = v.patch;
        this.pre = new ArrayList<>(v.prerelease());
        this.loose = loose;
    }

    /** The incremented version, or null where node returns null (invalid version, type or identifier). */
    static String inc(String version, String release, String identifier, Base base, boolean loose) {
        SemVer v = SemVer.tryParse(version, loose);
        if (v == null) {
            return null;
        }
        Increment i = new Increment(v, loose);
        if (!i.step(release, identifier == null ? "" : identifier, base)) {
            return null;
        }
        String[] text = i.pre.stream().map(String::valueOf).toArray(String[]::new);
        return SemVer.format(i.major, i.minor, i.patch, text);
    }

    private boolean step(String release, String identifier, Base base) {
        if (release.startsWith("pre")) {
            if (identifier.isEmpty() && base == Base.NONE) {
                return false;
            }
            if (!identifier.isEmpty() && !SemVerParser.identifiers(identifier, loose)) {
                return false;
            }
        }
        switch (release) {
            case "premajor" -> {
                pre.clear();
                patch = 0;
                minor = 0;
                major++;
                return step("pre", identifier, base);
            }
            case "preminor" -> {
                pre.clear();
                patch = 0;
                minor++;
                return step("pre", identifier, base);
            }
            case "prepatch" -> {
                pre.clear();
                step("patch", identifier, base);
                return step("pre", identifier, base);
            }
            case "prerelease" -> {
                if (pre.isEmpty()) {
                    step("patch", identifier, base);
                }
                return step("pre", identifier, base);
            }
            case "release" -> {
                if (pre.isEmpty()) {
                    return false;
                }
                pre.clear();
            }
            case "major" -> {
                if (minor != 0 || patch != 0 || pre.isEmpty()) {
                    major++;
                }
                minor = 0;
                patch = 0;
                pre.clear();
            }
            case "minor" -> {
                if (patch != 0 || pre.isEmpty()) {
                    minor++;
                }
                patch = 0;
                pre.clear();
            }
            case "patch" -> {
                if (pre.isEmpty()) {
                    patch++;
                }
                pre.clear();
            }
            case "pre" -> {
                return pre(identifier, base);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean pre(String identifier, Base base) {
        long number = base == Base.ONE ? 1 : 0;
        if (pre.isEmpty()) {
            pre.add(number);
        } else {
            int i = pre.size() - 1;
            while (i >= 0 && !(pre.get(i) instanceof Long)) {
                i--;
            }
            if (i >= 0) {
                pre.set(i, (Long) pre.get(i) + 1);
            } else {
                if (identifier.equals(joined()) && base == Base.NONE) {
                    return false;
                }
                pre.add(number);
            }
        }
        if (!identifier.isEmpty()) {
            List<Object> fresh = base == Base.NONE ? List.of(identifier) : List.of(identifier, number);
            String[] ids = identifier.split("\\.", -1);
            if (startsWith(ids)) {
                if (ids.length >= pre.size() || isNaN(pre.get(ids.length))) {
                    pre = new ArrayList<>(fresh);
                }
            } else {
                pre = new ArrayList<>(fresh);
            }
        }
        return true;
    }

    private String joined() {
        return String.join(".", pre.stream().map(String::valueOf).toList());
    }

    private boolean startsWith(String[] ids) {
        if (ids.length > pre.size()) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            String a = String.valueOf(pre.get(i));
            boolean same = a.equals(ids[i]) || (JsText.isDigits(a) && JsText.isDigits(ids[i])
                    && Double.parseDouble(a) == Double.parseDouble(ids[i]));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNaN(Object id) {
        return id instanceof String s && JsText.isNaN(s);
    }
}

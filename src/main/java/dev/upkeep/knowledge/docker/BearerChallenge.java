package dev.upkeep.knowledge.docker;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code WWW-Authenticate: Bearer realm="…",service="…",scope="…"} challenge (RFC 6750 syntax:
 * comma-separated {@code name=value} pairs, values quoted or bare; a quoted value may hold commas).
 */
record BearerChallenge(String realm, String service, String scope) {
    /** The challenge, or empty when it is not a Bearer challenge with a realm. */
    static Optional<BearerChallenge> parse(String header) {
        String h = header.strip();
        int space = h.indexOf(' ');
        if (space < 0 || !h.substring(0, space).equalsIgnoreCase("Bearer")) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        String rest = h.substring(space + 1);
        int i = 0;
        while (i < rest.length()) {
            int eq = rest.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = rest.substring(i, eq).replace(",", " ").strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            if (j < rest.length() && rest.charAt(j) == '"') {
                for (j++; j < rest.length() && rest.charAt(j) != '"'; j++) {
                    if (rest.charAt(j) == '\\' && j + 1 < rest.length()) {
                        j++;
                    }
                    value.append(rest.charAt(j));
                }
                j++; // the closing quote
            } else {
                for (; j < rest.length() && rest.charAt(j) != ','; j++) {
                    value.append(rest.charAt(j));
                }
            }
            params.put(key, value.toString().strip());
            i = j;
        }
        String realm = params.get("realm");
        return realm == null || realm.isEmpty() ? Optional.empty()
                : Optional.of(new BearerChallenge(realm, params.get("service"), params.get("scope")));
    }

    /** The scheme named in a challenge ({@code Basic}), for messages. */
    static String scheme(String header) {
        String h = header.strip();
        int space = h.indexOf(' ');
        return space < 0 ? h : h.substring(0, space);
    }
}

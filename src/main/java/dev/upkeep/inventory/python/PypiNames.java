package dev.upkeep.inventory.python;

import java.util.Locale;
import java.util.regex.Pattern;

/** PyPI project names: PEP 508 validity and PEP 503 normalisation. */
public final class PypiNames {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");

    private PypiNames() {}

    /** The PEP 503 form: lower case, every run of {@code - _ .} replaced by one {@code -}. */
    public static String normalize(String name) {
        // By hand: called for every package of every lockfile, where a regex replace showed in profiles.
        String s = name.strip();
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                if (!inRun) {
                    out.append('-');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} is a valid project name (PEP 508: letters, digits, {@code . _ -} inside). */
    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }
}

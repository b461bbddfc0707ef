package dev.upkeep.inventory.python;

import java.util.Locale;
import java.util.regex.Pattern;

/** PyPI project names: PEP 508 validity and PEP 503 normalisation. */
public final class PypiNames {
    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");

    private PypiNames() {}

    /** The PEP 503 form: lower case, every run of {@code - _ .} replaced by one {@code -}. */
    public static String normalize(String name) {
        return SEPARATORS.matcher(name.strip()).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} is a valid project name (PEP 508: letters, digits, {@code . _ -} inside). */
    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }
}

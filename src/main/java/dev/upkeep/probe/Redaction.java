package dev.upkeep.probe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks passwords in connection strings: URL user-info, {@code password=} parameters and keywords. */
public final class Redaction {
    /** {@code scheme://user:password@} — the password is everything up to the last {@code @} of the authority. */
    private static final Pattern URL_PASSWORD = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^:/?#@\\s]*:)([^/?#\\s]*)@");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)((?:^|[?&;\\s])(?:password|pass|pwd)\\s*=\\s*)('[^']*'|[^&;\\s]*)");

    private Redaction() {}

    public static String maskUrl(String text) {
        if (text == null) {
            return null;
        }
        String out = URL_PASSWORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@"));
        return PARAM_PASSWORD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***"));
    }

    /**
     * The password inside a URL's user-info or a {@code password=} parameter, as written and
     * percent-decoded, so both forms can be blanked out of messages.
     */
    public static List<String> passwordsOf(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = URL_PASSWORD.matcher(text);
        if (m.find() && !m.group(2).isEmpty()) {
            out.add(m.group(2));
        }
        Matcher p = PARAM_PASSWORD.matcher(text);
        while (p.find()) {
            String v = p.group(2);
            out.add(v.length() >= 2 && v.startsWith("'") ? v.substring(1, v.length() - 1) : v);
        }
        List<String> decoded = new ArrayList<>();
        for (String raw : out) {
            try {
                decoded.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // not percent-encoded: the raw form is all there is
            }
        }
        out.addAll(decoded);
        return out;
    }
}

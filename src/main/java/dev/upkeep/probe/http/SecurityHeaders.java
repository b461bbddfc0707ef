package dev.upkeep.probe.http;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers the runbook asks to verify ({@code curl -I … | grep -E '(X-|Content-Security)'}):
 * HSTS on HTTPS with at least 180 days, a Content-Security-Policy, {@code X-Content-Type-Options:
 * nosniff}, framing restricted by {@code X-Frame-Options} or CSP {@code frame-ancestors}, and a
 * Referrer-Policy that does not leak full URLs.
 */
final class SecurityHeaders {
    static final long MIN_HSTS_SECONDS = 180L * 24 * 3600;
    private static final Pattern MAX_AGE = Pattern.compile("(?i)max-age\\s*=\\s*\"?(\\d+)");

    private SecurityHeaders() {}

    static void judge(URI url, HttpHeaders headers, ProbeResult.Builder out) {
        String where = out.target();
        if ("https".equalsIgnoreCase(url.getScheme())) {
            Optional<String> hsts = headers.firstValue("Strict-Transport-Security");
            if (hsts.isEmpty()) {
                out.finding("probe/http-hsts", null, Severity.MEDIUM, where + " sends no Strict-Transport-Security header",
                        "Send Strict-Transport-Security: max-age=31536000; includeSubDomains from the proxy or the app.",
                        Map.of("header", "missing"));
            } else {
                Matcher m = MAX_AGE.matcher(hsts.get());
                long age = m.find() ? parse(m.group(1)) : 0;
                if (age < MIN_HSTS_SECONDS) {
                    out.finding("probe/http-hsts", null, Severity.LOW,
                            where + " sends HSTS with max-age " + age + " s, under 180 days",
                            "Raise max-age to at least 15552000 (180 days); 31536000 (a year) is usual.",
                            Map.of("header", hsts.get(), "maxAgeSeconds", Long.toString(age)));
                }
            }
        }
        Optional<String> csp = headers.firstValue("Content-Security-Policy");
        if (csp.isEmpty()) {
            out.finding("probe/http-csp", null, Severity.LOW, where + " sends no Content-Security-Policy header",
                    "Send a Content-Security-Policy (for an API: default-src 'none'; frame-ancestors 'none').",
                    Map.of("header", "missing"));
        }
        String nosniff = headers.firstValue("X-Content-Type-Options").orElse("");
        if (!nosniff.strip().equalsIgnoreCase("nosniff")) {
            out.finding("probe/http-nosniff", null, Severity.LOW,
                    where + (nosniff.isEmpty() ? " sends no X-Content-Type-Options header" : " sends X-Content-Type-Options: " + nosniff),
                    "Send X-Content-Type-Options: nosniff.", Map.of("header", nosniff.isEmpty() ? "missing" : nosniff));
        }
        String frame = headers.firstValue("X-Frame-Options").orElse("").strip().toUpperCase(Locale.ROOT);
        boolean ancestors = csp.map(c -> c.toLowerCase(Locale.ROOT).contains("frame-ancestors")).orElse(false);
        if (!ancestors && !frame.equals("DENY") && !frame.equals("SAMEORIGIN")) {
            out.finding("probe/http-frame-options", null, Severity.LOW,
                    where + " does not restrict framing (no X-Frame-Options DENY or SAMEORIGIN, no CSP frame-ancestors)",
                    "Send X-Frame-Options: DENY, or frame-ancestors 'none' in the Content-Security-Policy.",
                    Map.of("header", frame.isEmpty() ? "missing" : frame));
        }
        String referrer = headers.allValues("Referrer-Policy").stream().reduce((a, b) -> b).orElse("").strip().toLowerCase(Locale.ROOT);
        if (referrer.isEmpty() || referrer.endsWith("unsafe-url") || referrer.endsWith("no-referrer-when-downgrade")) {
            out.finding("probe/http-referrer-policy", null, Severity.LOW,
                    where + (referrer.isEmpty() ? " sends no Referrer-Policy header" : " sends Referrer-Policy: " + referrer + ", which leaks full URLs"),
                    "Send Referrer-Policy: strict-origin-when-cross-origin (or no-referrer).",
                    Map.of("header", referrer.isEmpty() ? "missing" : referrer));
        }
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}

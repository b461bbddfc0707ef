package dev.upkeep.probe.tls;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeContext;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.Trust;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.X509TrustManager;
import javax.security.auth.x500.X500Principal;

/**
 * Connects to a TLS endpoint and judges what it presents: days left on the leaf and on every other
 * certificate of the chain and its root (an intermediate that expires first is what bites), the
 * host name, whether the chain leads to a trusted root, and which protocol versions are offered.
 */
final class TlsProbe implements Probe {
    private static final String[] MODERN = {"TLSv1.3", "TLSv1.2"};
    /** Each protocol try gets at most this long: a server may stay silent on a version it refuses. */
    private static final int PROTOCOL_TRY_MILLIS = 5_000;

    private final TlsTarget target;

    TlsProbe(TlsTarget target) {
        this.target = requireNonNull(target, "target is null");
    }

    @Override
    public String family() {
        return TlsFamily.ID;
    }

    @Override
    public String target() {
        return target.display();
    }

    @Override
    public Duration timeout() {
        return target.timeout();
    }

    @Override
    public ProbeResult run(ProbeContext context) throws IOException {
        int millis = context.timeoutMillis();
        Handshake.Seen seen = Handshake.with(target, null, millis);
        ProbeResult.Builder out = ProbeResult.builder(family(), target());
        Instant now = context.now();
        X509TrustManager trust = Trust.manager(target.ca().map(List::of).orElse(List.of()));
        ChainTrust.Verdict verdict = ChainTrust.check(seen.chain(), trust, Date.from(now));
        List<X509Certificate> judged = new ArrayList<>(seen.chain());
        verdict.anchor().filter(a -> !judged.contains(a)).ifPresent(judged::add);
        double leafDays = daysLeft(seen.chain().get(0), now);
        for (int i = 0; i < judged.size(); i++) {
            judgeExpiry(judged.get(i), role(judged.get(i), i), leafDays, now, out);
        }
        X509Certificate leaf = seen.chain().get(0);
        if (!Hostnames.matches(leaf, target.serverName())) {
            out.finding("probe/tls-hostname", null, Severity.HIGH,
                    target() + " presents a certificate for " + Hostnames.names(leaf) + ", not for " + target.serverName(),
                    "Issue a certificate whose subjectAltName covers " + target.serverName() + ", or fix which certificate the proxy serves for that name (SNI).",
                    Map.of("serverName", target.serverName(), "names", String.join(", ", Hostnames.names(leaf))));
        }
        verdict.failure().ifPresent(why -> out.finding("probe/tls-untrusted", null, Severity.HIGH,
                target() + " presents a chain that does not lead to a trusted root: " + why,
                "Serve the full chain (leaf and intermediates) from a public CA, or name the private CA in the target's ca: for internal services.",
                Map.of("reason", why, "presented", Integer.toString(seen.chain().size()))));
        if (target.protocols()) {
            judgeProtocols(Math.min(millis, PROTOCOL_TRY_MILLIS), out);
        }
        return out.build();
    }

    private void judgeExpiry(X509Certificate cert, String role, double leafDays, Instant now, ProbeResult.Builder out) {
        double days = daysLeft(cert, now);
        String label = role + " " + commonName(cert);
        out.measure("daysLeft", label, days, "days");
        if (days >= target.warnDays()) {
            return;
        }
        String date = cert.getNotAfter().toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        boolean beforeLeaf = !role.equals("leaf") && days < leafDays;
        Severity severity = days < 0 ? Severity.CRITICAL : days <= 7 ? Severity.HIGH : Severity.MEDIUM;
        String when = days < 0 ? "expired on " + date : "expires in " + (long) Math.floor(days) + " days (" + date + ")";
        String message = role + " certificate '" + commonName(cert) + "' of " + target() + " " + when
                + (beforeLeaf ? ", before the leaf (" + (long) Math.floor(leafDays) + " days)" : "");
        String fix = role.equals("leaf")
                ? "Renew the certificate (check the ACME client's or proxy's renewal logs) and reload the server."
                : "Serve the issuer's current " + role + " in the chain; renewing the leaf alone may keep the old one.";
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("daysLeft", Long.toString((long) Math.floor(days)));
        evidence.put("notAfter", date);
        evidence.put("certificate", cert.getSubjectX500Principal().getName(X500Principal.RFC2253));
        evidence.put("warnDays", Integer.toString(target.warnDays()));
        evidence.put("role", role);
        out.finding("probe/tls-expiry", label, severity, message, fix, evidence);
    }

    private void judgeProtocols(int millis, ProbeResult.Builder out) throws IOException {
        List<String> legacy = new ArrayList<>();
        boolean modern = false;
        for (String p : MODERN) {
            boolean yes = Handshake.offers(target, p, millis);
            modern |= yes;
            out.measure("offered", p, yes ? 1 : 0, "bool");
        }
        int[] versions = {LegacyHello.TLS11, LegacyHello.TLS10};
        String[] names = {"TLSv1.1", "TLSv1"};
        for (int i = 0; i < versions.length; i++) {
            boolean yes = LegacyHello.offered(target.host(), target.port(), target.serverName(), versions[i], millis);
            out.measure("offered", names[i], yes ? 1 : 0, "bool");
            if (yes) {
                legacy.add(names[i]);
            }
        }
        if (!legacy.isEmpty()) {
            out.finding("probe/tls-protocol", null, modern ? Severity.MEDIUM : Severity.HIGH,
                    target() + " still accepts " + String.join(" and ", legacy) + " (deprecated by RFC 8996)",
                    "Allow only TLS 1.2 and 1.3 in the server or proxy configuration.",
                    Map.of("legacy", String.join(", ", legacy)));
        }
    }

    static double daysLeft(X509Certificate cert, Instant now) {
        long seconds = Duration.between(now, cert.getNotAfter().toInstant()).getSeconds();
        return Math.floor(seconds / 8640.0) / 10.0;
    }

    private static String role(X509Certificate cert, int index) {
        if (index == 0) {
            return "leaf";
        }
        return cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) ? "root" : "intermediate";
    }

    static String commonName(X509Certificate cert) {
        String dn = cert.getSubjectX500Principal().getName(X500Principal.RFC2253);
        for (String part : dn.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.regionMatches(true, 0, "CN=", 0, 3)) {
                return part.substring(3);
            }
        }
        return dn;
    }
}

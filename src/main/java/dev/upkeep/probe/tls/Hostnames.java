package dev.upkeep.probe.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Whether a certificate is valid for a host name, as RFC 6125 and browsers decide: only the
 * subjectAltName entries count (not the subject's CN); a wildcard stands for exactly one whole
 * left-most label. Written here because the JDK's checker ({@code sun.security.util.HostnameChecker})
 * is internal, and the probe must tell "wrong name" apart from "untrusted".
 */
final class Hostnames {
    private static final int DNS = 2;
    private static final int IP = 7;

    private Hostnames() {}

    /** The subjectAltName DNS and IP entries, as written. */
    static List<String> names(X509Certificate cert) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    int type = (Integer) san.get(0);
                    if (type == DNS || type == IP) {
                        out.add(String.valueOf(san.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return out;
        }
        return out;
    }

    static boolean matches(X509Certificate cert, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        boolean ip = isIpLiteral(h);
        for (String name : names(cert)) {
            if (ip ? sameAddress(name, h) : dnsMatches(name.toLowerCase(Locale.ROOT), h)) {
                return true;
            }
        }
        return false;
    }

    static boolean dnsMatches(String pattern, String host) {
        if (pattern.equals(host)) {
            return true;
        }
        if (!pattern.startsWith("*.") || pattern.indexOf('.', 2) < 0) {
            return false;
        }
        int dot = host.indexOf('.');
        return dot > 0 && host.substring(dot + 1).equals(pattern.substring(2));
    }

    private static boolean isIpLiteral(String h) {
        return h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static boolean sameAddress(String a, String b) {
        if (!isIpLiteral(a.toLowerCase(Locale.ROOT))) {
            return false;
        }
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

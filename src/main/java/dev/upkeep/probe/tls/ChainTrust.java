package dev.upkeep.probe.tls;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.X509TrustManager;

/**
 * Builds a path from the leaf to a trusted root out of the certificates the server sent (in any
 * order), without revocation checks. Validity dates are judged separately (days left), so the path
 * is checked at a moment when every presented certificate is valid: an expired intermediate is
 * reported once, as expired, not a second time as untrusted.
 */
final class ChainTrust {
    /**
     * @param anchor the trusted root the path ends at, when it was built
     * @param failure why no path could be built, when it was not
     */
    record Verdict(Optional<X509Certificate> anchor, Optional<String> failure) {}

    private ChainTrust() {}

    static Verdict check(List<X509Certificate> presented, X509TrustManager trust, Date now) {
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate c : trust.getAcceptedIssuers()) {
                anchors.add(new TrustAnchor(c, null));
            }
            X509CertSelector leaf = new X509CertSelector();
            leaf.setCertificate(presented.get(0));
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, leaf);
            params.setRevocationEnabled(false);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(presented)));
            params.setDate(checkDate(presented, now));
            PKIXCertPathBuilderResult r = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            return new Verdict(Optional.of(r.getTrustAnchor().getTrustedCert()), Optional.empty());
        } catch (GeneralSecurityException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.contains("unable to find valid certification path")) {
                why = "no path to a trusted root (self-signed, a private CA, or a missing intermediate)";
            }
            return new Verdict(Optional.empty(), Optional.of(why));
        }
    }

    /** {@code now}, or, when a presented certificate is outside its validity at {@code now}, a moment inside all of them if there is one. */
    private static Date checkDate(List<X509Certificate> presented, Date now) {
        long latestStart = Long.MIN_VALUE;
        long earliestEnd = Long.MAX_VALUE;
        for (X509Certificate c : presented) {
            latestStart = Math.max(latestStart, c.getNotBefore().getTime());
            earliestEnd = Math.min(earliestEnd, c.getNotAfter().getTime());
        }
        boolean allValid = now.getTime() >= latestStart && now.getTime() <= earliestEnd;
        if (allValid || latestStart > earliestEnd) {
            return now;
        }
        return new Date(earliestEnd - 1000);
    }
}

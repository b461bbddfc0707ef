package dev.upkeep.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which certificate authorities a probe trusts: the JDK's default trust store, plus the PEM files a
 * target names ({@code ca:}) for services behind a private CA.
 */
public final class Trust {
    private Trust() {}

    /** The trust manager for the JDK's defaults plus every certificate in {@code extraPemFiles}. */
    public static X509TrustManager manager(List<Path> extraPemFiles) {
        try {
            X509TrustManager system = fromKeyStore(null);
            if (extraPemFiles.isEmpty()) {
                return system;
            }
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int n = 0;
            for (Path p : extraPemFiles) {
                for (Certificate c : readPem(p)) {
                    ks.setCertificateEntry("extra-" + n++, c);
                }
            }
            return new Either(system, fromKeyStore(ks));
        } catch (GeneralSecurityException | IOException e) {
            throw new ProbeException("cannot load the trusted certificates " + extraPemFiles + ": " + e.getMessage(), e);
        }
    }

    public static SSLContext context(X509TrustManager tm) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {tm}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new ProbeException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    static Collection<? extends Certificate> readPem(Path p) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(p)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new CertificateException(p + " holds no certificate");
            }
            return certs;
        }
    }

    private static X509TrustManager fromKeyStore(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        return Arrays.stream(tmf.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no X.509 trust manager"));
    }

    /** Trusts a chain when either manager does; reports the first manager's reason otherwise. */
    private record Either(X509TrustManager first, X509TrustManager second) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not checked by upkeep");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                try {
                    second.checkServerTrusted(chain, authType);
                } catch (CertificateException ignored) {
                    throw e;
                }
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>(Arrays.asList(first.getAcceptedIssuers()));
            all.addAll(Arrays.asList(second.getAcceptedIssuers()));
            return all.toArray(X509Certificate[]::new);
        }
    }
}

package dev.upkeep.probe.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * One TLS handshake that accepts whatever chain the server presents, so the probe can look at an
 * expired, untrusted or misnamed certificate instead of failing on it. Nothing is sent after the
 * handshake.
 */
final class Handshake {
    /** What the server presented and agreed to. */
    record Seen(List<X509Certificate> chain, String protocol, String cipherSuite) {}

    private Handshake() {}

    static Seen with(TlsTarget t, String protocol, int timeoutMillis) throws IOException {
        SSLContext ctx;
        try {
            ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new AcceptAll()}, null);
        } catch (GeneralSecurityException e) {
            throw new SSLException("cannot set up TLS: " + e.getMessage(), e);
        }
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(t.host(), t.port()), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            try (SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(plain, t.serverName(), t.port(), true)) {
                SSLParameters p = s.getSSLParameters();
                if (!t.serverName().matches("[0-9.:]+")) {
                    p.setServerNames(List.of(new SNIHostName(t.serverName())));
                }
                if (protocol != null) {
                    p.setProtocols(new String[] {protocol});
                }
                s.setSSLParameters(p);
                s.startHandshake();
                X509Certificate[] chain = Arrays.stream(s.getSession().getPeerCertificates())
                        .map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
                return new Seen(List.of(chain), s.getSession().getProtocol(), s.getSession().getCipherSuite());
            }
        } finally {
            plain.close();
        }
    }

    /** Whether a handshake limited to {@code protocol} succeeds. */
    static boolean offers(TlsTarget t, String protocol, int timeoutMillis) throws IOException {
        try {
            return with(t, protocol, timeoutMillis).protocol().equals(protocol);
        } catch (SSLException | java.net.SocketException | java.net.SocketTimeoutException | java.io.EOFException e) {
            return false;
        }
    }

    /** Accepts every chain: judging it is the probe's job, after the handshake. */
    private static final class AcceptAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

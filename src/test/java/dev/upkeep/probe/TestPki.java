package dev.upkeep.probe;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made on the spot for TLS tests: a root, intermediates and leaves with chosen expiry and names. */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A certificate and its key. */
    public record Issued(X509Certificate cert, KeyPair keys) {}

    private TestPki() {}

    public static Issued root(String cn, Duration validFor) {
        KeyPair k = keys();
        return new Issued(build(cn, k, null, k, Instant.now().plus(validFor), true, List.of()), k);
    }

    public static Issued intermediate(Issued issuer, String cn, Duration validFor) {
        KeyPair k = keys();
        return new Issued(build(cn, k, issuer.cert(), issuer.keys(), Instant.now().plus(validFor), true, List.of()), k);
    }

    /** A server certificate for {@code names} (DNS names or IP literals). */
    public static Issued leaf(Issued issuer, String cn, Duration validFor, List<String> names) {
        KeyPair k = keys();
        return new Issued(build(cn, k, issuer.cert(), issuer.keys(), Instant.now().plus(validFor), false, names), k);
    }

    /** A server-side context presenting {@code leaf} followed by {@code chain} (the intermediates, maybe the root). */
    public static SSLContext serverContext(Issued leaf, X509Certificate... chain) {
        try {
            X509Certificate[] all = new X509Certificate[chain.length + 1];
            all[0] = leaf.cert();
            System.arraycopy(chain, 0, all, 1, chain.length);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", leaf.keys().getPrivate(), "pw".toCharArray(), all);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, "pw".toCharArray());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a server TLS context", e);
        }
    }

    public static Path writePem(Path file, X509Certificate... certs) throws IOException {
        StringWriter s = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(s)) {
            for (X509Certificate c : certs) {
                w.writeObject(c);
            }
        }
        Files.writeString(file, s.toString());
        return file;
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate build(String cn, KeyPair subject, X509Certificate issuerCert, KeyPair issuer, Instant notAfter,
            boolean ca, List<String> names) {
        try {
            X500Principal name = new X500Principal("CN=" + cn + ", O=upkeep tests");
            X500Principal issuerName = issuerCert == null ? name : issuerCert.getSubjectX500Principal();
            Instant notBefore = Instant.now().minus(Duration.ofDays(30));
            if (notAfter.isBefore(notBefore)) {
                notBefore = notAfter.minus(Duration.ofDays(30));
            }
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(notBefore), Date.from(notAfter), name, subject.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subject.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    issuerCert == null ? ext.createAuthorityKeyIdentifier(subject.getPublic()) : ext.createAuthorityKeyIdentifier(issuerCert));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            if (!names.isEmpty()) {
                GeneralName[] sans = names.stream()
                        .map(n -> n.matches("[0-9.]+|.*:.*") ? new GeneralName(GeneralName.iPAddress, n) : new GeneralName(GeneralName.dNSName, n))
                        .toArray(GeneralName[]::new);
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(sans));
            }
            return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot issue a test certificate for " + cn, e);
        }
    }
}

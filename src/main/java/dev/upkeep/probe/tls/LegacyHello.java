package dev.upkeep.probe.tls;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Asks a server whether it still speaks TLS 1.0 or 1.1 by sending a ClientHello for exactly that
 * version and reading the first record of the answer: a ServerHello for that version means yes;
 * an alert, a different version or a closed connection means no. Hand-written because the JDK
 * refuses to offer these versions at all unless the JVM-wide {@code jdk.tls.disabledAlgorithms}
 * property is changed, which would weaken every other connection of the process.
 */
final class LegacyHello {
    static final int TLS10 = 0x0301;
    static final int TLS11 = 0x0302;

    /** Cipher suites a TLS 1.0/1.1 server would pick from: ECDHE and RSA key exchange, AES-CBC and 3DES. */
    private static final int[] SUITES = {0xc014, 0xc013, 0xc00a, 0xc009, 0x0039, 0x0033, 0x0035, 0x002f, 0x000a};

    private LegacyHello() {}

    /** Whether the server answers a ClientHello for {@code version} with a ServerHello for it; silence counts as no. */
    static boolean offered(String host, int port, String serverName, int version, int timeoutMillis) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            OutputStream out = s.getOutputStream();
            out.write(clientHello(serverName, version));
            out.flush();
            DataInputStream in = new DataInputStream(s.getInputStream());
            int type = in.readUnsignedByte();
            in.readUnsignedShort();
            int length = in.readUnsignedShort();
            if (type != 0x16 || length < 6) {
                return false;
            }
            int handshakeType = in.readUnsignedByte();
            in.skipNBytes(3);
            int serverVersion = in.readUnsignedShort();
            return handshakeType == 0x02 && serverVersion == version;
        } catch (EOFException | java.net.SocketException | java.net.SocketTimeoutException e) {
            return false;
        }
    }

    static byte[] clientHello(String serverName, int version) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        u16(body, version);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0);
        u16(body, SUITES.length * 2);
        for (int suite : SUITES) {
            u16(body, suite);
        }
        body.write(1);
        body.write(0);
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        if (serverName != null && !serverName.isEmpty() && !serverName.matches("[0-9.:]+")) {
            byte[] name = serverName.getBytes(StandardCharsets.US_ASCII);
            u16(ext, 0x0000);
            u16(ext, name.length + 5);
            u16(ext, name.length + 3);
            ext.write(0);
            u16(ext, name.length);
            ext.writeBytes(name);
        }
        u16(ext, 0x000a);
        u16(ext, 8);
        u16(ext, 6);
        u16(ext, 0x001d);
        u16(ext, 0x0017);
        u16(ext, 0x0018);
        u16(ext, 0x000b);
        u16(ext, 2);
        ext.write(1);
        ext.write(0);
        u16(ext, 0xff01);
        u16(ext, 1);
        ext.write(0);
        u16(body, ext.size());
        body.writeBytes(ext.toByteArray());
        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(0x01);
        u24(handshake, body.size());
        handshake.writeBytes(body.toByteArray());
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16);
        u16(record, TLS10);
        u16(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write((v >>> 8) & 0xff);
        out.write(v & 0xff);
    }

    private static void u24(ByteArrayOutputStream out, int v) {
        out.write((v >>> 16) & 0xff);
        u16(out, v);
    }
}

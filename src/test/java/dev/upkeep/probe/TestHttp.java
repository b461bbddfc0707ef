package dev.upkeep.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/** In-process HTTP and HTTPS servers for probe tests, on 127.0.0.1 and a free port, with a thread per request. */
public final class TestHttp implements AutoCloseable {
    private final HttpServer server;
    private final String scheme;

    private TestHttp(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public static TestHttp plain() {
        try {
            return new TestHttp(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200), "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestHttp tls(SSLContext ctx) {
        try {
            HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            s.setHttpsConfigurator(new HttpsConfigurator(ctx));
            return new TestHttp(s, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestHttp route(String path, HttpHandler h) {
        server.createContext(path, h);
        return this;
    }

    /** A handler answering {@code status} with {@code body} and the given headers, after {@code delayMillis}. */
    public static HttpHandler answer(int status, String contentType, String body, long delayMillis, Map<String, String> headers) {
        return ex -> {
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                respond(ex, status, contentType, body, headers);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    public static void respond(HttpExchange ex, int status, String contentType, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri(String path) {
        return URI.create(scheme + "://127.0.0.1:" + port() + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

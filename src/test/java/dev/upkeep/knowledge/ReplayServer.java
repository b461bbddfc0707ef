package dev.upkeep.knowledge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-process HTTP server on loopback that replays scripted or recorded responses, so tests
 * exercise the real HTTP client without the internet. Each path has a queue of responses; the
 * last one repeats. Every request is recorded with its headers. As a field with
 * {@code @RegisterExtension final ReplayServer server = ReplayServer.started();} each test gets a
 * fresh server, stopped after it.
 */
public final class ReplayServer implements AutoCloseable, AfterEachCallback {
    /** One scripted response. {@code truncateAt >= 0} announces the full length but sends only that many bytes. */
    public record Reply(int status, Map<String, String> headers, byte[] body, boolean hangs, int truncateAt) {
        public static Reply ok(String body, String... headerPairs) {
            return new Reply(200, pairs(headerPairs), body.getBytes(StandardCharsets.UTF_8), false, -1);
        }

        public static Reply ok(byte[] body, String... headerPairs) {
            return new Reply(200, pairs(headerPairs), body, false, -1);
        }

        public static Reply file(Path recorded, String... headerPairs) throws IOException {
            return new Reply(200, pairs(headerPairs), Files.readAllBytes(recorded), false, -1);
        }

        public static Reply status(int status, String... headerPairs) {
            return new Reply(status, pairs(headerPairs), new byte[0], false, -1);
        }

        public static Reply hanging() {
            return new Reply(200, Map.of(), new byte[0], true, -1);
        }

        public static Reply truncated(String body, int sent) {
            return new Reply(200, Map.of(), body.getBytes(StandardCharsets.UTF_8), false, sent);
        }

        private static Map<String, String> pairs(String... kv) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i + 1 < kv.length; i += 2) {
                m.put(kv[i], kv[i + 1]);
            }
            return m;
        }
    }

    /** A request the server saw, with its body as text (empty for a GET). */
    public record Seen(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new HashMap<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);

    public ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "replay-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** A started server; an I/O failure to bind fails the test that asked for it. */
    public static ReplayServer started() {
        try {
            return new ReplayServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the replay server on loopback", e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** Queues responses for a path (with query string, if any); the last one repeats. */
    public synchronized ReplayServer on(String pathAndQuery, Reply... rs) {
        replies.computeIfAbsent(pathAndQuery, k -> new ArrayDeque<>()).addAll(List.of(rs));
        return this;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public long count(String path) {
        return seen().stream().filter(s -> s.path().equals(path)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        String key = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(new Seen(ex.getRequestMethod(), key, Map.copyOf(ex.getRequestHeaders()), body));
        Reply r;
        synchronized (this) {
            Deque<Reply> q = replies.get(key);
            r = q == null || q.isEmpty() ? null : q.size() > 1 ? q.poll() : q.peek();
        }
        try (ex) {
            if (r == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (r.hangs()) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            if (r.body().length == 0) {
                ex.sendResponseHeaders(r.status(), -1);
                return;
            }
            ex.sendResponseHeaders(r.status(), r.body().length);
            OutputStream out = ex.getResponseBody();
            if (r.truncateAt() >= 0) {
                out.write(r.body(), 0, r.truncateAt());
                out.flush();
                throw new IOException("truncating on purpose");
            }
            out.write(r.body());
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}

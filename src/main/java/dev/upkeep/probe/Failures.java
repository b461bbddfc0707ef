package dev.upkeep.probe;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** Turns the exception that ended a probe into one line saying what failed and why. */
public final class Failures {
    private static final int MAX_LENGTH = 300;

    private Failures() {}

    public static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t instanceof SQLException s && "57014".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static String describe(Throwable e, Duration timeout) {
        String text = describe(e, timeout, 0);
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String describe(Throwable e, Duration timeout, int depth) {
        if (e instanceof ProbeException) {
            return e.getMessage();
        }
        if (isTimeout(e) && !(e instanceof SQLException s && !"57014".equals(s.getSQLState()))) {
            return "no answer within " + Durations.format(timeout);
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof ConnectException && !(e instanceof HttpConnectTimeoutException)) {
            return "connection refused" + (e.getMessage() == null || e.getMessage().toLowerCase().contains("refused")
                    ? "" : " (" + e.getMessage() + ")");
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (e instanceof SSLException) {
            return "TLS handshake failed: " + message(e);
        }
        if (e instanceof SQLException s) {
            return message(s) + (s.getSQLState() == null ? "" : " (SQLSTATE " + s.getSQLState() + ")");
        }
        if (e.getCause() != null && e.getCause() != e && depth < 5 && (e.getMessage() == null
                || e.getMessage().equals(String.valueOf(e.getCause())))) {
            return describe(e.getCause(), timeout, depth + 1);
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

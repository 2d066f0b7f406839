package mqttlab.client;

import static mqttlab.text.Text.t;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A connection that did not come up, with mosquitto_sub/pub's own words for it
 * ({@code Error: Connection refused}, {@code Connection error: Connection Refused: not authorised.})
 * and its exit code.
 */
public final class ConnectFailure extends RuntimeException {
    private final int exitCode;
    private final boolean refusedByBroker;

    public ConnectFailure(String message, int exitCode, boolean refusedByBroker) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.refusedByBroker = refusedByBroker;
    }

    public int exitCode() { return exitCode; }

    /** True when the broker answered CONNACK with an error (as opposed to a network failure). */
    public boolean refusedByBroker() { return refusedByBroker; }

    /** mosquitto_connack_string for a 3.1.1 CONNACK return code. */
    public static String connackString(int rc) {
        return switch (rc) {
            case 0 -> t("client.connack.0");
            case 1 -> t("client.connack.1");
            case 2 -> t("client.connack.2");
            case 3 -> t("client.connack.3");
            case 4 -> t("client.connack.4");
            case 5 -> t("client.connack.5");
            default -> t("client.connack.other");
        };
    }

    /** mosquitto_reason_string for an MQTT 5 CONNACK reason code. */
    public static String reasonString(int rc) {
        return switch (rc) {
            case 0x80 -> "Unspecified error";
            case 0x81 -> "Malformed Packet";
            case 0x82 -> "Protocol Error";
            case 0x83 -> "Implementation specific error";
            case 0x84 -> "Unsupported Protocol Version";
            case 0x85 -> "Client Identifier not valid";
            case 0x86 -> "Bad User Name or Password";
            case 0x87 -> "Not authorized";
            case 0x88 -> "Server unavailable";
            case 0x89 -> "Server busy";
            case 0x8A -> "Banned";
            case 0x8C -> "Bad authentication method";
            case 0x95 -> "Packet too large";
            case 0x97 -> "Quota exceeded";
            case 0x9C -> "Use another server";
            case 0x9D -> "Server moved";
            case 0x9F -> "Connection rate exceeded";
            default -> "Unknown reason";
        };
    }

    /** The network failure in mosquitto's words. */
    public static ConnectFailure network(Throwable t) {
        Throwable c = unwrap(t);
        if (c instanceof ConnectFailure f) return f;
        if (c instanceof UnknownHostException) return new ConnectFailure(t("client.err.lookup"), 1, false);
        if (c instanceof ConnectException) return new ConnectFailure(t("client.err.refused"), 1, false);
        if (c instanceof NoRouteToHostException) return new ConnectFailure(t("client.err.no.route"), 1, false);
        if (c instanceof SocketTimeoutException) return new ConnectFailure(t("client.err.timed.out"), 1, false);
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return new ConnectFailure(t("client.err.other", m), 1, false);
    }

    public static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        return t;
    }
}

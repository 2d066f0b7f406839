package mqttlab.client;

import mqttlab.text.Cause;
import static mqttlab.text.Text.t;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.UserProperty;

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

    /**
     * An MQTT 5 CONNACK reason code in words: its hex code, then mosquitto_reason_string's words (the
     * standard's names) in English, a Korean name in Korean ("0x87 Not authorized").
     */
    public static String reasonString(int rc) {
        return ReasonCode.shown(rc, PacketType.CONNACK).shown();
    }

    /**
     * A refusing MQTT 5 CONNACK: its code in words and, when the lab's own broker said why in its
     * user properties ({@link RefusalReason}), that sentence too.
     */
    public static ConnectFailure refusedV5(int rc, List<UserProperty> props) {
        String words = reasonString(rc);
        String message = RefusalReason.in(props).map(why -> t("client.err.connection.why", words, why))
                .orElseGet(() -> t("client.err.connection", words));
        return new ConnectFailure(message, rc, true);
    }

    /** The network failure in mosquitto's words. */
    public static ConnectFailure network(Throwable t) {
        Throwable c = unwrap(t);
        if (c instanceof ConnectFailure f) return f;
        if (c instanceof UnknownHostException) return new ConnectFailure(t("client.err.lookup"), 1, false);
        if (c instanceof ConnectException) return new ConnectFailure(t("client.err.refused"), 1, false);
        if (c instanceof NoRouteToHostException) return new ConnectFailure(t("client.err.no.route"), 1, false);
        if (c instanceof SocketTimeoutException) return new ConnectFailure(t("client.err.timed.out"), 1, false);
        return new ConnectFailure(t("client.err.other", Cause.of(c)), 1, false);
    }

    public static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        return t;
    }
}

package mqttlab.broker.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.message.Message;
import mqttlab.protocol.packet.MqttVersion;

/**
 * The server side of one MQTT session (MQTT 5.0 4.1): what outlives a network connection when the
 * client asked for it. Fields grouped as in the HiveMQ client: valid for the session, valid for
 * the current connection. Touched only by the broker's event loop thread.
 */
public final class Session {
    /** Session Expiry Interval meaning "never" (MQTT 5.0 3.1.2.11.2); also a 3.1.1 clean=0 session. */
    public static final long NEVER_EXPIRES = 0xFFFFFFFFL;

    // valid for the session
    public final String clientId;
    public long expiryInterval;
    public boolean cleanStart;
    public MqttVersion version;
    public final LinkedHashMap<Integer, Outbound> inflight = new LinkedHashMap<>();
    public final OutboundQueue queue = new OutboundQueue();
    /** Where this session stands in flow control (holding publishers back, stalled, dropping). */
    public final mqttlab.broker.flow.FlowState flow = new mqttlab.broker.flow.FlowState();
    public final PacketIds packetIds = new PacketIds();
    /** QoS 2 messages received and acknowledged with PUBREC, released on PUBREL (mosquitto's order). Null value = denied. */
    public final Map<Integer, Message> awaitingPubRel = new HashMap<>();
    public String username;
    public mqttlab.broker.auth.ListenerAccess access;
    public Instant since = Instant.now();
    public ScheduledFuture<?> expiryTimer;

    // valid for the connection (null when offline): set by SessionStore.attach / detach, which count who is online
    private Connection connection;

    public Session(String clientId) {
        this.clientId = clientId;
    }

    public boolean online() { return connection != null; }

    /** The network connection this session is attached to, or null when the client is offline. */
    public Connection connection() { return connection; }

    void connection(Connection c) { connection = c; }

    /** True when nothing of this session should outlive the connection. */
    public boolean endsWithConnection() { return expiryInterval == 0; }

    public void cancelExpiry() {
        if (expiryTimer != null) {
            expiryTimer.cancel(false);
            expiryTimer = null;
        }
    }
}

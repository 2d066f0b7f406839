package mqttlab.broker.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import mqttlab.broker.auth.ListenerAccess;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.message.Message;
import mqttlab.broker.time.BrokerClock;
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
    private final String clientId;
    private long expiryInterval;
    private boolean cleanStart;
    private MqttVersion version;
    private final LinkedHashMap<Integer, Outbound> inflight = new LinkedHashMap<>();
    private final OutboundQueue queue = new OutboundQueue();
    /** Where this session stands in flow control (holding publishers back, stalled, dropping). */
    private final FlowState flow = new FlowState();
    private final PacketIds packetIds = new PacketIds();
    /** QoS 2 messages received and acknowledged with PUBREC, released on PUBREL (mosquitto's order). Null value = denied. */
    private final Map<Integer, Message> awaitingPubRel = new HashMap<>();

    /** Payload bytes of the messages in flight to the client (a window is small: counted when asked). */
    public long inflightBytes() {
        long bytes = 0;
        for (Outbound o : inflight.values()) bytes += o.message.payload().length;
        return bytes;
    }
    private String username;
    private ListenerAccess access;
    /** When the client last came online or went offline. */
    private Instant since; // set by renew, before anyone reads it
    private BrokerClock.Timer expiryTimer;

    // valid for the connection (null when offline): set by SessionStore.attach / detach, which count who is online
    private Connection connection;

    public Session(String clientId) {
        this.clientId = clientId;
    }

    /**
     * A CONNECT started or resumed this session, or a snapshot brought it back: the version, clean
     * flag and Session Expiry Interval are the last CONNECT's, and the session belongs to its user.
     */
    public void renew(MqttVersion version, boolean cleanStart, long expiryInterval, String username, ListenerAccess access,
            Instant at) {
        cancelExpiry();
        this.version = version;
        this.cleanStart = cleanStart;
        this.expiryInterval = expiryInterval;
        this.username = username;
        this.access = access;
        this.since = at;
    }

    /** DISCONNECT set a new Session Expiry Interval (5.0 3.14.2.2.2), in seconds. */
    public void expireAfter(long seconds) { expiryInterval = seconds; }

    /** The client went offline at {@code at}. */
    public void wentOffline(Instant at) { since = at; }

    /** {@code timer} ends the session when its expiry interval has passed offline; {@link #cancelExpiry} stops it. */
    public void expiresWith(BrokerClock.Timer timer) { expiryTimer = timer; }

    public String clientId() { return clientId; }
    /** QoS 1 and 2 messages sent and not yet acknowledged, by packet id, oldest first. */
    public LinkedHashMap<Integer, Outbound> inflight() { return inflight; }
    /** Messages waiting to go out (the client is offline, its window is full, or its socket is busy). */
    public OutboundQueue queue() { return queue; }
    /** Where this session stands in flow control (holding publishers back, stalled, dropping). */
    public FlowState flow() { return flow; }
    public PacketIds packetIds() { return packetIds; }
    /** QoS 2 messages received and acknowledged with PUBREC, released on PUBREL; a null value was denied. */
    public Map<Integer, Message> awaitingPubRel() { return awaitingPubRel; }

    /** Session Expiry Interval in seconds: 0 ends with the connection, {@link #NEVER_EXPIRES} never. */
    public long expiryInterval() { return expiryInterval; }
    public boolean cleanStart() { return cleanStart; }
    public MqttVersion version() { return version; }
    /** The user whose CONNECT made or last resumed the session (null without a user name). */
    public String username() { return username; }
    /** The listener security in force when the session was last connected. */
    public ListenerAccess access() { return access; }
    /** When the client last came online or went offline. */
    public Instant since() { return since; }

    public boolean online() { return connection != null; }

    /** The network connection this session is attached to, or null when the client is offline. */
    public Connection connection() { return connection; }

    void connection(Connection c) { connection = c; }

    /** True when nothing of this session should outlive the connection. */
    public boolean endsWithConnection() { return expiryInterval == 0; }

    public void cancelExpiry() {
        if (expiryTimer != null) {
            expiryTimer.cancel();
            expiryTimer = null;
        }
    }
}

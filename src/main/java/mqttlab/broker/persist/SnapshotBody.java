package mqttlab.broker.persist;

import static mqttlab.broker.persist.SnapshotReader.bytes;
import static mqttlab.broker.persist.SnapshotReader.list;
import static mqttlab.broker.persist.SnapshotReader.str;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.session.Outbound;
import mqttlab.broker.subscription.SubscriptionEntry;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.Property;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.PropertyType;
import mqttlab.protocol.property.UserProperty;

/** Decodes the body of a format version 1 file (layout in {@link SnapshotWriter}); its CRC was checked already. */
final class SnapshotBody {
    private final ByteBuffer in;

    SnapshotBody(ByteBuffer in) {
        this.in = in;
    }

    Snapshot snapshot() {
        long savedAt = in.getLong();
        int n = in.getInt();
        List<StoredMessage> retained = list(n, in, 24);
        for (int i = 0; i < n; i++) retained.add(message());
        n = in.getInt();
        List<StoredSession> sessions = list(n, in, 42);
        for (int i = 0; i < n; i++) sessions.add(session());
        return new Snapshot(savedAt, retained, sessions);
    }

    private StoredSession session() {
        String clientId = required(str(in), "client id");
        int level = in.get();
        MqttVersion version = MqttVersion.ofLevel(level);
        if (version == null) throw new IllegalArgumentException("unknown protocol level " + level + " for client " + clientId);
        boolean cleanStart = flag();
        long expiryInterval = in.getLong();
        long expiresIn = in.getLong();
        String username = str(in);
        int n = in.getInt();
        List<SubscriptionEntry> subs = list(n, in, 11);
        for (int i = 0; i < n; i++) {
            String filter = required(str(in), "topic filter");
            int qos = in.get();
            int flags = in.get();
            int retainHandling = in.get();
            int subscriptionId = in.getInt();
            subs.add(new SubscriptionEntry(clientId, filter, SubscriptionEntry.shareGroupOf(filter), qos, (flags & 1) != 0,
                    (flags & 2) != 0, retainHandling, subscriptionId));
        }
        List<StoredOutbound> inflight = outbounds();
        List<StoredOutbound> queue = outbounds();
        n = in.getInt();
        List<StoredSession.Received> received = list(n, in, 3);
        for (int i = 0; i < n; i++) {
            int packetId = in.getShort() & 0xFFFF;
            received.add(new StoredSession.Received(packetId, flag() ? message() : null));
        }
        return new StoredSession(clientId, version, cleanStart, expiryInterval, expiresIn, username, subs, inflight, queue, received);
    }

    private List<StoredOutbound> outbounds() {
        int n = in.getInt();
        List<StoredOutbound> out = list(n, in, 31);
        for (int i = 0; i < n; i++) {
            Outbound.State state = SnapshotReader.state(in.get());
            int packetId = in.getShort() & 0xFFFF;
            Qos qos = Qos.of(in.get());
            boolean retain = flag();
            int ids = in.getShort() & 0xFFFF;
            int[] subscriptionIds = new int[ids];
            for (int k = 0; k < ids; k++) subscriptionIds[k] = in.getInt();
            out.add(new StoredOutbound(message(), qos, retain, subscriptionIds, packetId, state));
        }
        return out;
    }

    private StoredMessage message() {
        String topic = required(str(in), "topic");
        byte[] payload = bytes(in, in.getInt());
        Qos qos = Qos.of(in.get());
        boolean retain = flag();
        long remainingExpiry = in.getLong();
        String origin = str(in);
        int n = in.getShort() & 0xFFFF;
        List<Property> props = new ArrayList<>(Math.min(n, 64));
        for (int i = 0; i < n; i++) props.add(property());
        return new StoredMessage(topic, payload, qos, retain, new Properties(props), remainingExpiry, origin);
    }

    private Property property() {
        int code = in.get() & 0xFF;
        PropertyId id = PropertyId.of(code);
        if (id == null) throw new IllegalArgumentException("unknown property id 0x" + Integer.toHexString(code));
        Object value = switch (id.type()) {
            case UTF8_STRING -> required(str(in), id.description());
            case BINARY_DATA -> bytes(in, in.getInt());
            case UTF8_STRING_PAIR -> new UserProperty(required(str(in), "user property name"), required(str(in), "user property value"));
            default -> {
                long v = in.getLong();
                yield id.type() == PropertyType.FOUR_BYTE_INTEGER ? (Object) v : (Object) Math.toIntExact(v);
            }
        };
        return new Property(id, value);
    }

    private boolean flag() {
        int b = in.get();
        if (b != 0 && b != 1) throw new IllegalArgumentException("a flag byte is " + b + ", not 0 or 1");
        return b == 1;
    }

    private static String required(String s, String what) {
        if (s == null) throw new IllegalArgumentException("missing " + what);
        return s;
    }
}

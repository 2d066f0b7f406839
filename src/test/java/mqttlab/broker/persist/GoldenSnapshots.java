package mqttlab.broker.persist;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mqttlab.broker.session.Outbound;
import mqttlab.broker.subscription.SubscriptionEntry;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.Property;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.UserProperty;

/**
 * The content of the golden files {@code src/test/resources/persist/v1-*.snapshot}: one of every
 * kind of record. The files are checked in and must never change for format version 1; run
 * {@code main} only when a new format version adds its own files (v2-*), never to "fix" v1.
 */
final class GoldenSnapshots {
    static final String VALID = "/persist/v1-valid.snapshot";
    static final String TRUNCATED = "/persist/v1-truncated.snapshot";
    static final String BAD_CRC = "/persist/v1-bad-crc.snapshot";

    private GoldenSnapshots() { }

    static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static Snapshot sample() {
        Properties v5 = Properties.of(new Property(PropertyId.PAYLOAD_FORMAT_INDICATOR, 1),
                new Property(PropertyId.CONTENT_TYPE, "text/plain"), new Property(PropertyId.RESPONSE_TOPIC, "reply/온도"),
                new Property(PropertyId.CORRELATION_DATA, new byte[] {1, 2, 3}),
                new Property(PropertyId.USER_PROPERTY, new UserProperty("building", "125")));
        StoredMessage temp = new StoredMessage("building/125/sensor1/temperature", b("24.8"), Qos.AT_LEAST_ONCE, true,
                Properties.EMPTY, -1, "sensor1");
        StoredMessage status = new StoredMessage("status/온실", b("on"), Qos.AT_MOST_ONCE, true, v5, 3600, null);
        StoredMessage alarm = new StoredMessage("building/125/alarm", b("fire"), Qos.EXACTLY_ONCE, false, v5, 120, "panel");
        StoredSession app = new StoredSession("app", MqttVersion.V3_1_1, false, 0xFFFFFFFFL, -1, "student",
                List.of(SubscriptionEntry.of("app", "building/+/+/temperature", 1)),
                List.of(new StoredOutbound(temp.withRetainCleared(), Qos.AT_LEAST_ONCE, false, new int[0], 7, Outbound.State.AWAITING_PUBACK),
                        new StoredOutbound(alarm, Qos.EXACTLY_ONCE, false, new int[0], 8, Outbound.State.AWAITING_PUBCOMP)),
                List.of(new StoredOutbound(temp.withRetainCleared(), Qos.AT_LEAST_ONCE, false, new int[0], 0, Outbound.State.QUEUED)),
                List.of(new StoredSession.Received(42, alarm), new StoredSession.Received(43, null)));
        StoredSession dash = new StoredSession("dashboard", MqttVersion.V5, true, 600, 590, null,
                List.of(new SubscriptionEntry("dashboard", "status/#", null, 2, true, true, 2, 17),
                        new SubscriptionEntry("dashboard", "$share/screens/building/#", "screens", 1, false, false, 0, 0)),
                List.of(new StoredOutbound(alarm, Qos.AT_LEAST_ONCE, false, new int[] {17, 4}, 65535, Outbound.State.AWAITING_PUBREC)),
                List.of(), List.of());
        return new Snapshot(1_700_000_000_000L, List.of(temp, status), List.of(app, dash));
    }

    /** Writes the three files into {@code src/test/resources/persist} (run from the project folder). */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("src/test/resources/persist");
        Files.createDirectories(dir);
        byte[] valid = SnapshotWriter.encode(sample());
        Files.write(dir.resolve("v1-valid.snapshot"), valid);
        Files.write(dir.resolve("v1-truncated.snapshot"), Arrays.copyOf(valid, valid.length * 2 / 3)); // as a crash mid-write would leave it
        byte[] bad = valid.clone();
        bad[bad.length / 2] ^= 0x20; // one bit flipped in the body
        Files.write(dir.resolve("v1-bad-crc.snapshot"), bad);
    }
}

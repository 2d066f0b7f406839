package mqttlab.broker.connect;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session belongs to the account that made it, on any broker (no classroom needed). */
class C02SessionOwnerTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    private static Connect connect(MqttVersion v, String id, String user) {
        return new Connect(v, id, false, 60, null, user, null, v.isV5() ? Properties.EMPTY.plus(PropertyId.SESSION_EXPIRY_INTERVAL, 3600) : Properties.EMPTY);
    }

    @Test
    @DisplayName("another user's CONNECT with the same client id and clean session 0 does not resume the session: nothing queued is delivered [MQTT-3.1.2-4]")
    void otherUserStartsAfresh() throws Exception {
        for (MqttVersion v : List.of(MqttVersion.V3_1_1, MqttVersion.V5)) {
            String id = "shared-" + v;
            try (RawClient alice = new RawClient(lab.port(), v)) {
                assertEquals(0, ((ConnAck) alice.sendAndReceive(connect(v, id, "alice"))).reasonCode());
                alice.sendAndReceive(new Subscribe(1, List.of(new Subscription("inbox/" + v, Qos.AT_LEAST_ONCE))));
                alice.send(new Disconnect(0, Properties.EMPTY));
            }
            try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V3_1_1, "pub-" + v, true)) {
                pub.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "inbox/" + v, 1, "for alice".getBytes(StandardCharsets.UTF_8)));
            }
            try (RawClient bob = new RawClient(lab.port(), v)) {
                ConnAck ack = (ConnAck) bob.sendAndReceive(connect(v, id, "bob"));
                assertEquals(0, ack.reasonCode());
                assertFalse(ack.sessionPresent(), "bob did not make the session, so none is present for him");
                assertTrue(bob.silentFor(500), "alice's queued message is not delivered to bob");
            }
        }
    }

    @Test
    @DisplayName("the same user resumes their own session and gets what was queued [MQTT-3.1.2-4]")
    void ownerResumes() throws Exception {
        MqttVersion v = MqttVersion.V3_1_1;
        try (RawClient alice = new RawClient(lab.port(), v)) {
            alice.sendAndReceive(connect(v, "mine", "alice"));
            alice.sendAndReceive(new Subscribe(1, List.of(new Subscription("inbox", Qos.AT_LEAST_ONCE))));
            alice.send(new Disconnect(0, Properties.EMPTY));
        }
        try (RawClient pub = RawClient.connect(lab.port(), v, "pub", true)) {
            pub.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "inbox", 1, "kept".getBytes(StandardCharsets.UTF_8)));
        }
        try (RawClient alice = new RawClient(lab.port(), v)) {
            ConnAck ack = (ConnAck) alice.sendAndReceive(connect(v, "mine", "alice"));
            assertTrue(ack.sessionPresent());
            assertEquals("kept", new String(alice.receive(Publish.class).payload(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("5.0: a taken-over client is told who took over in the DISCONNECT 0x8E reason string")
    void takeoverNamesTheUser() throws Exception {
        MqttVersion v = MqttVersion.V5;
        try (RawClient first = new RawClient(lab.port(), v); RawClient second = new RawClient(lab.port(), v)) {
            first.sendAndReceive(connect(v, "twice", "alice"));
            second.sendAndReceive(connect(v, "twice", "alice"));
            Disconnect d = first.receive(Disconnect.class);
            assertEquals(0x8E, d.reasonCode());
            String why = d.properties().string(PropertyId.REASON_STRING).orElseThrow();
            assertTrue(why.startsWith("taken over by user 'alice' from 127.0.0.1:"), why);
        }
    }
}

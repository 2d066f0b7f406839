package mqttlab.broker.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.shell.trace.PacketLine;
import mqttlab.testsupport.Cmd;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Topic aliases from the broker to a v5 client that announces a Topic Alias Maximum (5.0 3.3.2.3.4),
 * as Paho's test_server_topic_alias checks: the first PUBLISH sets the alias, the next ones carry an
 * empty topic and the alias.
 */
class P02TopicAliasOutTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    static RawClient subscriber(int port, String id, int aliasMaximum, String filter) throws Exception {
        RawClient c = new RawClient(port, MqttVersion.V5);
        Properties props = aliasMaximum == 0 ? Properties.EMPTY : Properties.of().plus(PropertyId.TOPIC_ALIAS_MAXIMUM, aliasMaximum);
        assertEquals(0, ((ConnAck) c.sendAndReceive(new Connect(MqttVersion.V5, id, true, 60, null, null, null, props))).reasonCode());
        c.sendAndReceive(new Subscribe(1, List.of(new Subscription(filter, Qos.EXACTLY_ONCE, false, false, 0)), Properties.EMPTY));
        return c;
    }

    /** Publishes and completes the flow (PUBACK; PUBREC, PUBREL, PUBCOMP), so the broker has routed the message. */
    static void publish(RawClient pub, String topic, int qos, int id) throws Exception {
        pub.send(new Publish(false, Qos.of(qos), false, topic, qos == 0 ? 0 : id, ("m" + id).getBytes(), Properties.EMPTY));
        if (qos == 1) pub.receive(PubAck.class);
        if (qos == 2) {
            pub.receive(PubRec.class);
            pub.send(new PubRel(id, 0, Properties.EMPTY));
            pub.receive(PubComp.class);
        }
    }

    /** Receives n PUBLISH packets, acknowledging each so QoS 1 and 2 flows complete. */
    static List<Publish> receive(RawClient c, int n) throws Exception {
        List<Publish> out = new ArrayList<>();
        while (out.size() < n) {
            Packet p = c.receive();
            if (p instanceof Publish pub) {
                out.add(pub);
                if (pub.qos() == Qos.AT_LEAST_ONCE) c.send(new PubAck(pub.packetId(), 0, Properties.EMPTY));
                if (pub.qos() == Qos.EXACTLY_ONCE) c.send(new PubRec(pub.packetId(), 0, Properties.EMPTY));
            } else if (p instanceof PubRel rel) {
                c.send(new PubComp(rel.packetId(), 0, Properties.EMPTY));
            }
        }
        return out;
    }

    static long alias(Publish p) {
        return p.properties().number(PropertyId.TOPIC_ALIAS).orElse(0);
    }

    @Test
    @DisplayName("Topic Alias Maximum 1: topic and alias 1 first, then an empty topic and alias 1; a second topic goes whole")
    void aliasOne() throws Exception {
        try (RawClient sub = subscriber(lab.port(), "ta-sub", 1, "TopicA/#");
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "ta-pub", true)) {
            for (int q = 0; q < 3; q++) publish(pub, "TopicA/B", q, q + 1);
            publish(pub, "TopicA/C", 0, 4);
            List<Publish> got = receive(sub, 4);
            assertEquals("TopicA/B", got.get(0).topic());
            assertEquals(1, alias(got.get(0)), "the first PUBLISH sets alias 1");
            for (Publish p : got.subList(1, 3)) {
                assertEquals("", p.topic(), "later ones carry an empty topic");
                assertEquals(1, alias(p), "and the alias, never above the client's maximum [MQTT-3.3.2-11]");
            }
            assertEquals("TopicA/C", got.get(3).topic());
            assertEquals(0, alias(got.get(3)), "no alias left for a second topic");
            assertEquals(List.of("m1", "m2", "m3", "m4"), got.stream().map(p -> new String(p.payload())).toList());
        }
    }

    @Test
    @DisplayName("Without Topic Alias Maximum no alias is sent; a new connection starts without aliases [MQTT-3.3.2-7]")
    void noneAndReconnect() throws Exception {
        try (RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "tb-pub", true)) {
            try (RawClient sub = subscriber(lab.port(), "tb-none", 0, "TopicB/#")) {
                publish(pub, "TopicB/x", 0, 1);
                publish(pub, "TopicB/x", 0, 2);
                for (Publish p : receive(sub, 2)) {
                    assertEquals("TopicB/x", p.topic());
                    assertEquals(0, alias(p));
                }
            }
            for (int round = 0; round < 2; round++) {
                try (RawClient sub = subscriber(lab.port(), "tb-again", 4, "TopicB/#")) {
                    publish(pub, "TopicB/x", 0, 3);
                    Publish first = receive(sub, 1).get(0);
                    assertEquals("TopicB/x", first.topic(), "round " + round + ": the mapping is set again on each connection");
                    assertEquals(1, alias(first));
                }
            }
        }
    }

    @Test
    @DisplayName("The tap resolves the alias, and trace's label shows it: PUBLISH q0 alias 1='TopicC/x'")
    void tapShowsAlias() throws Exception {
        List<TapEvent> out = new ArrayList<>();
        try (AutoCloseable l = lab.broker().tap().listen(e -> { if (e.direction() == Direction.OUT && e.packet() instanceof Publish) out.add(e); });
             RawClient sub = subscriber(lab.port(), "tc-sub", 2, "TopicC/#");
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "tc-pub", true)) {
            publish(pub, "TopicC/x", 0, 1);
            publish(pub, "TopicC/x", 0, 2);
            receive(sub, 2);
            assertEquals(PacketLine.label(out.get(0).packet(), out.get(0).aliasTopic()), "PUBLISH q0 'TopicC/x' alias 1");
            assertEquals(PacketLine.label(out.get(1).packet(), out.get(1).aliasTopic()), "PUBLISH q0 alias 1='TopicC/x'");
            assertEquals("TopicC/x", out.get(1).topic());
        }
    }

    @Test
    @DisplayName("hivemq-mqtt-client (the shell's v5 sessions) with Topic Alias Maximum 2 reads the aliased messages whole")
    void hivemqClient() throws Exception {
        var sub = com.hivemq.client.mqtt.mqtt5.Mqtt5Client.builder().identifier("td-sub").serverHost("127.0.0.1")
                .serverPort(lab.port()).buildBlocking();
        sub.connectWith().restrictions().topicAliasMaximum(2).applyRestrictions().send();
        List<TapEvent> out = new ArrayList<>();
        try (var publishes = sub.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL);
             AutoCloseable l = lab.broker().tap().listen(e -> { if (e.direction() == Direction.OUT && e.packet() instanceof Publish) out.add(e); });
             RawClient pub = RawClient.connect(lab.port(), MqttVersion.V5, "td-pub", true)) {
            sub.subscribeWith().topicFilter("TopicD/#").qos(com.hivemq.client.mqtt.datatypes.MqttQos.EXACTLY_ONCE).send();
            for (int i = 1; i <= 3; i++) publish(pub, "TopicD/x", i % 3, i);
            for (int i = 1; i <= 3; i++) {
                var got = publishes.receive(5, java.util.concurrent.TimeUnit.SECONDS).orElseThrow();
                assertEquals("TopicD/x", got.getTopic().toString());
                assertEquals("m" + i, new String(got.getPayloadAsBytes()));
            }
            assertEquals(List.of("TopicD/x", "", ""), out.stream().map(e -> ((Publish) e.packet()).topic()).toList(),
                    "on the wire: the topic once, then the alias alone");
        } finally {
            sub.disconnect();
        }
    }

    // mosquitto_sub 2.0.11 is no peer for this: "-D connect topic-alias-maximum 2" sends the property, but
    // libmosquitto's client refuses the first PUBLISH with an empty topic ("A network protocol error
    // occurred"), although [MQTT-3.3.2-10] has a client that announced aliases accept them.
}

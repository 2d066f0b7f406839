package mqttlab.shell.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JourneyTest {
    private final List<TapEvent> events = new ArrayList<>();

    private void tap(Direction d, String client, Packet p) {
        events.add(new TapEvent(events.size() + 1, Instant.EPOCH, d, client, "127.0.0.1:5000", MqttVersion.V3_1_1, p, new byte[] {0x30, 0x00}));
    }

    @Test
    @DisplayName("lanes line up by display width: a Korean client id takes two columns a character")
    void koreanLanes() {
        byte[] v = "24.8".getBytes(StandardCharsets.UTF_8);
        tap(Direction.IN, "센서1", new Publish(Qos.AT_MOST_ONCE, false, "온도", 0, v));
        tap(Direction.OUT, "sub", new Publish(Qos.AT_MOST_ONCE, false, "온도", 0, v));
        List<AttributedString> lines = Journey.last(events, e -> true).diagram().render(false, false);
        java.util.Set<Integer> brokerColumns = new java.util.HashSet<>();
        for (AttributedString l : lines.subList(1, lines.size())) {
            String t = l.toString();
            int seen = 0;
            for (int i = 0; i < t.length(); i++) {
                if ("│├┤◀▶".indexOf(t.charAt(i)) >= 0 && ++seen == 2) {
                    brokerColumns.add(new AttributedString(t.substring(0, i)).columnLength());
                    break;
                }
            }
        }
        assertEquals(1, brokerColumns.size(), "the broker's lane is at one display column on every line: " + lines);
    }

    @Test
    @DisplayName("a QoS 2 publish to a QoS 1 subscriber: the handshake, the broker's own packet id, the downgrade")
    void qos2Journey() {
        byte[] hi = "hi".getBytes(StandardCharsets.UTF_8);
        tap(Direction.IN, "pub1", new Publish(Qos.EXACTLY_ONCE, false, "test", 3, hi));
        tap(Direction.OUT, "pub1", new PubRec(3));
        tap(Direction.IN, "pub1", new PubRel(3));
        tap(Direction.OUT, "sub1", new Publish(Qos.AT_LEAST_ONCE, false, "test", 1, hi));
        tap(Direction.OUT, "pub1", new PubComp(3));
        tap(Direction.IN, "sub1", new PubAck(1));
        tap(Direction.IN, "other", new PubAck(3)); // someone else's flow: not part of this journey

        Journey j = Journey.last(events, e -> true);
        assertEquals("pub1", j.publisher());
        assertEquals(List.of("sub1"), j.subscribers());
        assertEquals(6, j.events().size());
        String drawn = j.diagram().render(false, false).stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                "pub1                   broker                   sub1",
                "  │ PUBLISH q2 m3 'test'  │                       │",
                "  ├───────────────────────▶                       │",
                "  │ PUBREC m3             │                       │",
                "  ◀───────────────────────┤                       │",
                "  │ PUBREL m3             │                       │",
                "  ├───────────────────────▶                       │",
                "  │                       │ PUBLISH q1 m1 'test'  │",
                "  │                       ├───────────────────────▶",
                "  │ PUBCOMP m3            │                       │",
                "  ◀───────────────────────┤                       │",
                "  │                       │ PUBACK m1             │",
                "  │                       ◀───────────────────────┤",
                "  │                       │                       │"), drawn);
    }

    @Test
    @DisplayName("a copy the broker dropped for a subscriber shows on its lane, marked dropped, with no packet id")
    void droppedCopy() {
        mqttlab.text.Text.use(mqttlab.text.Lang.EN);
        byte[] hi = "hi".getBytes(StandardCharsets.UTF_8);
        tap(Direction.IN, "pub1", new Publish(Qos.AT_LEAST_ONCE, false, "test", 3, hi));
        tap(Direction.DROPPED, "sub1", new Publish(Qos.AT_LEAST_ONCE, false, "test", 1, hi));
        tap(Direction.OUT, "pub1", new PubAck(3));

        Journey j = Journey.last(events, e -> true);
        assertEquals(List.of("sub1"), j.subscribers());
        String drawn = j.diagram().render(false, false).stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
        assertEquals(true, drawn.contains("dropped: PUBLISH q1 'test'"), drawn);
        assertEquals("broker ✕ sub1  dropped: PUBLISH q1 'test'", PacketLine.describe(events.get(1)));
    }
}

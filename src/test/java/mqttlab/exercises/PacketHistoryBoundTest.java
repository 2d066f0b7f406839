package mqttlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.RawClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the lab keeps of the broker's packets for grading is bounded in bytes, not only in count: in class the
 * instructor's lab records every student's packets, and twenty 15 MB messages from one student would otherwise
 * be kept twice each (raw and decoded), 600 MB, and a hundred thousand of them would end the class.
 */
@Timeout(120)
class PacketHistoryBoundTest {

    @Test
    void bigMessagesPushOutOlderOnesInsteadOfFillingTheHeap() throws Exception {
        try (EmbeddedLab lab = EmbeddedLab.startPrivate(); PacketHistory history = PacketHistory.record(lab);
             RawClient c = new RawClient(lab.port(), MqttVersion.V3_1_1)) {
            c.sendAndReceive(new Connect(MqttVersion.V3_1_1, "flood", true, 60, null, null, null, Properties.EMPTY));
            byte[] big = new byte[15 << 20];
            for (int i = 1; i <= 20; i++) c.sendAndReceive(new Publish(Qos.AT_LEAST_ONCE, false, "flood/" + i, i, big));
            Await.until(() -> history.events().stream().anyMatch(e -> "flood/20".equals(e.topic())), java.time.Duration.ofSeconds(20), "the last message recorded");
            List<TapEvent> kept = history.events();
            long bytes = kept.stream().mapToLong(mqttlab.broker.tap.RecentTapEvents::size).sum();
            assertTrue(bytes <= PacketHistory.BYTES, (bytes >> 20) + " MB kept");
            assertTrue(kept.stream().anyMatch(e -> "flood/20".equals(e.topic())), "the latest packets are kept");
            assertTrue(kept.stream().noneMatch(e -> "flood/1".equals(e.topic())), "the oldest big ones made room");
            assertEquals(kept.get(kept.size() - 1).seq(), history.lastSeq());
        }
    }
}

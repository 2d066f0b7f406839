package mqttlab.shell.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PingReq;
import mqttlab.protocol.packet.PingResp;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `trace` is about the student: which packets it shows live, and what `trace last` draws. */
class TracedTest {
    private final List<TapEvent> events = new ArrayList<>();

    private TapEvent tap(Direction d, String client, String address, Packet p) {
        TapEvent e = new TapEvent(events.size() + 1, Instant.EPOCH, d, client, address, MqttVersion.V3_1_1, p, new byte[] {0x30, 0x00});
        events.add(e);
        return e;
    }

    private static Publish publish(Qos q, boolean dup, boolean retain, String topic, int id, String payload) {
        return new Publish(q, retain, topic, id, payload.getBytes(StandardCharsets.UTF_8)).withDup(dup);
    }

    private void sensorReading() {
        tap(Direction.IN, "sensor-125-1", "127.0.0.1:4001", publish(Qos.AT_MOST_ONCE, false, false, "building/125/sensor1/temperature", 0, "24.8"));
        tap(Direction.OUT, "lab-77", "127.0.0.1:4000", publish(Qos.AT_MOST_ONCE, false, false, "building/125/sensor1/temperature", 0, "24.8"));
    }

    private static List<String> labels(Traced t) {
        return t.events().stream().map(e -> PacketLine.label(e.packet())).toList();
    }

    @Test
    @DisplayName("trace on shows the student's packets; the building's only with --all, keep-alive pings only with --pings")
    void liveScope() {
        TapEvent sensor = tap(Direction.IN, "sensor-125-1", "a", publish(Qos.AT_MOST_ONCE, false, false, "building/125/sensor1/temperature", 0, "24.8"));
        TapEvent mine = tap(Direction.IN, "lab-77", "b", publish(Qos.AT_LEAST_ONCE, false, false, "test", 1, "hi"));
        TapEvent ping = tap(Direction.IN, "lab-77", "b", new PingReq());
        TapEvent pong = tap(Direction.OUT, "lab-77", "b", new PingResp());
        TapEvent connect = tap(Direction.IN, null, "c", new Connect(MqttVersion.V3_1_1, "owl", false, 60));
        TraceScope student = TraceScope.STUDENT;
        assertFalse(student.shows(sensor));
        assertTrue(student.shows(mine));
        assertFalse(student.shows(ping));
        assertFalse(student.shows(pong));
        assertTrue(student.shows(connect), "a CONNECT before the tap knows its client is shown");
        assertTrue(new TraceScope(true, false).shows(sensor));
        assertFalse(new TraceScope(true, false).shows(ping));
        assertTrue(new TraceScope(false, true).shows(ping));
        assertFalse(new TraceScope(false, true).shows(sensor));
    }

    @Test
    @DisplayName("trace last after the student's SUBSCRIBE draws that SUBSCRIBE and its SUBACK, not the sensor reading after it")
    void lastIsTheStudentsSubscribe() {
        sensorReading();
        tap(Direction.IN, "lab-77", "127.0.0.1:4000", new Subscribe(2, List.of(new Subscription("building/+/ac/state", Qos.AT_LEAST_ONCE))));
        tap(Direction.OUT, "lab-77", "127.0.0.1:4000", new SubAck(2, List.of(1)));
        tap(Direction.OUT, "lab-77", "127.0.0.1:4000", publish(Qos.AT_LEAST_ONCE, false, true, "building/125/ac/state", 3, "OFF"));
        tap(Direction.IN, "lab-77", "127.0.0.1:4000", new PubAck(3));
        sensorReading();
        sensorReading();
        List<Traced> last = Traced.lastN(events, 1, TraceScope.STUDENT::starts);
        assertEquals(1, last.size());
        assertEquals(List.of("SUBSCRIBE m2 building/+/ac/state q1", "SUBACK m2 [1]", "PUBLISH q1 m3 r 'building/125/ac/state'", "PUBACK m3"),
                labels(last.get(0)), "the subscription, and the retained message it brought");
        List<Traced> any = Traced.lastN(events, 1, new TraceScope(true, false)::starts);
        assertTrue(any.get(0) instanceof Journey j && j.publisher().equals("sensor-125-1"), "--all: the building's last reading");
    }

    @Test
    @DisplayName("trace last after a resumed session: CONNECT, CONNACK session present, the DUP redelivery and what was queued, not live messages")
    void lastIsTheResume() {
        tap(Direction.IN, "lab-77", "127.0.0.1:4000", publish(Qos.AT_LEAST_ONCE, false, false, "lab/owl", 4, "30.0"));
        tap(Direction.OUT, "lab-77", "127.0.0.1:4000", new PubAck(4));
        sensorReading();
        tap(Direction.IN, null, "127.0.0.1:4100", new Connect(MqttVersion.V3_1_1, "owl", false, 60));
        tap(Direction.OUT, "owl", "127.0.0.1:4100", new ConnAck(true, 0));
        tap(Direction.OUT, "owl", "127.0.0.1:4100", publish(Qos.AT_LEAST_ONCE, true, false, "lab/qos/dup", 1, "again"));
        tap(Direction.OUT, "owl", "127.0.0.1:4100", publish(Qos.AT_LEAST_ONCE, false, false, "lab/owl", 2, "30.0"));
        tap(Direction.IN, "owl", "127.0.0.1:4100", new PubAck(1));
        tap(Direction.IN, "owl", "127.0.0.1:4100", new PubAck(2));
        tap(Direction.IN, "sensor-101-1", "127.0.0.1:4002", publish(Qos.AT_MOST_ONCE, false, false, "lab/owl", 0, "live"));
        tap(Direction.OUT, "owl", "127.0.0.1:4100", publish(Qos.AT_MOST_ONCE, false, false, "lab/owl", 0, "live"));
        tap(Direction.IN, "owl", "127.0.0.1:4100", new PingReq());
        tap(Direction.OUT, "owl", "127.0.0.1:4100", new PingResp());
        List<Traced> last = Traced.lastN(events, 1, TraceScope.STUDENT::starts);
        assertEquals(List.of("CONNECT 'owl' clean=0", "CONNACK rc0 session present", "PUBLISH q1 m1 dup 'lab/qos/dup'",
                "PUBLISH q1 m2 'lab/owl'", "PUBACK m1", "PUBACK m2"), labels(last.get(0)));
        assertTrue(last.get(0).involves("owl"));
        // `trace owl` names the client: anyone's journey it took part in counts, the building's live reading too
        assertTrue(Traced.lastInvolving(events, "owl") instanceof Journey j && j.publisher().equals("sensor-101-1"));
    }

    @Test
    @DisplayName("a student's QoS 1 publish is the last thing traced, even when sensor readings came after it")
    void lastIsTheStudentsPublish() {
        tap(Direction.IN, "lab-77", "127.0.0.1:4000", publish(Qos.AT_LEAST_ONCE, false, false, "test", 5, "hi"));
        tap(Direction.OUT, "lab-77", "127.0.0.1:4000", new PubAck(5));
        sensorReading();
        List<Traced> last = Traced.lastN(events, 1, TraceScope.STUDENT::starts);
        assertTrue(last.get(0) instanceof Journey j && j.publish().topic().equals("test"), labels(last.get(0)).toString());
        assertEquals(List.of("PUBLISH q1 m5 'test'", "PUBACK m5"), labels(last.get(0)));
    }
}

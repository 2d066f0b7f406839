package mqttlab.interop;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mqttlab.testsupport.Cmd;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Python paho-mqtt (1.6.1 in Debian, the lecture's client) against the lab broker. */
class PahoInteropTest {
    static final String SCRIPT = """
            import sys, time, threading
            import paho.mqtt.client as mqtt
            port = int(sys.argv[1])
            got = []
            temperatures = threading.Event()
            done = threading.Event()
            def on_message(client, userdata, msg):
                got.append("%s %s q%d r%d" % (msg.topic, msg.payload.decode(), msg.qos, int(msg.retain)))
                if len(got) == 3: temperatures.set()
                if len(got) == 4: done.set()
            sub = mqtt.Client("paho-sub", clean_session=True)
            sub.on_message = on_message
            sub.connect("127.0.0.1", port, 60)
            sub.loop_start()
            r, mid = sub.subscribe([("building/+/+/temperature", 2), ("building/+/ac/state", 1)])
            time.sleep(0.5)
            pub = mqtt.Client("paho-pub")
            pub.connect("127.0.0.1", port, 60)
            pub.loop_start()
            for q in (0, 1, 2):
                pub.publish("building/125/sensor1/temperature", "2%d.5" % q, qos=q).wait_for_publish()
            # paho hands a QoS 2 message to on_message only when PUBREL arrives, one round trip after
            # the PUBLISH; a QoS 1 message sent right after can overtake it in the callback although the
            # broker sent them in order. Wait for the three before the next topic.
            temperatures.wait(10)
            pub.publish("building/201/ac/state", "ON", qos=1, retain=True).wait_for_publish()
            done.wait(10)
            late = mqtt.Client("paho-late")
            late_got = []
            late.on_message = lambda c, u, m: late_got.append("%s %s r%d" % (m.topic, m.payload.decode(), int(m.retain)))
            late.connect("127.0.0.1", port, 60)
            late.loop_start()
            late.subscribe("building/201/ac/state", 1)
            time.sleep(0.8)
            for line in got: print(line)
            for line in late_got: print("late " + line)
            sys.stdout.flush()
            """;

    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    @Test
    @DisplayName("paho-mqtt publishes and subscribes at QoS 0/1/2, and a late subscriber gets the retained state")
    void pahoRoundTrip(@TempDir Path dir) throws Exception {
        Path python = Peers.python3WithPaho();
        Path script = dir.resolve("paho_test.py");
        Files.writeString(script, SCRIPT);
        Cmd.Result r = Cmd.run(30, python.toString(), script.toString(), String.valueOf(lab.port()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(
                "building/125/sensor1/temperature 20.5 q0 r0",
                "building/125/sensor1/temperature 21.5 q1 r0",
                "building/125/sensor1/temperature 22.5 q2 r0",
                "building/201/ac/state ON q1 r0",
                "late building/201/ac/state ON r1"), r.lines());
    }
}

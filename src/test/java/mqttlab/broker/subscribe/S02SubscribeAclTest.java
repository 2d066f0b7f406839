package mqttlab.broker.subscribe;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.testsupport.Cmd;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.RawClient;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filter the ACL denies reading is refused in the SUBACK: 0x80 Failure in 3.1.1 (3.9.3), 0x87 Not
 * authorized in 5.0 (3.9.3), the other filters of the same SUBSCRIBE still granted [MQTT-3.9.3-1]
 * (one code per filter, in order). Paho's interop suites use exactly "topic deny test/nosubscribe".
 */
class S02SubscribeAclTest {
    @RegisterExtension
    final TestBrokerExtension lab = TestBrokerExtension.startedByEachTest();
    @TempDir Path dir;

    void start(String acl) throws Exception {
        Path file = dir.resolve("acl");
        Files.writeString(file, acl);
        lab.restart("acl_file " + file + "\n");
    }

    static Subscribe subscribe(String... filters) {
        return new Subscribe(1, java.util.Arrays.stream(filters).map(f -> new Subscription(f, Qos.EXACTLY_ONCE, false, false, 0)).toList(),
                Properties.EMPTY);
    }

    @Test
    @DisplayName("topic deny test/nosubscribe: 3.1.1 SUBACK 0x80, 5.0 SUBACK 0x87; the allowed filter beside it is granted")
    void denied() throws Exception {
        start("topic deny test/nosubscribe\ntopic readwrite #\n");
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "v3", true)) {
            SubAck ack = (SubAck) c.sendAndReceive(subscribe("test/nosubscribe", "test/other"));
            assertEquals(List.of(0x80, 2), ack.reasonCodes());
        }
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V5, "v5", true)) {
            SubAck ack = (SubAck) c.sendAndReceive(subscribe("test/nosubscribe", "test/other"));
            assertEquals(List.of(0x87, 2), ack.reasonCodes());
            assertEquals(List.of("test/other"), lab.broker().subscriptions().stream().map(s -> s.filter()).toList(),
                    "only the granted filter is subscribed");
        }
    }

    @Test
    @DisplayName("A shared subscription is judged by its Topic Filter after $share/{ShareName}/ [MQTT-4.8.2-2]: granted where the filter is readable")
    void sharedSubscriptionJudgedByItsFilter() throws Exception {
        start("topic deny test/nosubscribe\ntopic readwrite #\n");
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V5, "v5", true)) {
            SubAck ack = (SubAck) c.sendAndReceive(subscribe("$share/g/client_test5/x", "$share/g/test/nosubscribe"));
            assertEquals(List.of(2, 0x87), ack.reasonCodes(), "readable filter granted, denied one refused, shared or not");
        }
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "v3", true)) {
            SubAck ack = (SubAck) c.sendAndReceive(subscribe("$share/g/client_test5/x"));
            assertEquals(List.of(2), ack.reasonCodes());
        }
    }

    @Test
    @DisplayName("A filter no read rule reaches is refused; one that can still deliver something is granted")
    void nothingReadable() throws Exception {
        start("topic read building/#\npattern readwrite students/%c/#\n");
        try (RawClient c = RawClient.connect(lab.broker().port(), MqttVersion.V3_1_1, "alice", true)) {
            SubAck ack = (SubAck) c.sendAndReceive(subscribe("students/bob/#", "students/alice/x", "#", "building/+/ac/state"));
            assertEquals(List.of(0x80, 2, 2, 2), ack.reasonCodes());
        }
    }

    @Test
    @DisplayName("mosquitto_sub shows the refusal: 'Subscribed (mid: 1): 128' (3.1.1) and 135 (5.0)")
    void mosquittoSub() throws Exception {
        Peers.require("mosquitto_sub");
        start("topic deny test/nosubscribe\ntopic readwrite #\n");
        for (String[] v : new String[][] {{"311", "128"}, {"5", "135"}}) {
            Cmd.Result r = Cmd.run(10, "mosquitto_sub", "-h", "127.0.0.1", "-p", String.valueOf(lab.broker().port()), "-V", v[0],
                    "-t", "test/nosubscribe", "-d", "-E");
            assertTrue(r.out().contains("Subscribed (mid: 1): " + v[1]), r.out() + r.err());
        }
    }
}

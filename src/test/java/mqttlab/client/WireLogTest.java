package mqttlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The wire sniffer splits frames across reads and prints libmosquitto's client debug lines. */
class WireLogTest {
    static byte[] hex(String h) { return HexFormat.of().parseHex(h.replace(" ", "")); }

    @Test
    @DisplayName("CONNECT/CONNACK/SUBSCRIBE/SUBACK/PUBLISH/PUBACK as mosquitto_sub -d prints them, frames split anywhere")
    void debugLines() {
        List<String> lines = new ArrayList<>();
        WireLog log = new WireLog(lines::add, true);
        WireSniffer up = new WireSniffer(true, log), down = new WireSniffer(false, log);
        byte[] connect = hex("10 0f 00 04 4d 51 54 54 04 02 00 3c 00 03 61 62 63"); // client id "abc"
        up.feed(connect, 5);
        up.feed(java.util.Arrays.copyOfRange(connect, 5, connect.length), connect.length - 5);
        down.feed(hex("20 02 00 00"), 4);
        byte[] subscribe = hex("82 08 00 01 00 03 63 2f 23 02");
        up.feed(subscribe, subscribe.length);
        byte[] both = hex("90 03 00 01 02 32 0a 00 03 63 2f 78 00 05 68 69 21");
        down.feed(both, both.length);
        up.feed(hex("40 02 00 05"), 4);
        assertEquals(List.of(
                "Client abc sending CONNECT",
                "Client abc received CONNACK (0)",
                "Client abc sending SUBSCRIBE (Mid: 1, Topic: c/#, QoS: 2, Options: 0x00)",
                "Client abc received SUBACK",
                "Subscribed (mid: 1): 2",
                "Client abc received PUBLISH (d0, q1, r0, m5, 'c/x', ... (3 bytes))",
                "Client abc sending PUBACK (m5, rc0)"), lines);
        assertEquals(5, log.claimIncoming("c/x").mid());
        assertEquals(0, log.claimIncoming("c/x").mid());
        // the same message again with DUP = 1 (first byte 0x3a): a redelivery [MQTT-3.3.1-1]
        byte[] again = hex("3a 0a 00 03 63 2f 78 00 05 68 69 21");
        down.feed(again, again.length);
        WireLog.Incoming redelivered = log.claimIncoming("c/x");
        assertEquals(5, redelivered.mid());
        assertTrue(redelivered.dup());
    }
}

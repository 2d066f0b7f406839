package mqttlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mqttlab.cli.Main;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** `mqttlab bench` against the lab broker: what it counts, not how fast (timing is the compare script's job). */
class BenchRunTest {
    @RegisterExtension
    static final TestBrokerExtension lab = new TestBrokerExtension();

    private static BenchSettings settings(Scenario scenario, int qos, MqttVersion v, long count, int publishers, int subscribers) {
        return new BenchSettings("127.0.0.1", lab.port(), scenario, qos, v, 64, 10, count, 0, publishers, subscribers,
                10, 16, 0, 60, "bench-test/" + scenario.label() + qos + v.level(), 60, 0);
    }

    @Test
    @DisplayName("fanin at QoS 1: every message delivered once, none lost, latencies measured")
    void faninQos1LosesNothing() {
        MessageResult r = MessageRun.run(settings(Scenario.FANIN, 1, MqttVersion.V3_1_1, 1000, 4, 1), Progress.off());
        assertEquals(4000, r.published());
        assertEquals(4000, r.delivered());
        assertEquals(0, r.lost());
        assertEquals(0, r.duplicates());
        assertEquals(0, r.reordered(), "per-publisher order [MQTT-4.6.0-2]");
        assertTrue(r.rate() > 0 && r.p50Micros() > 0 && r.p99Micros() >= r.p50Micros() && r.maxMicros() >= r.p99Micros());
        assertEquals(null, r.note(), "no note: the run did not end early");
    }

    @Test
    @DisplayName("fanout at QoS 2 over MQTT 5: each subscriber gets every message; the window follows the broker's Receive Maximum")
    void fanoutQos2() {
        MessageResult r = MessageRun.run(settings(Scenario.FANOUT, 2, MqttVersion.V5, 300, 1, 3), Progress.off());
        assertEquals(900, r.expected());
        assertEquals(900, r.delivered());
        assertEquals(0, r.lost());
        assertEquals(16, r.window()); // --window 16 is below mosquitto's default Receive Maximum of 20
    }

    @Test
    @DisplayName("large payloads mixed with small packets in one write batch (broker and generator) arrive intact")
    void largePayloads() {
        BenchSettings s = new BenchSettings("127.0.0.1", lab.port(), Scenario.FANOUT, 1, MqttVersion.V3_1_1, 10_000, 10, 200, 0,
                1, 2, 10, 16, 0, 60, "bench-test/large", 60, 0);
        MessageResult r = MessageRun.run(s, Progress.off());
        assertEquals(400, r.delivered());
        assertEquals(0, r.lost());
        assertEquals(null, r.note(), "no note: the run did not end early");
    }

    @Test
    @DisplayName("conns: every connection is accepted and still answers PINGREQ after the hold")
    void connsHeld() {
        BenchSettings s = new BenchSettings("127.0.0.1", lab.port(), Scenario.CONNS, 0, MqttVersion.V3_1_1, 64, 0.3, 0, 0,
                1, 1, 50, 64, 0, 60, "x", 60, 0);
        ConnsResult r = ConnsRun.run(s, null, Progress.off());
        assertEquals(50, r.connected());
        assertEquals(50, r.held());
        assertEquals(0, r.refused());
        assertEquals(-1, r.bytesPerConnection());
    }

    @Test
    @DisplayName("mqttlab bench fanin --embedded -q 1 --count N prints a result with lost 0")
    void commandLineEmbedded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("bench", "fanin", "--embedded", "-q", "1", "--count", "500", "--json");
        } finally {
            System.setOut(old);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, json);
        assertTrue(json.contains("\"published\":2000,") && json.contains("\"delivered\":2000,") && json.contains("\"lost\":0,"), json);
    }

    /** {@code mqttlab ARGS}: its standard output, after checking the exit code is 0. */
    private static String output(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            if (java.util.List.of(args).contains("ko")) mqttlab.text.Text.use(mqttlab.text.Lang.KO);
            code = Main.commandLine().execute(args);
        } finally {
            System.setOut(old);
            mqttlab.text.Text.use(mqttlab.text.Lang.EN);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        return text;
    }

    @Test
    @DisplayName("issue 11: with --lang ko the result lines are Korean; --json keeps its English words")
    void resultInKorean() {
        String fanin = output("bench", "fanin", "--embedded", "-q", "1", "--count", "50", "--lang", "ko");
        assertTrue(fanin.contains("발행자 4 -> 구독자 1") && fanin.contains("  발행        200") && fanin.contains("  전달        200 / 예상 200  (유실 0,")
                && fanin.contains("  지연        p50 "), fanin);
        assertEquals(java.util.List.of(), mqttlab.testsupport.EnglishRuns.in(fanin), fanin);
        String conns = output("bench", "conns", "--embedded", "--connections", "20", "--duration", "0.3", "--lang", "ko");
        assertTrue(conns.contains("conns  유휴 연결 20개") && conns.contains("  연결        20개,") && conns.contains("PINGREQ에 응답한 연결 20개")
                && conns.contains("  메모리      연결당 ") && conns.contains("GC 뒤의 힙"), conns);
        assertEquals(java.util.List.of(), mqttlab.testsupport.EnglishRuns.in(conns), conns);
        String json = output("bench", "conns", "--embedded", "--connections", "5", "--duration", "0.2", "--json", "--lang", "ko");
        assertTrue(json.contains("\"memory_what\":\"heap after GC, in-process broker"), "JSON is for programs: " + json);
    }

    @Test
    @DisplayName("an unreachable broker is one clear error, exit code 1")
    void unreachable() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("bench", "fanin", "-p", String.valueOf(port), "--count", "10");
        } finally {
            System.setErr(old);
        }
        String text = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals(1, code);
        assertTrue(text.startsWith("Error: cannot connect to 127.0.0.1:" + port) && !text.contains("\n"), text);
    }
}

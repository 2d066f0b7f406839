package mqttlab.broker.persist;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import mqttlab.protocol.packet.*;
import mqttlab.testsupport.RawClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker as its own process: kill -9 at random moments never leaves a corrupt file, and the
 * file always holds a consistent prefix of what was published; SIGTERM loses nothing acknowledged.
 */
class PS02KillTest {
    static final int TOPICS = 10;
    static final int ROUNDS = 5;

    @TempDir
    Path dir;

    Path conf(int autosave) throws IOException {
        Path conf = dir.resolve("broker.conf");
        Files.writeString(conf, "listener 0 127.0.0.1\nallow_anonymous true\nsys_interval 0\npersistence true\n"
                + "persistence_location " + dir.resolve("data") + "\nautosave_interval " + autosave + "\n");
        return conf;
    }

    Path file() { return dir.resolve("data/mosquitto.db"); }

    static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** Retained values by topic, for the topics under {@code prefix}. */
    static Map<String, Integer> retained(Snapshot s, String prefix) {
        Map<String, Integer> out = new HashMap<>();
        for (StoredMessage m : s.retained()) {
            if (m.topic().startsWith(prefix)) out.put(m.topic(), Integer.parseInt(new String(m.payload(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    @DisplayName("kill -9 at random moments: the file always loads and holds a consistent prefix of the retained publications")
    void killNineNeverCorrupts() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path conf = conf(1);
        Map<Integer, Map<String, Integer>> verified = new HashMap<>();
        int roundsWithData = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = "r" + round + "/";
            AtomicInteger sent = new AtomicInteger(-1);
            try (BrokerProcess broker = BrokerProcess.start(conf)) { // the start itself loads the last file
                Thread feeder = new Thread(() -> {
                    try (RawClient c = RawClient.connect(broker.port, MqttVersion.V3_1_1, "feeder", true)) {
                        for (int i = 0; ; i++) {
                            sent.set(i);
                            c.send(new Publish(Qos.AT_LEAST_ONCE, true, prefix + "k" + (i % TOPICS), 1 + i % 65535, b(String.valueOf(i))));
                            c.receive(PubAck.class);
                        }
                    } catch (IOException | RuntimeException e) {
                        // the broker was killed
                    }
                });
                feeder.start();
                Thread.sleep(1200 + random.nextInt(1400)); // the kill must land at a random moment of the load: the passing time is the point
                broker.kill();
                feeder.join(10_000);
            }
            String where = "round " + round + " (seed " + seed + ")";
            if (!Files.exists(file())) {
                assertEquals(0, round, "the file vanished in " + where);
                verified.put(round, Map.of());
                continue;
            }
            Snapshot s = assertDoesNotThrow(() -> SnapshotReader.read(file()), "the file must load after kill -9 in " + where);
            Map<String, Integer> now = retained(s, prefix);
            int last = now.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
            assertTrue(last <= sent.get(), "the file holds " + last + ", more than was sent (" + sent.get() + ") in " + where);
            for (int k = 0; k < TOPICS; k++) { // a prefix: every topic holds its last value up to `last`, none newer
                int expected = last - ((last - k) % TOPICS + TOPICS) % TOPICS;
                assertEquals(expected >= 0 && expected <= last ? expected : null, now.get(prefix + "k" + k),
                        "topic k" + k + " is not at the prefix ending with " + last + " in " + where);
            }
            for (var earlier : verified.entrySet()) {
                assertEquals(earlier.getValue(), retained(s, "r" + earlier.getKey() + "/"), "round " + earlier.getKey() + "'s state changed in " + where);
            }
            verified.put(round, now);
            if (last >= 0) roundsWithData++;
        }
        assertTrue(roundsWithData >= ROUNDS / 2, "too few rounds saved anything before the kill (" + roundsWithData + "), the test proves little");
    }

    @Test
    @DisplayName("SIGTERM: every acknowledged retained message and every queued message of a durable session is saved")
    void sigtermLosesNothing() throws Exception {
        Path conf = conf(3600);
        try (BrokerProcess broker = BrokerProcess.start(conf)) {
            try (RawClient sub = RawClient.connect(broker.port, MqttVersion.V3_1_1, "durable", false)) {
                sub.sendAndReceive(new Subscribe(1, List.of(new Subscription("t/#", Qos.AT_LEAST_ONCE))));
                sub.send(new Disconnect());
            }
            try (RawClient pub = RawClient.connect(broker.port, MqttVersion.V3_1_1, "pub", true)) {
                for (int i = 1; i <= 200; i++) {
                    pub.send(new Publish(Qos.AT_LEAST_ONCE, i % 4 != 0, "t/k" + (i % TOPICS), i, b(String.valueOf(i))));
                    pub.receive(PubAck.class);
                }
            }
            assertEquals(false, Files.exists(file()), "autosave_interval 3600: nothing saved before the signal");
            broker.terminate();
        }
        Snapshot s = SnapshotReader.read(file());
        Map<String, Integer> kept = retained(s, "t/");
        for (int k = 0; k < TOPICS; k++) {
            int last = 200 - ((200 - k) % TOPICS);
            while (last % 4 == 0) last -= TOPICS; // published without RETAIN
            assertEquals(last, kept.get("t/k" + k), "t/k" + k);
        }
        StoredSession durable = s.sessions().stream().filter(x -> x.clientId().equals("durable")).findFirst().orElseThrow();
        assertEquals(200, durable.queue().size() + durable.inflight().size(), "max_queued_messages is 1000: all 200 kept");
        assertEquals("1", new String(durable.queue().get(0).message().payload(), StandardCharsets.UTF_8));
        assertEquals(List.of("t/#"), durable.subscriptions().stream().map(e -> e.filter()).toList());
    }
}

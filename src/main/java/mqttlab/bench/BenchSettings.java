package mqttlab.bench;

import static mqttlab.text.Text.t;

import java.util.Objects;
import mqttlab.protocol.packet.MqttVersion;

/**
 * One `mqttlab bench` run, validated: where the broker is, the scenario and its shape, and the
 * bounds. {@code count} is messages per publisher (0 = run for {@code durationSeconds});
 * {@code window} is each publisher's in-flight limit (unacknowledged QoS 1/2 PUBLISHes, and for
 * every QoS the messages not yet seen by all subscribers). {@code rate} is messages per second from
 * all publishers together, 0 for as fast as the windows allow (to compare latency at the same load). {@code pid} is the broker's process id
 * for memory and CPU figures, 0 when unknown.
 */
public record BenchSettings(String host, int port, Scenario scenario, int qos, MqttVersion version, int size,
                            double durationSeconds, long count, double warmupSeconds, int publishers, int subscribers,
                            int connections, int window, double rate, int keepAlive, String topicPrefix, double timeoutSeconds,
                            long pid) {

    /** Timestamp (8 bytes), sequence number (8) and publisher index (4) travel in every payload. */
    public static final int MIN_SIZE = 20;
    public static final int MAX_SIZE = 1 << 20;
    public static final double MAX_DURATION = 600;
    public static final long MAX_COUNT = 100_000_000L;
    public static final int MAX_CLIENTS = 1_000;
    public static final int MAX_CONNECTIONS = 100_000;

    public BenchSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(topicPrefix, "topicPrefix");
        check(port >= 0 && port <= 65535, "bench.bad.port", port);
        check(qos >= 0 && qos <= 2, "bench.bad.qos", qos);
        check(size >= MIN_SIZE && size <= MAX_SIZE, "bench.bad.size", MIN_SIZE, MAX_SIZE, size);
        check(durationSeconds > 0 && durationSeconds <= MAX_DURATION, "bench.bad.duration", (int) MAX_DURATION);
        check(count >= 0 && count <= MAX_COUNT, "bench.bad.count", MAX_COUNT);
        check(warmupSeconds >= 0 && (count > 0 || warmupSeconds < durationSeconds), "bench.bad.warmup");
        check(publishers >= 1 && publishers <= MAX_CLIENTS, "bench.bad.range", "--publishers", 1, MAX_CLIENTS);
        check(subscribers >= 1 && subscribers <= MAX_CLIENTS, "bench.bad.range", "--subscribers", 1, MAX_CLIENTS);
        check(connections >= 1 && connections <= MAX_CONNECTIONS, "bench.bad.range", "--connections", 1, MAX_CONNECTIONS);
        check(window >= 1 && window <= 65535, "bench.bad.range", "--window", 1, 65535);
        check(rate >= 0 && rate <= 10_000_000, "bench.bad.rate");
        check(keepAlive >= 0 && keepAlive <= 65535, "bench.bad.keepalive");
        check(timeoutSeconds > 0 && timeoutSeconds <= 3600, "bench.bad.timeout");
        check(!topicPrefix.isEmpty() && !topicPrefix.contains("+") && !topicPrefix.contains("#"), "bench.bad.topic");
    }

    /** A setting out of range: the catalogue's sentence {@code key}. */
    private static void check(boolean ok, String key, Object... args) {
        if (!ok) throw new IllegalArgumentException(t(key, args));
    }

    public boolean byCount() { return count > 0; }

    /** The topic publisher {@code i} publishes to. */
    public String topic(int publisher) { return topicPrefix + "/" + publisher; }

    /** What each subscriber subscribes to: a wildcard for fan-in, the publisher's topic for fan-out. */
    public String filter() {
        if (scenario == Scenario.FANIN) return topicPrefix + "/#";
        return publishers == 1 ? topic(0) : topicPrefix + "/+";
    }

    public String target() { return host + ":" + port; }

    public BenchSettings withPort(int p) {
        return new BenchSettings(host, p, scenario, qos, version, size, durationSeconds, count, warmupSeconds, publishers,
                subscribers, connections, window, rate, keepAlive, topicPrefix, timeoutSeconds, pid);
    }
}

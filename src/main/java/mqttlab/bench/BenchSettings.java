package mqttlab.bench;

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
        check(port >= 0 && port <= 65535, "the port must be 0..65535, not " + port);
        check(qos >= 0 && qos <= 2, "QoS must be 0, 1 or 2, not " + qos);
        check(size >= MIN_SIZE && size <= MAX_SIZE, "--size must be " + MIN_SIZE + ".." + MAX_SIZE
                + " bytes (each payload carries a timestamp, a sequence number and the publisher), not " + size);
        check(durationSeconds > 0 && durationSeconds <= MAX_DURATION, "--duration must be more than 0 and at most " + (int) MAX_DURATION + " s");
        check(count >= 0 && count <= MAX_COUNT, "--count must be 1.." + MAX_COUNT + " messages per publisher");
        check(warmupSeconds >= 0 && (count > 0 || warmupSeconds < durationSeconds), "--warmup must be at least 0 and shorter than --duration");
        check(publishers >= 1 && publishers <= MAX_CLIENTS, "--publishers must be 1.." + MAX_CLIENTS);
        check(subscribers >= 1 && subscribers <= MAX_CLIENTS, "--subscribers must be 1.." + MAX_CLIENTS);
        check(connections >= 1 && connections <= MAX_CONNECTIONS, "--connections must be 1.." + MAX_CONNECTIONS);
        check(window >= 1 && window <= 65535, "--window must be 1..65535");
        check(rate >= 0 && rate <= 10_000_000, "--rate must be 0 (as fast as possible) .. 10,000,000 msg/s");
        check(keepAlive >= 0 && keepAlive <= 65535, "--keepalive must be 0..65535 s");
        check(timeoutSeconds > 0 && timeoutSeconds <= 3600, "--timeout must be more than 0 and at most 3600 s");
        check(!topicPrefix.isEmpty() && !topicPrefix.contains("+") && !topicPrefix.contains("#"),
                "--topic must be a topic name without wildcards");
    }

    private static void check(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
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

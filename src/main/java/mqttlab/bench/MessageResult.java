package mqttlab.bench;

import java.util.Locale;
import mqttlab.json.Json;

/**
 * The outcome of a fan-in or fan-out run. {@code expected} is published × subscribers;
 * {@code rate} counts distinct deliveries per second after the warm-up; latencies are in
 * microseconds, from the publisher's send to the subscriber's receipt. CPU figures are percent
 * of one core over the run, -1 when unknown. {@code note} says why a run ended early, or is empty.
 */
public record MessageResult(Scenario scenario, int qos, int publishers, int subscribers, int size, int window,
                            long published, long expected, long delivered, long lost, long duplicates, long reordered,
                            double seconds, double rate, double p50Micros, double p99Micros, double maxMicros,
                            double brokerCpu, double generatorCpu, String note) {

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s  QoS %d  %d publisher(s) -> %d subscriber(s)  %d-byte payloads  window %d%n",
                scenario.label(), qos, publishers, subscribers, size, window));
        b.append(String.format(Locale.ROOT, "  published   %,d%n", published));
        b.append(String.format(Locale.ROOT, "  delivered   %,d of %,d expected  (lost %,d, duplicated %,d, out of order %,d)%n",
                delivered, expected, lost, duplicates, reordered));
        b.append(String.format(Locale.ROOT, "  rate        %,.0f msg/s delivered over %.2f s%n", rate, seconds));
        b.append(String.format(Locale.ROOT, "  latency     p50 %s  p99 %s  max %s%n", micros(p50Micros), micros(p99Micros), micros(maxMicros)));
        if (brokerCpu >= 0 || generatorCpu >= 0) {
            b.append("  cpu        ");
            if (brokerCpu >= 0) b.append(String.format(Locale.ROOT, " broker %.0f %%", brokerCpu));
            if (generatorCpu >= 0) b.append(String.format(Locale.ROOT, " this process %.0f %%", generatorCpu));
            b.append(" (of one core)\n");
        }
        if (!note.isEmpty()) b.append("  note        ").append(note).append('\n');
        return b.toString();
    }

    static String micros(double us) {
        if (us >= 10_000) return String.format(Locale.ROOT, "%.1f ms", us / 1000);
        if (us >= 1000) return String.format(Locale.ROOT, "%.2f ms", us / 1000);
        return String.format(Locale.ROOT, "%.0f µs", us);
    }

    public String json() {
        return String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"qos\":%d,\"publishers\":%d,\"subscribers\":%d,\"size\":%d,"
                        + "\"window\":%d,\"published\":%d,\"expected\":%d,\"delivered\":%d,\"lost\":%d,\"duplicates\":%d,"
                        + "\"reordered\":%d,\"seconds\":%.3f,\"rate\":%.1f,\"p50_us\":%.1f,\"p99_us\":%.1f,\"max_us\":%.1f,"
                        + "\"broker_cpu\":%.1f,\"generator_cpu\":%.1f,\"note\":%s}",
                scenario.label(), qos, publishers, subscribers, size, window, published, expected, delivered, lost, duplicates,
                reordered, seconds, rate, p50Micros, p99Micros, maxMicros, brokerCpu, generatorCpu, Json.quote(note));
    }
}

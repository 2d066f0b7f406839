package mqttlab.bench;

import java.util.Locale;
import mqttlab.json.Json;
import mqttlab.text.Phrase;
import static mqttlab.bench.ConnsResult.f;
import static mqttlab.text.Text.t;

/**
 * The outcome of a fan-in or fan-out run. {@code expected} is published × subscribers;
 * {@code rate} counts distinct deliveries per second after the warm-up; latencies are in
 * microseconds, from the publisher's send to the subscriber's receipt. CPU figures are percent
 * of one core over the run, -1 when unknown. {@code note} says why a run ended early, or is null.
 * {@link #text} is for people, in the lab's language; {@link #json} for programs, its words in English.
 */
public record MessageResult(Scenario scenario, int qos, int publishers, int subscribers, int size, int window,
                            long published, long expected, long delivered, long lost, long duplicates, long reordered,
                            double seconds, double rate, double p50Micros, double p99Micros, double maxMicros,
                            double brokerCpu, double generatorCpu, Phrase note) {

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(t("bench.result.head", scenario.label(), qos, publishers, subscribers, size, window)).append('\n');
        b.append(t("bench.result.published", f("%,d", published))).append('\n');
        b.append(t("bench.result.delivered", f("%,d", delivered), f("%,d", expected), f("%,d", lost), f("%,d", duplicates), f("%,d", reordered))).append('\n');
        b.append(t("bench.result.rate", f("%,.0f", rate), f("%.2f", seconds))).append('\n');
        b.append(t("bench.result.latency", micros(p50Micros), micros(p99Micros), micros(maxMicros))).append('\n');
        if (brokerCpu >= 0 || generatorCpu >= 0) {
            String cpu = (brokerCpu >= 0 ? t("bench.result.cpu.broker", f("%.0f", brokerCpu)) : "")
                    + (generatorCpu >= 0 ? t("bench.result.cpu.own", f("%.0f", generatorCpu)) : "");
            b.append(t("bench.result.cpu", cpu)).append('\n');
        }
        if (note != null) b.append(t("bench.result.note", note)).append('\n');
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
                reordered, seconds, rate, p50Micros, p99Micros, maxMicros, brokerCpu, generatorCpu, Json.quote(note == null ? "" : note.english()));
    }
}

package mqttlab.bench;

import java.util.Locale;
import mqttlab.json.Json;

/**
 * The outcome of a `conns` run: how many connections were asked for, accepted (CONNACK),
 * still served at the end (PINGRESP), how fast they came, and the broker's memory per
 * connection ({@code bytesPerConnection} -1 when no probe was available).
 */
public record ConnsResult(int requested, int connected, int held, int refused, double connectSeconds,
                          double connectP50Micros, double connectP99Micros, double holdSeconds,
                          long memoryBefore, long memoryAfter, long bytesPerConnection, String memoryWhat, String note) {

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "conns  %,d idle connections%n", requested));
        b.append(String.format(Locale.ROOT, "  connected   %,d in %.2f s (%,.0f/s; CONNACK p50 %s, p99 %s), %,d failed%n", connected,
                connectSeconds, connectSeconds > 0 ? connected / connectSeconds : 0, MessageResult.micros(connectP50Micros),
                MessageResult.micros(connectP99Micros), refused));
        b.append(String.format(Locale.ROOT, "  held        %,d answered PINGREQ after %.1f s%n", held, holdSeconds));
        if (bytesPerConnection >= 0) {
            b.append(String.format(Locale.ROOT, "  memory      %,.1f KiB per connection (%s: %,.1f MiB before, %,.1f MiB after)%n",
                    bytesPerConnection / 1024.0, memoryWhat, memoryBefore / 1048576.0, memoryAfter / 1048576.0));
        } else {
            b.append("  memory      not measured (use --embedded, or --pid with the broker's process id)\n");
        }
        if (!note.isEmpty()) b.append("  note        ").append(note).append('\n');
        return b.toString();
    }

    public String json() {
        return String.format(Locale.ROOT, "{\"scenario\":\"conns\",\"requested\":%d,\"connected\":%d,\"held\":%d,\"failed\":%d,"
                        + "\"connect_seconds\":%.3f,\"connect_p50_us\":%.1f,\"connect_p99_us\":%.1f,\"hold_seconds\":%.1f,"
                        + "\"memory_before\":%d,\"memory_after\":%d,\"bytes_per_connection\":%d,\"memory_what\":%s,\"note\":%s}",
                requested, connected, held, refused, connectSeconds, connectP50Micros, connectP99Micros, holdSeconds,
                memoryBefore, memoryAfter, bytesPerConnection, Json.quote(memoryWhat), Json.quote(note));
    }
}

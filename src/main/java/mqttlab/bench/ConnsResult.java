package mqttlab.bench;

import java.util.Locale;
import mqttlab.json.Json;
import mqttlab.text.Phrase;
import static mqttlab.text.Text.t;

/**
 * The outcome of a `conns` run: how many connections were asked for, accepted (CONNACK),
 * still served at the end (PINGRESP), how fast they came, and the broker's memory per
 * connection ({@code bytesPerConnection} -1 when no probe was available). {@link #text} is for
 * people, in the lab's language; {@link #json} for programs, its words in English.
 */
public record ConnsResult(int requested, int connected, int held, int refused, double connectSeconds,
                          double connectP50Micros, double connectP99Micros, double holdSeconds,
                          long memoryBefore, long memoryAfter, long bytesPerConnection, Phrase memoryWhat, Phrase note) {

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(t("bench.conns.head", f("%,d", requested))).append('\n');
        b.append(t("bench.conns.connected", f("%,d", connected), f("%.2f", connectSeconds), f("%,.0f", connectSeconds > 0 ? connected / connectSeconds : 0),
                MessageResult.micros(connectP50Micros), MessageResult.micros(connectP99Micros), f("%,d", refused))).append('\n');
        b.append(t("bench.conns.held", f("%,d", held), f("%.1f", holdSeconds))).append('\n');
        if (bytesPerConnection >= 0) {
            b.append(t("bench.conns.memory", f("%,.1f", bytesPerConnection / 1024.0), memoryWhat, f("%,.1f", memoryBefore / 1048576.0),
                    f("%,.1f", memoryAfter / 1048576.0))).append('\n');
        } else {
            b.append(t("bench.conns.memory.none")).append('\n');
        }
        if (note != null) b.append(t("bench.result.note", note)).append('\n');
        return b.toString();
    }

    /** A number as printf writes it, digits grouped the same in both languages. */
    static String f(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }

    public String json() {
        return String.format(Locale.ROOT, "{\"scenario\":\"conns\",\"requested\":%d,\"connected\":%d,\"held\":%d,\"failed\":%d,"
                        + "\"connect_seconds\":%.3f,\"connect_p50_us\":%.1f,\"connect_p99_us\":%.1f,\"hold_seconds\":%.1f,"
                        + "\"memory_before\":%d,\"memory_after\":%d,\"bytes_per_connection\":%d,\"memory_what\":%s,\"note\":%s}",
                requested, connected, held, refused, connectSeconds, connectP50Micros, connectP99Micros, holdSeconds,
                memoryBefore, memoryAfter, bytesPerConnection, Json.quote(memoryWhat == null ? "" : memoryWhat.english()),
                Json.quote(note == null ? "" : note.english()));
    }
}

package mqttlab.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mqttlab.json.Json;

/** The values of mosquitto_sub's -F %-fields and @-time fields for one message. */
final class FormatFields {
    private static final DateTimeFormatter JSON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'xx");

    private FormatFields() { }

    /** The field's bytes, or null when the letter is not a field (printed as written). */
    static byte[] field(char f, Received m, ZonedDateTime time) {
        return switch (f) {
            case '%' -> bytes("%");
            case 't' -> bytes(m.topic());
            case 'p' -> m.payload();
            case 'x' -> bytes(MessageFormat.hex(m.payload(), false));
            case 'X' -> bytes(MessageFormat.hex(m.payload(), true));
            case 'l' -> bytes(Integer.toString(m.payload().length));
            case 'q' -> bytes(Integer.toString(m.qos()));
            case 'r' -> bytes(m.retain() ? "1" : "0");
            case 'm' -> bytes(Integer.toString(m.mid()));
            case 'I' -> bytes(MessageFormat.iso(time));
            case 'U' -> bytes(m.time().getEpochSecond() + "." + String.format("%09d", m.time().getNano()));
            case 'j' -> bytes(json(m, time, false));
            case 'J' -> bytes(json(m, time, true));
            case 'C' -> bytes(m.contentType() == null ? "" : m.contentType());
            case 'D' -> m.correlationData() == null ? new byte[0] : m.correlationData();
            case 'E' -> bytes(m.messageExpiry() == null ? "" : Long.toString(m.messageExpiry()));
            case 'F' -> bytes(m.payloadFormat() == null ? "" : Integer.toString(m.payloadFormat()));
            case 'R' -> bytes(m.responseTopic() == null ? "" : m.responseTopic());
            case 'P' -> bytes(userProperties(m));
            case 'A', 'S' -> new byte[0];
            default -> null;
        };
    }

    static String time(char f, Instant instant, ZonedDateTime t) {
        if (f == 'N') return String.format("%09d", instant.getNano());
        if (f == '@') return "@";
        String pattern = switch (f) {
            case 'Y' -> "yyyy"; case 'y' -> "yy"; case 'm' -> "MM"; case 'd' -> "dd"; case 'H' -> "HH";
            case 'M' -> "mm"; case 'S' -> "ss"; case 'z' -> "xx"; case 'Z' -> "zzz"; case 'b' -> "MMM";
            case 'a' -> "EEE"; case 'j' -> "DDD"; case 'F' -> "yyyy-MM-dd"; case 'T' -> "HH:mm:ss";
            default -> null;
        };
        if (f == 's') return Long.toString(instant.getEpochSecond());
        return pattern == null ? "@" + f : DateTimeFormatter.ofPattern(pattern, java.util.Locale.ROOT).format(t);
    }

    private static String userProperties(Received m) {
        StringBuilder sb = new StringBuilder();
        for (ClientSettings.UserProperty p : m.userProperties()) sb.append(sb.length() > 0 ? " " : "").append(p.name()).append(':').append(p.value());
        return sb.toString();
    }

    private static String json(Received m, ZonedDateTime time, boolean embed) {
        StringBuilder sb = new StringBuilder("{\"tst\":\"").append(JSON_TIME.format(time)).append("\",\"topic\":")
                .append(Json.quote(m.topic())).append(",\"qos\":").append(m.qos()).append(",\"retain\":").append(m.retain() ? 1 : 0)
                .append(",\"payloadlen\":").append(m.payload().length).append(",\"payload\":");
        if (m.payload().length == 0) return sb.append("null}").toString();
        String text = utf8OrNull(m.payload());
        if (embed) {
            if (text == null || !Json.isValid(text)) throw new IllegalArgumentException("Error: Message payload is not valid JSON on topic " + m.topic() + ".");
            return sb.append(text.strip()).append('}').toString();
        }
        return sb.append(Json.quote(text == null ? "" : text)).append('}').toString();
    }

    static String utf8OrNull(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}

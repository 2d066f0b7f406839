package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mqttlab.text.Columns;

/**
 * Renders explanations as an 80-column table (offset, bytes, field, then value and explanation) or
 * as JSON. Pure string building, shared by `mqttlab decode`, `mqttlab encode` and the shell.
 */
public final class ExplanationText {
    private ExplanationText() {}

    private static final int OFF = 5, BYTES = 13, FIELD = 20;

    public static String table(List<Explanation> all) { return table(all, 80); }

    public static String table(List<Explanation> all, int width) {
        StringBuilder sb = new StringBuilder();
        for (Explanation e : all) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(table(e, width));
        }
        return sb.toString();
    }

    public static String table(Explanation e, int width) {
        int rest = Math.max(20, width - OFF - BYTES - FIELD);
        String indent = " ".repeat(OFF + BYTES + FIELD);
        StringBuilder sb = new StringBuilder();
        String head = typeName(e) + (e.ok() ? "" : " " + t("codec.head.malformed")) + " · MQTT " + e.version().label() + " · "
                + (e.bytes().length == 1 ? t("codec.head.byte") : t("codec.head.bytes", e.bytes().length))
                + (e.offset() > 0 ? " " + t("codec.head.at", e.offset()) : "");
        sb.append(head).append('\n');
        // the summary is Wireshark's Info column, its words in the lab's language; a packet that did not decode has the verdict's name instead
        String summary = e.packet() == null && e.error() != null ? verdict(e.error()) : e.summaryShown();
        for (String l : Columns.wrap(summary, width)) sb.append(l).append('\n');
        sb.append(Columns.pad(t("codec.col.off"), OFF)).append(Columns.pad(t("codec.col.bytes"), BYTES))
                .append(Columns.pad(t("codec.col.field"), FIELD)).append(t("codec.col.value")).append('\n');
        int lastOffset = -1;
        for (Annotation a : e.annotations()) {
            List<String> hex = hexLines(e.bytes(), a.offset(), a.length(), a.offset() == lastOffset && a.length() <= 1);
            String expl = (a.explanation() + (a.spec().isEmpty() ? "" : " §" + a.spec().replace("MQTT-", ""))).strip();
            List<String> right = new ArrayList<>();
            if (Columns.of(a.value()) <= 16) {
                right.addAll(Columns.wrap(a.value().isEmpty() ? expl : a.value() + " · " + expl, rest));
            } else {
                right.addAll(Columns.wrap(a.value(), rest));
                right.addAll(Columns.wrap(expl, rest));
            }
            List<String> field = Columns.wrap(FieldName.shown(a.field()), FIELD - 1); // Wireshark's name in English and in --json
            int rows = Math.max(right.size(), Math.max(hex.size(), field.size()));
            for (int i = 0; i < rows; i++) {
                String off = i == 0 && a.offset() != lastOffset ? offset(a.offset()) : "";
                sb.append(Columns.pad(off, OFF)).append(Columns.pad(i < hex.size() ? hex.get(i) : "", BYTES))
                        .append(Columns.pad(i < field.size() ? field.get(i) : "", FIELD))
                        .append(i < right.size() ? right.get(i) : "").append('\n');
            }
            lastOffset = a.offset();
        }
        if (e.error() != null) for (String l : Columns.wrap(t("codec.error") + " " + errorLine(e), width)) sb.append(l).append('\n');
        return sb.toString().replace(" \n", "\n").replaceAll("(?m) +$", "");
    }

    /** The packet type's name from the first byte, even when the packet is malformed. */
    public static String typeName(Explanation e) {
        if (e.packet() != null) return e.packet().type().name();
        return e.bytes().length == 0 ? "EMPTY" : mqttlab.protocol.packet.PacketType.of((e.bytes()[0] & 0xFF) >>> 4).name();
    }

    /** The one-line error: {@code byte 5 (0x2b): the topic name contains the wildcard '+'... [MQTT-3.3.2-2]}. */
    public static String errorLine(Explanation e) {
        MalformedPacketException x = e.error();
        int at = x.offset();
        String b = at < e.bytes().length ? " (0x" + HexFormat.of().toHexDigits(e.bytes()[at]) + ")" : " " + t("codec.error.past");
        String where = e.offset() > 0 ? t("codec.error.where.input", e.offset() + at, at) : t("codec.error.where", at);
        return where + b + ": " + x.shown() + (x.rule() == null ? "" : " [" + x.rule() + "]") + " → " + verdict(x);
    }

    /** What the decoder found, as the standard names it ("Malformed Packet", "Protocol Error"), in the lab's language. */
    private static String verdict(MalformedPacketException x) {
        return mqttlab.protocol.packet.ReasonCode.phrase(x.reason().code(), null).shown();
    }

    /** The offset column, right-aligned in four: not String.format, whose first number loads the locale data (issue 14). */
    private static String offset(int n) {
        String s = Integer.toString(n);
        return " ".repeat(Math.max(0, 4 - s.length())) + s + " ";
    }

    private static List<String> hexLines(byte[] bytes, int offset, int length, boolean repeat) {
        List<String> out = new ArrayList<>();
        if (repeat || length == 0) return out;
        int shown = Math.min(length, 12);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < shown && offset + i < bytes.length; i++) {
            if (i > 0 && i % 4 == 0) { out.add(line.toString()); line.setLength(0); }
            if (line.length() > 0) line.append(' ');
            line.append(HexFormat.of().toHexDigits(bytes[offset + i]));
        }
        if (line.length() > 0) out.add(line.toString());
        if (length > shown) out.add("… +" + (length - shown));
        return out;
    }

    /**
     * All explanations as one JSON document: {@code {"packets":[...]}}. Written with Gson's streaming
     * writer, a library rather than the lab's {@code mqttlab.json}, so {@code protocol} still imports
     * nothing of the lab's above it.
     */
    public static String json(List<Explanation> all) {
        StringWriter out = new StringWriter();
        try (JsonWriter j = new JsonWriter(out)) {
            j.beginObject().name("packets").beginArray();
            for (Explanation e : all) {
                j.beginObject().name("offset").value(e.offset()).name("version").value(e.version().label())
                        .name("type").value(typeName(e)).name("ok").value(e.ok()).name("length").value(e.bytes().length)
                        .name("hex").value(HexFormat.of().formatHex(e.bytes())).name("summary").value(e.summary()).name("fields").beginArray();
                for (Annotation a : e.annotations()) {
                    j.beginObject().name("offset").value(a.offset()).name("length").value(a.length())
                            .name("bytes").value(HexFormat.of().formatHex(e.bytes(), a.offset(), Math.min(e.bytes().length, a.end())))
                            .name("field").value(a.field()).name("value").value(a.value()).name("explanation").value(a.explanation())
                            .name("spec").value(a.spec()).endObject();
                }
                j.endArray().name("error");
                if (e.error() == null) j.nullValue();
                else j.beginObject().name("offset").value(e.error().offset()).name("message").value(e.error().getMessage())
                        .name("rule").value(e.error().rule()).name("reason").value(e.error().reason().description()).endObject();
                j.endObject();
            }
            j.endArray().endObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a StringWriter does not fail
        }
        return out.toString();
    }
}

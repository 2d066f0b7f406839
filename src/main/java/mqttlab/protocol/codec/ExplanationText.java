package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;

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
        for (String l : DisplayWidth.wrap(e.summary(), width)) sb.append(l).append('\n');
        sb.append(DisplayWidth.pad(t("codec.col.off"), OFF)).append(DisplayWidth.pad(t("codec.col.bytes"), BYTES))
                .append(DisplayWidth.pad(t("codec.col.field"), FIELD)).append(t("codec.col.value")).append('\n');
        int lastOffset = -1;
        for (Annotation a : e.annotations()) {
            List<String> hex = hexLines(e.bytes(), a.offset(), a.length(), a.offset() == lastOffset && a.length() <= 1);
            String expl = (a.explanation() + (a.spec().isEmpty() ? "" : " §" + a.spec().replace("MQTT-", ""))).strip();
            List<String> right = new ArrayList<>();
            if (DisplayWidth.of(a.value()) <= 16) {
                right.addAll(DisplayWidth.wrap(a.value().isEmpty() ? expl : a.value() + " · " + expl, rest));
            } else {
                right.addAll(DisplayWidth.wrap(a.value(), rest));
                right.addAll(DisplayWidth.wrap(expl, rest));
            }
            List<String> field = DisplayWidth.wrap(a.field(), FIELD - 1);
            int rows = Math.max(right.size(), Math.max(hex.size(), field.size()));
            for (int i = 0; i < rows; i++) {
                String off = i == 0 && a.offset() != lastOffset ? String.format("%4d ", a.offset()) : "";
                sb.append(DisplayWidth.pad(off, OFF)).append(DisplayWidth.pad(i < hex.size() ? hex.get(i) : "", BYTES))
                        .append(DisplayWidth.pad(i < field.size() ? field.get(i) : "", FIELD))
                        .append(i < right.size() ? right.get(i) : "").append('\n');
            }
            lastOffset = a.offset();
        }
        if (e.error() != null) for (String l : DisplayWidth.wrap(t("codec.error") + " " + errorLine(e), width)) sb.append(l).append('\n');
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
        String b = at < e.bytes().length ? String.format(" (0x%02x)", e.bytes()[at] & 0xFF) : " " + t("codec.error.past");
        String where = e.offset() > 0 ? t("codec.error.where.input", e.offset() + at, at) : t("codec.error.where", at);
        return where + b + ": " + x.shown() + (x.rule() == null ? "" : " [" + x.rule() + "]") + " → " + x.reason().description();
    }

    private static List<String> hexLines(byte[] bytes, int offset, int length, boolean repeat) {
        List<String> out = new ArrayList<>();
        if (repeat || length == 0) return out;
        int shown = Math.min(length, 12);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < shown && offset + i < bytes.length; i++) {
            if (i > 0 && i % 4 == 0) { out.add(line.toString()); line.setLength(0); }
            if (line.length() > 0) line.append(' ');
            line.append(String.format("%02x", bytes[offset + i] & 0xFF));
        }
        if (line.length() > 0) out.add(line.toString());
        if (length > shown) out.add("… +" + (length - shown));
        return out;
    }

    /** All explanations as one JSON document: {@code {"packets":[...]}}. */
    public static String json(List<Explanation> all) {
        Json j = new Json();
        j.open('{').key("packets").open('[');
        for (Explanation e : all) {
            j.open('{').key("offset").num(e.offset()).key("version").str(e.version().label())
                    .key("type").str(typeName(e)).key("ok").raw(Boolean.toString(e.ok())).key("length").num(e.bytes().length)
                    .key("hex").str(java.util.HexFormat.of().formatHex(e.bytes())).key("summary").str(e.summary()).key("fields").open('[');
            for (Annotation a : e.annotations()) {
                j.open('{').key("offset").num(a.offset()).key("length").num(a.length())
                        .key("bytes").str(java.util.HexFormat.of().formatHex(e.bytes(), a.offset(), Math.min(e.bytes().length, a.end())))
                        .key("field").str(a.field()).key("value").str(a.value()).key("explanation").str(a.explanation()).key("spec").str(a.spec()).close('}');
            }
            j.close(']').key("error");
            if (e.error() == null) j.raw("null");
            else j.open('{').key("offset").num(e.error().offset()).key("message").str(e.error().getMessage())
                    .key("rule").str(e.error().rule()).key("reason").str(e.error().reason().description()).close('}');
            j.close('}');
        }
        return j.close(']').close('}').toString();
    }
}

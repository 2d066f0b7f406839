package mqttlab.tools;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.PropertyType;
import mqttlab.protocol.property.UserProperty;
import mqttlab.text.Text;

/** Turns {@link EncodeTool}'s options into a packet; every mistake is an IllegalArgumentException with one clear line. */
final class PacketBuilder {
    private PacketBuilder() {}

    static Packet build(EncodeTool o, MqttVersion v) {
        Properties props = properties(o.props);
        int rc = number(o.reason, "--reason");
        int id = o.id == null ? 1 : o.id;
        switch (o.type.toLowerCase(Locale.ROOT)) {
            case "connect": {
                Will will = o.willTopic == null ? null : new Will(o.willTopic, utf8(o.willPayload), Qos.of(o.willQos), o.willRetain);
                return new Connect(v, o.clientId, !o.noClean, o.keepAlive, will, o.username,
                        o.password == null ? null : utf8(o.password), props);
            }
            case "connack": return new ConnAck(o.sessionPresent, rc, props);
            case "publish": {
                if (o.topics.size() != 1) throw new IllegalArgumentException(Text.t("tools.publish.topic"));
                Qos q = Qos.of(o.qos);
                return new Publish(o.dup, q, o.retain, o.topics.get(0), q == Qos.AT_MOST_ONCE ? 0 : id, utf8(o.message), props);
            }
            case "puback": return new PubAck(id, rc, props);
            case "pubrec": return new PubRec(id, rc, props);
            case "pubrel": return new PubRel(id, rc, props);
            case "pubcomp": return new PubComp(id, rc, props);
            case "subscribe": {
                List<Subscription> subs = new ArrayList<>();
                for (String t : o.topics) subs.add(new Subscription(t, Qos.of(o.qos), o.noLocal, o.retainAsPublished, o.retainHandling));
                if (subs.isEmpty()) throw new IllegalArgumentException(Text.t("tools.subscribe.filter", "subscribe", "MQTT-3.8.3-3"));
                return new Subscribe(id, subs, props);
            }
            case "suback": return new SubAck(id, codes(o.codes, List.of(o.qos)), props);
            case "unsubscribe": {
                if (o.topics.isEmpty()) throw new IllegalArgumentException(Text.t("tools.subscribe.filter", "unsubscribe", "MQTT-3.10.3-2"));
                return new Unsubscribe(id, o.topics, props);
            }
            case "unsuback": return new UnsubAck(id, v.isV5() ? codes(o.codes, List.of(0)) : List.of(), props);
            case "pingreq": return new PingReq();
            case "pingresp": return new PingResp();
            case "disconnect": return new Disconnect(rc, props);
            case "auth":
                if (!v.isV5()) throw new IllegalArgumentException(Text.t("tools.auth.v5"));
                return new Auth(rc, props);
            default:
                throw new IllegalArgumentException(Text.t("tools.bad.type", o.type));
        }
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static int number(String s, String what) {
        try {
            int n = s.startsWith("0x") || s.startsWith("0X") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
            if (n < 0 || n > 255) throw new IllegalArgumentException(Text.t("tools.bad.byte", what, s));
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Text.t("tools.bad.code", what, s));
        }
    }

    private static List<Integer> codes(List<String> given, List<Integer> fallback) {
        if (given.isEmpty()) return fallback;
        List<Integer> out = new ArrayList<>();
        for (String c : given) out.add(number(c.trim(), "--codes"));
        return out;
    }

    static Properties properties(List<String> specs) {
        Properties p = Properties.EMPTY;
        for (String s : specs) {
            int eq = s.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException(Text.t("tools.prop.form", s));
            String name = s.substring(0, eq).trim().toUpperCase(Locale.ROOT).replace('-', '_');
            String value = s.substring(eq + 1);
            PropertyId id;
            try {
                id = PropertyId.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Text.t("tools.prop.unknown", s.substring(0, eq)));
            }
            p = p.plus(id, value(id, value));
        }
        return p;
    }

    private static Object value(PropertyId id, String v) {
        if (id.type() == PropertyType.UTF8_STRING) return v;
        if (id.type() == PropertyType.BINARY_DATA) return utf8(v);
        if (id.type() == PropertyType.UTF8_STRING_PAIR) {
            int c = v.indexOf(':');
            if (c < 0) throw new IllegalArgumentException(Text.t("tools.user.property", v));
            return new UserProperty(v.substring(0, c), v.substring(c + 1));
        }
        try {
            long n = Long.parseLong(v.trim());
            if (id.type() == PropertyType.FOUR_BYTE_INTEGER) return n;
            return (int) n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Text.t("tools.prop.number", id.description(), v));
        }
    }
}

package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.protocol.packet.Unsubscribe;
import mqttlab.protocol.property.Properties;
import mqttlab.text.Phrase;

/**
 * SUBSCRIBE (3.8) and UNSUBSCRIBE (3.10): packet identifier, v5 properties, then topic filters
 * (each with its options byte in SUBSCRIBE). Filter syntax is left to the topic package and the
 * server (a v5 server answers 0x8F per filter); this checks the bytes.
 */
final class SubscribeDecoder {
    private SubscribeDecoder() {}


    static Subscribe decode(Cursor c) {
        int id = Fields.packetId(c);
        Properties props = c.v5 ? PropertyCodec.read(c, c.type.value(), "Properties") : Properties.EMPTY;
        List<Subscription> subs = new ArrayList<>();
        while (c.left() > 0) {
            String filter = Fields.string(c, "Topic Filter", "MQTT-3.8.3");
            int at = c.pos;
            int o = c.u8("Subscription Options");
            int q = o & 3;
            boolean nl = (o & 0x04) != 0, rap = (o & 0x08) != 0;
            int rh = o >> 4 & 3;
            if (c.on) explainOptions(c, at, o);
            if (!c.v5 && (o & 0xFC) != 0) throw c.malformed(at, new Phrase("codec.bad.sub.reserved.v311"), "MQTT-3.8.3-4");
            if (c.v5 && (o & 0xC0) != 0) throw c.malformed(at, new Phrase("codec.bad.sub.reserved"), "MQTT-3.8.3-5");
            if (q == 3) { // 3.1.1 [MQTT-3.8.3-4] calls it malformed; 5.0 3.8.3.1 "It is a Protocol Error if the Maximum QoS field has the value 3"
                Phrase why = new Phrase("codec.bad.sub.qos3");
                throw c.v5 ? c.protocolError(at, why, "MQTT-3.8.3.1") : c.malformed(at, why, "MQTT-3.8.3-4");
            }
            if (rh == 3) throw c.protocolError(at, new Phrase("codec.bad.retain.handling"), "MQTT-3.8.3.1");
            if (nl && filter.startsWith("$share/")) throw c.protocolError(at, new Phrase("codec.bad.nolocal.shared"), "MQTT-3.8.3-4");
            subs.add(new Subscription(filter, Qos.of(q), nl, rap, rh));
        }
        if (subs.isEmpty()) throw c.protocolError(c.pos, new Phrase("codec.bad.sub.empty", "SUBSCRIBE"), c.rule("MQTT-3.8.3-3", "MQTT-3.8.3-2"));
        return new Subscribe(id, subs, props);
    }

    static Unsubscribe decodeUnsubscribe(Cursor c) {
        int id = Fields.packetId(c);
        Properties props = c.v5 ? PropertyCodec.read(c, c.type.value(), "Properties") : Properties.EMPTY;
        List<String> filters = new ArrayList<>();
        while (c.left() > 0) filters.add(Fields.string(c, "Topic Filter", "MQTT-3.10.3"));
        if (filters.isEmpty()) throw c.protocolError(c.pos, new Phrase("codec.bad.unsub.empty"), "MQTT-3.10.3-2");
        return new Unsubscribe(id, filters, props);
    }

    private static void explainOptions(Cursor c, int at, int o) {
        int q = o & 3;
        String qos = q + ": " + t("codec.qos." + q);
        if (!c.v5) {
            c.note(at, 1, "Requested QoS", FixedHeaderReader.bits(o, 8), t("codec.requested.qos", qos), "MQTT-3.8.3.1");
            return;
        }
        c.note(at, 1, "Subscription Options", FixedHeaderReader.bits(o, 8), t("codec.sub.options"), "MQTT-3.8.3.1");
        c.note(at, 1, "QoS", Integer.toString(q), t("codec.sub.qos", qos), "MQTT-3.8.3.1");
        c.note(at, 1, "No Local", Integer.toString(o >> 2 & 1), t((o & 4) != 0 ? "codec.nolocal.1" : "codec.nolocal.0"), "MQTT-3.8.3.1");
        c.note(at, 1, "Retain As Published", Integer.toString(o >> 3 & 1), t((o & 8) != 0 ? "codec.rap.1" : "codec.rap.0"), "MQTT-3.8.3.1");
        c.note(at, 1, "Retain Handling", Integer.toString(o >> 4 & 3), t("codec.retain.handling", t("codec.retain.handling." + (o >> 4 & 3))), "MQTT-3.8.3.1");
        c.note(at, 1, "Reserved", Integer.toString(o >> 6 & 3), t("codec.sub.reserved") + ((o & 0xC0) != 0 ? t("codec.violation") : ""), "MQTT-3.8.3-5");
    }
}

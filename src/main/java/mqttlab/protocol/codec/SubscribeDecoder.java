package mqttlab.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.protocol.packet.Unsubscribe;
import mqttlab.protocol.property.Properties;

/**
 * SUBSCRIBE (3.8) and UNSUBSCRIBE (3.10): packet identifier, v5 properties, then topic filters
 * (each with its options byte in SUBSCRIBE). Filter syntax is left to the topic package and the
 * server (a v5 server answers 0x8F per filter); this checks the bytes.
 */
final class SubscribeDecoder {
    private SubscribeDecoder() {}

    private static final String[] RETAIN_HANDLING = {
        "0: send retained messages at subscription time", "1: send retained messages only if the subscription is new",
        "2: do not send retained messages at subscription time", "3: reserved"};

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
            if (!c.v5 && (o & 0xFC) != 0) throw c.malformed(at, "bits 7-2 of the Requested QoS byte are reserved and must be 0", "MQTT-3.8.3-4");
            if (c.v5 && (o & 0xC0) != 0) throw c.malformed(at, "bits 7-6 of the Subscription Options are reserved and must be 0", "MQTT-3.8.3-5");
            if (q == 3) { // 3.1.1 [MQTT-3.8.3-4] calls it malformed; 5.0 3.8.3.1 "It is a Protocol Error if the Maximum QoS field has the value 3"
                String why = "requested QoS 3 does not exist; it must be 0, 1 or 2";
                throw c.v5 ? c.protocolError(at, why, "MQTT-3.8.3.1") : c.malformed(at, why, "MQTT-3.8.3-4");
            }
            if (rh == 3) throw c.protocolError(at, "Retain Handling 3 is reserved; it must be 0, 1 or 2", "MQTT-3.8.3.1");
            if (nl && filter.startsWith("$share/")) throw c.protocolError(at, "No Local must not be set on a shared subscription", "MQTT-3.8.3-4");
            subs.add(new Subscription(filter, Qos.of(q), nl, rap, rh));
        }
        if (subs.isEmpty()) throw c.protocolError(c.pos, "a SUBSCRIBE must contain at least one topic filter", c.rule("MQTT-3.8.3-3", "MQTT-3.8.3-2"));
        return new Subscribe(id, subs, props);
    }

    static Unsubscribe decodeUnsubscribe(Cursor c) {
        int id = Fields.packetId(c);
        Properties props = c.v5 ? PropertyCodec.read(c, c.type.value(), "Properties") : Properties.EMPTY;
        List<String> filters = new ArrayList<>();
        while (c.left() > 0) filters.add(Fields.string(c, "Topic Filter", "MQTT-3.10.3"));
        if (filters.isEmpty()) throw c.protocolError(c.pos, "an UNSUBSCRIBE must contain at least one topic filter", "MQTT-3.10.3-2");
        return new Unsubscribe(id, filters, props);
    }

    private static void explainOptions(Cursor c, int at, int o) {
        int q = o & 3;
        String qos = q == 3 ? "3: reserved" : q + ": " + Qos.of(q).description();
        if (!c.v5) {
            c.note(at, 1, "Requested QoS", FixedHeaderReader.bits(o, 8), "bits 1-0 QoS " + qos + "; bits 7-2 reserved, must be 0", "MQTT-3.8.3.1");
            return;
        }
        c.note(at, 1, "Subscription Options", FixedHeaderReader.bits(o, 8), "bits 7-6 reserved, 5-4 retain handling, 3 RAP, 2 NL, 1-0 QoS", "MQTT-3.8.3.1");
        c.note(at, 1, "QoS", Integer.toString(q), "bits 1-0: " + qos, "MQTT-3.8.3.1");
        c.note(at, 1, "No Local", Integer.toString(o >> 2 & 1), "bit 2: " + ((o & 4) != 0 ? "do not send my own publications back to me" : "also receive my own publications"), "MQTT-3.8.3.1");
        c.note(at, 1, "Retain As Published", Integer.toString(o >> 3 & 1), "bit 3: " + ((o & 8) != 0 ? "keep the RETAIN flag as published" : "RETAIN is 0 when forwarded"), "MQTT-3.8.3.1");
        c.note(at, 1, "Retain Handling", Integer.toString(o >> 4 & 3), "bits 5-4 " + RETAIN_HANDLING[o >> 4 & 3], "MQTT-3.8.3.1");
        c.note(at, 1, "Reserved", Integer.toString(o >> 6 & 3), "bits 7-6 must be 0" + ((o & 0xC0) != 0 ? ": VIOLATION" : ""), "MQTT-3.8.3-5");
    }
}

package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.packet.Will;
import mqttlab.protocol.property.Properties;
import mqttlab.text.Phrase;

/**
 * CONNECT (3.1). Its protocol level byte, not the caller, decides the version; an unknown name or
 * level raises a {@link MalformedPacketException} whose reason is Unsupported Protocol Version,
 * so a server can answer CONNACK 0x01 (3.1.1) or 0x84 (v5) before closing.
 */
final class ConnectDecoder {
    private ConnectDecoder() {}

    static Connect decode(Cursor c) {
        int nameAt = c.pos;
        String name = Fields.string(c, "Protocol Name", "MQTT-3.1.2.1");
        if (!name.equals("MQTT") && !name.equals("MQIsdp")) {
            throw new MalformedPacketException(nameAt - c.start, new Phrase("codec.bad.protocol.name", Fields.quote(name)),
                    "MQTT-3.1.2-1", ReasonCode.UNSUPPORTED_PROTOCOL_VERSION);
        }
        int levelAt = c.pos;
        int level = c.u8("Protocol Level");
        MqttVersion v = MqttVersion.ofLevel(level);
        if (c.on) c.note(levelAt, 1, "Protocol Level", Integer.toString(level),
                v == null ? t("codec.level.unknown") : t("codec.level", v.label()), "MQTT-3.1.2.2");
        if (v == null || !v.protocolName().equals(name)) {
            throw new MalformedPacketException(levelAt - c.start, v == null ? new Phrase("codec.bad.level", level) : new Phrase("codec.bad.level.name", level, Fields.quote(name)), "MQTT-3.1.2-2", ReasonCode.UNSUPPORTED_PROTOCOL_VERSION);
        }
        c.setVersion(v);
        int flagsAt = c.pos;
        int f = c.u8("Connect Flags");
        boolean user = (f & 0x80) != 0, pass = (f & 0x40) != 0, willRetain = (f & 0x20) != 0, willFlag = (f & 0x04) != 0, clean = (f & 0x02) != 0;
        int willQos = f >> 3 & 3;
        if (c.on) explainFlags(c, flagsAt, f);
        if ((f & 0x01) != 0) throw c.malformed(flagsAt, new Phrase("codec.bad.connect.reserved"), "MQTT-3.1.2-3");
        // Will QoS 3 and the reserved bit are Malformed Packet by name (5.0 3.1.2.6, [MQTT-3.1.2-3]); the
        // other flag rules name no code, so a flags byte that parses but breaks them is a Protocol Error.
        if (!willFlag && willQos != 0) throw c.protocolError(flagsAt, new Phrase("codec.bad.will.qos"), c.rule("MQTT-3.1.2-13", "MQTT-3.1.2-11"));
        if (!willFlag && willRetain) throw c.protocolError(flagsAt, new Phrase("codec.bad.will.retain"), c.rule("MQTT-3.1.2-15", "MQTT-3.1.2-13"));
        if (willQos == 3) throw c.malformed(flagsAt, new Phrase("codec.bad.will.qos3"), c.rule("MQTT-3.1.2-14", "MQTT-3.1.2-12"));
        if (!c.v5 && pass && !user) throw c.malformed(flagsAt, new Phrase("codec.bad.password"), "MQTT-3.1.2-22");
        int kaAt = c.pos;
        int keepAlive = c.u16("Keep Alive");
        if (c.on) c.note(kaAt, 2, "Keep Alive", t("codec.value.seconds", keepAlive), t(keepAlive == 0 ? "codec.keepalive.off" : "codec.keepalive", c.hex(kaAt, 2), keepAlive), "MQTT-3.1.2.10");
        Properties props = c.v5 ? PropertyCodec.read(c, c.type.value(), "Properties") : Properties.EMPTY;
        String clientId = Fields.string(c, "Client Identifier", "MQTT-3.1.3.1");
        Will will = null;
        if (willFlag) {
            Properties wp = c.v5 ? PropertyCodec.read(c, PropertyCodec.WILL_WHERE, "Will Properties") : Properties.EMPTY;
            String topic = Fields.string(c, "Will Topic", "MQTT-3.1.3.3");
            byte[] payload = Fields.binary(c, c.v5 ? "Will Payload" : "Will Message", "MQTT-3.1.3.4");
            will = new Will(topic, payload, Qos.of(willQos), willRetain, wp);
        }
        String username = user ? Fields.string(c, "User Name", "MQTT-3.1.3.5") : null;
        byte[] password = pass ? Fields.binary(c, "Password", "MQTT-3.1.3.6") : null;
        return new Connect(v, clientId, clean, keepAlive, will, username, password, props);
    }

    private static void explainFlags(Cursor c, int at, int f) {
        c.note(at, 1, "Connect Flags", FixedHeaderReader.bits(f, 8), t(c.v5 ? "codec.connect.flags.v5" : "codec.connect.flags"), "MQTT-3.1.2.3");
        c.note(at, 1, "User Name Flag", bit(f, 7), t((f & 0x80) != 0 ? "codec.user.1" : "codec.user.0"), "MQTT-3.1.2.8");
        c.note(at, 1, "Password Flag", bit(f, 6), t((f & 0x40) != 0 ? "codec.password.1" : "codec.password.0"), "MQTT-3.1.2.9");
        c.note(at, 1, "Will Retain", bit(f, 5), t((f & 0x20) != 0 ? "codec.will.retain.1" : "codec.will.retain.0"), "MQTT-3.1.2.7");
        c.note(at, 1, "Will QoS", Integer.toString(f >> 3 & 3), t("codec.will.qos", FixedHeaderReader.bits(f >> 3 & 3, 2)), "MQTT-3.1.2.6");
        c.note(at, 1, "Will Flag", bit(f, 2), t((f & 0x04) != 0 ? "codec.will.1" : "codec.will.0"), "MQTT-3.1.2.5");
        c.note(at, 1, c.v5 ? "Clean Start" : "Clean Session", bit(f, 1), t((f & 0x02) != 0 ? "codec.clean.1" : "codec.clean.0"), "MQTT-3.1.2.4");
        c.note(at, 1, "Reserved", bit(f, 0), t("codec.must.be.zero") + ((f & 0x01) != 0 ? t("codec.violation") : ""), "MQTT-3.1.2-3");
    }

    private static String bit(int f, int n) { return Integer.toString(f >> n & 1); }
}

package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.ConnectReturnCode;
import mqttlab.protocol.property.Properties;
import mqttlab.text.Phrase;

/** CONNACK (section 3.2): acknowledge flags, the return code (3.1.1) or reason code (v5), v5 properties. */
final class ConnAckDecoder {
    private ConnAckDecoder() {}

    static ConnAck decode(Cursor c) {
        int at = c.pos;
        int flags = c.u8("Acknowledge Flags");
        boolean sp = (flags & 0x01) != 0;
        if (c.on) {
            c.note(at, 1, "Acknowledge Flags", FixedHeaderReader.bits(flags, 8), t("codec.connack.flags"), "MQTT-3.2.2.1");
            c.note(at, 1, "Session Present", sp ? "1" : "0", t(sp ? "codec.session.present.1" : "codec.session.present.0"), "MQTT-3.2.2.2");
        }
        if ((flags & 0xFE) != 0) throw c.malformed(at, new Phrase("codec.bad.connack.flags"), c.rule("MQTT-3.2.2.1", "MQTT-3.2.2.1"));
        int rcAt = c.pos;
        int rc;
        if (c.v5) {
            rc = ReasonCodes.read(c, "Reason Code");
        } else {
            rc = c.u8("Return Code");
            ConnectReturnCode r = ConnectReturnCode.of(rc);
            if (c.on) c.note(rcAt, 1, "Return Code", Integer.toString(rc), r == null ? t("codec.reserved.value") : t("codec.return.code." + rc), "MQTT-3.2.2.3");
            if (r == null) throw c.malformed(rcAt, new Phrase("codec.bad.connack.rc", rc), "MQTT-3.2.2.3");
        }
        if (sp && rc != 0) throw c.protocolError(at, new Phrase("codec.bad.session.present"), c.rule("MQTT-3.2.2-4", "MQTT-3.2.2-6"));
        Properties props = c.v5 ? PropertyCodec.read(c, c.type.value(), "Properties") : Properties.EMPTY;
        return new ConnAck(sp, rc, props);
    }
}

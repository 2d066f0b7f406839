package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.UnsubAck;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.property.Properties;
import mqttlab.text.Phrase;

/** SUBACK (3.9) and UNSUBACK (3.11): packet identifier, v5 properties, one code per filter (none in a 3.1.1 UNSUBACK). */
final class SubAckDecoder {
    private SubAckDecoder() {}

    static Packet decode(Cursor c) {
        boolean sub = c.type == PacketType.SUBACK;
        int id = Fields.packetId(c);
        Properties props = c.v5 ? PropertyCodec.read(c, c.type.value(), "Properties") : Properties.EMPTY;
        List<Integer> codes = new ArrayList<>();
        if (!sub && !c.v5) return new UnsubAck(id, codes, props);
        while (c.left() > 0) {
            if (c.v5) {
                codes.add(ReasonCodes.read(c, sub ? "Reason Code" : "Reason Code"));
                continue;
            }
            int at = c.pos;
            int rc = c.u8("Return Code");
            if (c.on) c.note(at, 1, "Granted QoS", rc == 0x80 ? "0x80" : Integer.toString(rc),
                    rc == 0x80 ? t("codec.granted.failure") : rc <= 2 ? t("codec.granted", rc) : t("codec.granted.bad"), "MQTT-3.9.3");
            if (rc > 2 && rc != 0x80) throw c.malformed(at, new Phrase("codec.bad.suback.rc", rc), "MQTT-3.9.3-2");
            codes.add(rc);
        }
        if (codes.isEmpty()) {
            throw c.malformed(c.pos, new Phrase(c.v5 ? "codec.bad.ack.empty.v5" : "codec.bad.ack.empty", c.type.name()),
                    sub ? "MQTT-3.9.3" : "MQTT-3.11.3");
        }
        return sub ? new SubAck(id, codes, props) : new UnsubAck(id, codes, props);
    }
}

package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.property.Properties;

/**
 * PUBACK, PUBREC, PUBREL, PUBCOMP (sections 3.4–3.7): a packet identifier; in v5 a reason code and
 * properties, both of which may be left out (remaining length 2 means Success, under 4 no properties).
 */
final class AckDecoder {
    private AckDecoder() {}

    static Packet decode(Cursor c) {
        int id = Fields.packetId(c);
        int rc = 0;
        Properties props = Properties.EMPTY;
        if (c.v5 && c.left() > 0) {
            rc = ReasonCodes.read(c, "Reason Code");
            if (c.left() > 0) props = PropertyCodec.read(c, c.type.value(), "Properties");
        } else if (c.v5 && c.on) {
            c.note(c.pos, 0, "Reason Code", "0x00", t("codec.ack.short"), "MQTT-3.4.2.1");
        }
        return switch (c.type) {
            case PUBACK -> new PubAck(id, rc, props);
            case PUBREC -> new PubRec(id, rc, props);
            case PUBREL -> new PubRel(id, rc, props);
            default -> new PubComp(id, rc, props);
        };
    }
}

package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import mqttlab.protocol.packet.Auth;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.property.Properties;
import mqttlab.text.Phrase;

/**
 * DISCONNECT (3.14) and AUTH (3.15): in v5 a reason code when the remaining length is above 0 and
 * properties when it is 2 or more; a 3.1.1 DISCONNECT is empty.
 */
final class DisconnectDecoder {
    private DisconnectDecoder() {}

    static Packet decode(Cursor c) {
        int rc = 0;
        Properties props = Properties.EMPTY;
        if (c.v5 && c.left() > 0) {
            rc = ReasonCodes.read(c, "Reason Code");
            if (c.left() > 0) props = PropertyCodec.read(c, c.type.value(), "Properties");
        } else if (c.on) {
            c.note(c.pos, 0, "Reason Code", "0x00", c.v5 ? t("codec.disconnect.short", mqttlab.protocol.packet.ReasonCode.phrase(0, c.type)) : t("codec.disconnect.v311"), "MQTT-3.14.2");
        }
        if (!c.v5 && c.left() > 0) {
            throw c.malformed(c.pos, new Phrase("codec.bad.disconnect", c.left()), "MQTT-3.14");
        }
        return c.type == PacketType.AUTH ? new Auth(rc, props) : new Disconnect(rc, props);
    }
}

package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.text.Phrase;

/** PUBLISH (section 3.3): topic name, packet identifier when QoS > 0, v5 properties, payload. */
final class PublishDecoder {
    private PublishDecoder() {}

    static Publish decode(Cursor c, int flags) {
        boolean dup = (flags & 0x08) != 0;
        int q = flags >> 1 & 3;
        boolean retain = (flags & 0x01) != 0;
        if (q == 3) throw c.malformed(c.start, new Phrase("codec.bad.qos3"), "MQTT-3.3.1-4");
        if (dup && q == 0) throw c.protocolError(c.start, new Phrase("codec.bad.dup"), "MQTT-3.3.1-2");
        int topicAt = c.pos;
        String topic = Fields.string(c, "Topic Name", "MQTT-3.3.2.1");
        for (int i = topicAt + 2; i < c.pos; i++) {
            byte b = c.buf.get(i);
            if (b == '+' || b == '#') {
                throw new MalformedPacketException(i - c.start, new Phrase("codec.bad.wildcard", String.valueOf((char) b)),
                        "MQTT-3.3.2-2", ReasonCode.PROTOCOL_ERROR);
            }
        }
        int id = q > 0 ? Fields.packetId(c) : 0;
        Properties props = c.v5 ? PropertyCodec.read(c, c.type.value(), "Properties") : Properties.EMPTY;
        if (topic.isEmpty()) {
            if (!c.v5) throw c.malformed(topicAt, new Phrase("codec.bad.topic.empty"), "MQTT-4.7.3-1");
            if (props.get(PropertyId.TOPIC_ALIAS).isEmpty()) {
                throw c.protocolError(topicAt, new Phrase("codec.bad.topic.alias"), "MQTT-3.3.2-1");
            }
        }
        int at = c.pos;
        int len = c.end - c.pos;
        c.need(len, "Payload");
        byte[] payload = DataTypes.bytes(c.buf, at, len);
        c.pos += len;
        if (c.on) c.note(at, len, "Payload", Fields.preview(c.buf, at, len), t("codec.payload", len), "MQTT-3.3.3");
        return new Publish(dup, Qos.of(q), retain, topic, id, payload, props);
    }
}

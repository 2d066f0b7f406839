package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;

/** PUBLISH (section 3.3): topic name, packet identifier when QoS > 0, v5 properties, payload. */
final class PublishDecoder {
    private PublishDecoder() {}

    static Publish decode(Cursor c, int flags) {
        boolean dup = (flags & 0x08) != 0;
        int q = flags >> 1 & 3;
        boolean retain = (flags & 0x01) != 0;
        if (q == 3) throw c.malformed(c.start, "QoS 3 is reserved: both QoS bits (2-1) of a PUBLISH must not be set", "MQTT-3.3.1-4");
        if (dup && q == 0) throw c.protocolError(c.start, "DUP must be 0 in a QoS 0 PUBLISH", "MQTT-3.3.1-2");
        int topicAt = c.pos;
        String topic = Fields.string(c, "Topic Name", "MQTT-3.3.2.1");
        for (int i = topicAt + 2; i < c.pos; i++) {
            byte b = c.buf.get(i);
            if (b == '+' || b == '#') {
                throw new MalformedPacketException(i - c.start, "the topic name contains the wildcard '" + (char) b
                        + "'; a PUBLISH topic must not contain wildcards", "MQTT-3.3.2-2", ReasonCode.PROTOCOL_ERROR);
            }
        }
        int id = q > 0 ? Fields.packetId(c) : 0;
        Properties props = c.v5 ? PropertyCodec.read(c, c.type.value(), "Properties") : Properties.EMPTY;
        if (topic.isEmpty()) {
            if (!c.v5) throw c.malformed(topicAt, "the topic name is empty; a topic name is at least one character", "MQTT-4.7.3-1");
            if (props.get(PropertyId.TOPIC_ALIAS).isEmpty()) {
                throw c.protocolError(topicAt, "the topic name is empty and there is no Topic Alias to stand for it", "MQTT-3.3.2-1");
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

package mqttlab.protocol.codec;

import static mqttlab.text.Text.t;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.Property;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.UserProperty;
import mqttlab.text.Phrase;

/** Reading and writing a v5 property block: a variable byte integer length, then id/value pairs (MQTT 5.0 2.2.2). */
public final class PropertyCodec {
    private PropertyCodec() {}

    /** The {@code where} of a CONNECT's will properties. */
    static final int WILL_WHERE = PropertyRules.WILL;

    static Properties read(Cursor c, int where, String group) {
        int at = c.pos;
        int len = c.vbi(group);
        if (c.on) c.note(at, c.pos - at, group + " Length", Integer.toString(len),
                t(len == 0 ? "codec.properties.none" : "codec.properties", c.hex(at, c.pos - at), len), "MQTT-2.2.2.1");
        if (len == 0) return Properties.EMPTY;
        c.need(len, group);
        int stop = c.pos + len;
        int outerEnd = c.end;
        c.end = stop;
        List<Property> out = new ArrayList<>();
        long seen = 0;
        while (c.pos < stop) {
            int idAt = c.pos;
            int idByte = c.vbi("Property Identifier");
            PropertyId id = PropertyId.of(idByte);
            if (id == null) throw c.malformed(idAt, new Phrase("codec.bad.property", Integer.toHexString(idByte)), "MQTT-2.2.2.2");
            if (c.on) c.note(idAt, c.pos - idAt, "Property Identifier", String.format("0x%02x", idByte), FieldName.shown(id.description()), "MQTT-2.2.2.2");
            // Malformed Packet, not Protocol Error: 5.0 section 2.2.2.2 says so by name ("A Control Packet which
            // contains an Identifier which is not valid for its packet type ... is a Malformed Packet").
            if (!PropertyRules.allowed(id, where)) {
                Phrase in = where == PropertyRules.WILL ? new Phrase("codec.property.in.will") : new Phrase("codec.property.in.packet", c.type.name());
                throw c.malformed(idAt, new Phrase("codec.bad.property.where", FieldName.of(id.description()), Integer.toHexString(idByte), in), "MQTT-2.2.2.2");
            }
            long bit = 1L << idByte;
            if ((seen & bit) != 0 && !PropertyRules.repeatable(id, where)) {
                throw c.protocolError(idAt, new Phrase("codec.bad.property.twice", FieldName.of(id.description())), "MQTT-2.2.2.2");
            }
            seen |= bit;
            out.add(new Property(id, value(c, id)));
        }
        c.end = outerEnd;
        return new Properties(out);
    }

    private static Object value(Cursor c, PropertyId id) {
        String name = id.description();
        int at = c.pos;
        switch (id.type()) {
            case UTF8_STRING:
                return Fields.string(c, name, "MQTT-2.2.2.2");
            case BINARY_DATA:
                return Fields.binary(c, name, "MQTT-2.2.2.2");
            case UTF8_STRING_PAIR:
                return new UserProperty(Fields.string(c, "User Property Name", "MQTT-2.2.2.2"),
                        Fields.string(c, "User Property Value", "MQTT-2.2.2.2"));
            default:
                break;
        }
        long v = switch (id.type()) {
            case BYTE -> c.u8(name);
            case TWO_BYTE_INTEGER -> c.u16(name);
            case FOUR_BYTE_INTEGER -> c.u32(name);
            default -> c.vbi(name);
        };
        if (c.on) c.note(at, c.pos - at, name, Long.toString(v), c.hex(at, c.pos - at) + " = " + v + unit(id), "MQTT-2.2.2.2");
        Phrase bad = PropertyRules.checkValue(id, v);
        if (bad != null && id == PropertyId.TOPIC_ALIAS) { // 5.0 3.3.2.3.4 names the code: Topic Alias invalid
            throw new MalformedPacketException(at - c.start, bad, "MQTT-3.3.2-8", mqttlab.protocol.packet.ReasonCode.TOPIC_ALIAS_INVALID);
        }
        if (bad != null) throw c.protocolError(at, bad, "MQTT-2.2.2.2");
        return id.type() == mqttlab.protocol.property.PropertyType.FOUR_BYTE_INTEGER ? (Object) v : (Object) (int) v;
    }

    private static String unit(PropertyId id) {
        return switch (id) {
            case MESSAGE_EXPIRY_INTERVAL, SESSION_EXPIRY_INTERVAL, WILL_DELAY_INTERVAL, SERVER_KEEP_ALIVE -> t("codec.unit.seconds");
            case MAXIMUM_PACKET_SIZE -> t("codec.unit.bytes");
            case PAYLOAD_FORMAT_INDICATOR -> t("codec.unit.format");
            default -> "";
        };
    }

    /** Bytes of the property block without its length prefix. */
    public static int contentSize(Properties props) {
        int n = 0;
        for (Property p : props.list()) {
            n += DataTypes.vbiSize(p.id().id());
            n += switch (p.id().type()) {
                case BYTE -> 1;
                case TWO_BYTE_INTEGER -> 2;
                case FOUR_BYTE_INTEGER -> 4;
                case VARIABLE_BYTE_INTEGER -> DataTypes.vbiSize((int) p.longValue());
                case UTF8_STRING -> DataTypes.stringSize((String) p.value());
                case BINARY_DATA -> DataTypes.binarySize((byte[]) p.value());
                case UTF8_STRING_PAIR -> DataTypes.stringSize(((UserProperty) p.value()).name()) + DataTypes.stringSize(((UserProperty) p.value()).value());
            };
        }
        return n;
    }

    /** Length prefix plus content. */
    public static int size(Properties props) {
        int n = contentSize(props);
        return DataTypes.vbiSize(n) + n;
    }

    public static void write(ByteBuffer out, Properties props) {
        DataTypes.writeVbi(out, contentSize(props));
        for (Property p : props.list()) {
            DataTypes.writeVbi(out, p.id().id());
            switch (p.id().type()) {
                case BYTE -> out.put((byte) p.longValue());
                case TWO_BYTE_INTEGER -> DataTypes.writeTwoByte(out, (int) p.longValue());
                case FOUR_BYTE_INTEGER -> out.putInt((int) p.longValue());
                case VARIABLE_BYTE_INTEGER -> DataTypes.writeVbi(out, (int) p.longValue());
                case UTF8_STRING -> DataTypes.writeString(out, (String) p.value());
                case BINARY_DATA -> DataTypes.writeBinary(out, (byte[]) p.value());
                case UTF8_STRING_PAIR -> {
                    UserProperty u = (UserProperty) p.value();
                    DataTypes.writeString(out, u.name());
                    DataTypes.writeString(out, u.value());
                }
            }
        }
    }
}

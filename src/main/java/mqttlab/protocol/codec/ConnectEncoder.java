package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Will;

/** The CONNECT body (3.1.2–3.1.3) in the packet's own version. */
final class ConnectEncoder {
    private ConnectEncoder() {}

    static int size(Connect c) {
        boolean v5 = c.version().isV5();
        int n = DataTypes.stringSize(c.version().protocolName()) + 1 + 1 + 2;
        if (v5) n += PropertyCodec.size(c.properties());
        n += DataTypes.stringSize(c.clientId());
        Will w = c.will();
        if (w != null) {
            if (v5) n += PropertyCodec.size(w.properties());
            n += DataTypes.stringSize(w.topic()) + DataTypes.binarySize(w.payload());
        }
        if (c.username() != null) n += DataTypes.stringSize(c.username());
        if (c.password() != null) n += DataTypes.binarySize(c.password());
        return n;
    }

    static int flags(Connect c) {
        Will w = c.will();
        int f = c.cleanStart() ? 0x02 : 0;
        if (w != null) f |= 0x04 | w.qos().value() << 3 | (w.retain() ? 0x20 : 0);
        if (c.password() != null) f |= 0x40;
        if (c.username() != null) f |= 0x80;
        return f;
    }

    static void write(Connect c, ByteBuffer out) {
        boolean v5 = c.version().isV5();
        DataTypes.writeString(out, c.version().protocolName());
        out.put((byte) c.version().level());
        out.put((byte) flags(c));
        DataTypes.writeTwoByte(out, c.keepAlive());
        if (v5) PropertyCodec.write(out, c.properties());
        DataTypes.writeString(out, c.clientId());
        Will w = c.will();
        if (w != null) {
            if (v5) PropertyCodec.write(out, w.properties());
            DataTypes.writeString(out, w.topic());
            DataTypes.writeBinary(out, w.payload());
        }
        if (c.username() != null) DataTypes.writeString(out, c.username());
        if (c.password() != null) DataTypes.writeBinary(out, c.password());
    }
}

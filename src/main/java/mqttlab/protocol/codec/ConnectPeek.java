package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import mqttlab.protocol.packet.MqttVersion;

/**
 * What a CONNECT frame asks for, read from its first bytes only: the protocol name and level.
 * A server needs this when the rest of the CONNECT cannot be decoded, to answer in the client's
 * version (a v5 CONNACK with the reason code, or none at all for 3.1.1 [MQTT-3.1.4-1]).
 */
public final class ConnectPeek {
    private ConnectPeek() {}

    /** The version of a CONNECT whose protocol name and level agree, else null. Never throws. */
    public static MqttVersion version(ByteBuffer frame) {
        int p = frame.position();
        int limit = frame.limit();
        if (limit - p < 2 || (frame.get(p) & 0xF0) != 0x10) return null;
        int i = p + 1;
        for (int n = 0; n < 4 && i < limit && (frame.get(i) & 0x80) != 0; n++) i++; // remaining length
        i++;
        if (i + 2 > limit) return null;
        int nameLength = DataTypes.twoByte(frame, i);
        i += 2;
        if (nameLength > 6 || i + nameLength + 1 > limit) return null;
        byte[] name = new byte[nameLength];
        for (int k = 0; k < nameLength; k++) name[k] = frame.get(i + k);
        MqttVersion v = MqttVersion.ofLevel(frame.get(i + nameLength) & 0xFF);
        if (v == null || !v.protocolName().equals(new String(name, java.nio.charset.StandardCharsets.US_ASCII))) return null;
        return v;
    }
}

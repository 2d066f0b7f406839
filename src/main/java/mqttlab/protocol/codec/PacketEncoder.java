package mqttlab.protocol.codec;

import java.nio.ByteBuffer;
import mqttlab.protocol.packet.Auth;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.Publish;

/**
 * Encodes a {@link Packet} for a protocol version. 3.1.1 leaves out every v5 field (reason codes,
 * properties); v5 uses the short forms the standard allows (PUBACK etc. without reason code when
 * it is Success and there are no properties; DISCONNECT/AUTH empty likewise). A CONNECT is always
 * encoded in its own {@link Connect#version()}.
 *
 * @throws IllegalArgumentException for what cannot be encoded: AUTH in 3.1.1, strings with U+0000 or
 *         over 65,535 bytes, a packet over 268,435,455 bytes
 */
public final class PacketEncoder {
    private PacketEncoder() {}

    public static byte[] encode(Packet p, MqttVersion v) {
        int rl = remainingLength(p, v);
        byte[] out = new byte[1 + DataTypes.vbiSize(rl) + rl];
        write(p, v, rl, ByteBuffer.wrap(out));
        return out;
    }

    /** Writes the packet at {@code out}'s position (which advances); out must have {@link #encodedLength} bytes free. */
    public static void encode(Packet p, MqttVersion v, ByteBuffer out) {
        write(p, v, remainingLength(p, v), out);
    }

    /** The whole packet's length in bytes: fixed header plus remaining length. */
    public static int encodedLength(Packet p, MqttVersion v) {
        int rl = remainingLength(p, v);
        return 1 + DataTypes.vbiSize(rl) + rl;
    }

    public static int remainingLength(Packet p, MqttVersion v) {
        boolean v5 = effective(p, v).isV5();
        if (p instanceof Auth && !v5) throw new IllegalArgumentException(mqttlab.text.Text.t("packet.auth.v5"));
        return switch (p.type()) {
            case CONNECT -> ConnectEncoder.size((Connect) p);
            case PUBLISH -> BodyEncoders.publishSize((Publish) p, v5);
            default -> BodyEncoders.size(p, v5);
        };
    }

    /** The first byte: type in bits 7-4, flags in bits 3-0. */
    public static int firstByte(Packet p) {
        int flags = p instanceof Publish pub ? (pub.dup() ? 8 : 0) | pub.qos().value() << 1 | (pub.retain() ? 1 : 0)
                : Math.max(0, p.type().requiredFlags());
        return p.type().value() << 4 | flags;
    }

    private static void write(Packet p, MqttVersion v, int rl, ByteBuffer out) {
        boolean v5 = effective(p, v).isV5();
        out.put((byte) firstByte(p));
        DataTypes.writeVbi(out, rl);
        if (p.type() == PacketType.CONNECT) ConnectEncoder.write((Connect) p, out);
        else if (p.type() == PacketType.PUBLISH) BodyEncoders.writePublish((Publish) p, v5, out);
        else BodyEncoders.write(p, v5, out);
    }

    private static MqttVersion effective(Packet p, MqttVersion v) {
        return p instanceof Connect c ? c.version() : v;
    }
}

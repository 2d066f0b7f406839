package mqttlab.exercises.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.Disconnect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PingReq;
import mqttlab.protocol.packet.PingResp;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.protocol.packet.UnsubAck;
import mqttlab.protocol.packet.Unsubscribe;
import mqttlab.protocol.packet.Will;
import mqttlab.protocol.property.Properties;

/** Test-only MQTT 3.1.1 decoder for the recording proxy: one whole frame in, a packet record out. */
final class MiniDecoder {
    private MiniDecoder() {
    }

    static Packet decode(int first, byte[] body) {
        ByteBuffer b = ByteBuffer.wrap(body);
        int flags = first & 0x0F;
        return switch (first >> 4) {
            case 1 -> connect(b);
            case 2 -> new ConnAck((b.get() & 1) == 1, b.get() & 0xFF);
            case 3 -> {
                Qos q = Qos.of((flags >> 1) & 3);
                String topic = string(b);
                int id = q == Qos.AT_MOST_ONCE ? 0 : u16(b);
                byte[] payload = new byte[b.remaining()];
                b.get(payload);
                yield new Publish((flags & 8) != 0, q, (flags & 1) != 0, topic, id, payload, Properties.EMPTY);
            }
            case 4 -> new PubAck(u16(b));
            case 5 -> new PubRec(u16(b));
            case 6 -> new PubRel(u16(b));
            case 7 -> new PubComp(u16(b));
            case 8 -> {
                int id = u16(b);
                List<Subscription> subs = new ArrayList<>();
                while (b.hasRemaining()) subs.add(new Subscription(string(b), Qos.of(b.get() & 3)));
                yield new Subscribe(id, subs);
            }
            case 9 -> {
                int id = u16(b);
                List<Integer> codes = new ArrayList<>();
                while (b.hasRemaining()) codes.add(b.get() & 0xFF);
                yield new SubAck(id, codes);
            }
            case 10 -> {
                int id = u16(b);
                List<String> filters = new ArrayList<>();
                while (b.hasRemaining()) filters.add(string(b));
                yield new Unsubscribe(id, filters);
            }
            case 11 -> new UnsubAck(u16(b));
            case 12 -> new PingReq();
            case 13 -> new PingResp();
            case 14 -> new Disconnect();
            default -> throw new IllegalArgumentException("unexpected packet type " + (first >> 4));
        };
    }

    private static Connect connect(ByteBuffer b) {
        String protocol = string(b);
        int level = b.get() & 0xFF;
        int cf = b.get() & 0xFF;
        int keepAlive = u16(b);
        String id = string(b);
        Will will = null;
        if ((cf & 0x04) != 0) {
            String topic = string(b);
            byte[] payload = new byte[u16(b)];
            b.get(payload);
            will = new Will(topic, payload, Qos.of((cf >> 3) & 3), (cf & 0x20) != 0);
        }
        String user = (cf & 0x80) != 0 ? string(b) : null;
        byte[] pass = null;
        if ((cf & 0x40) != 0) {
            pass = new byte[u16(b)];
            b.get(pass);
        }
        MqttVersion v = "MQIsdp".equals(protocol) ? MqttVersion.V3_1 : level == 5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
        return new Connect(v, id, (cf & 0x02) != 0, keepAlive, will, user, pass, Properties.EMPTY);
    }

    private static int u16(ByteBuffer b) {
        return ((b.get() & 0xFF) << 8) | (b.get() & 0xFF);
    }

    private static String string(ByteBuffer b) {
        byte[] s = new byte[u16(b)];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }
}

package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.packet.*;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreamDecoderTest {

    static byte[] concat(MqttVersion v, Packet... ps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Packet p : ps) out.writeBytes(PacketEncoder.encode(p, v));
        return out.toByteArray();
    }

    @Test
    void decodesBackToBackPacketsFedOneByteAtATime() {
        Packet[] ps = {new Connect(MqttVersion.V5, "x", true, 5), new Publish(Qos.AT_LEAST_ONCE, false, "t", 3, new byte[300]),
            new PubAck(3, 0x10, mqttlab.protocol.property.Properties.EMPTY), new PingReq(), new Disconnect()};
        byte[] bytes = concat(MqttVersion.V5, ps);
        StreamDecoder d = new StreamDecoder();
        List<Packet> got = new ArrayList<>();
        for (byte b : bytes) {
            d.feed(new byte[] {b});
            StreamDecoder.Step s;
            while ((s = d.next()) instanceof StreamDecoder.Decoded dec) got.add(dec.packet());
            assertInstanceOf(StreamDecoder.NeedMore.class, s);
        }
        assertEquals(List.of(ps), got);
        assertEquals(MqttVersion.V5, d.version(), "version remembered from the CONNECT");
        assertEquals(0, d.buffered());
    }

    @Test
    void saysHowManyMoreBytesItNeeds() {
        StreamDecoder d = new StreamDecoder();
        assertEquals(new StreamDecoder.NeedMore(2), d.next());
        d.feed(new byte[] {0x32});
        assertEquals(new StreamDecoder.NeedMore(1), d.next());
        d.feed(new byte[] {0x0a, 0x00});
        assertEquals(new StreamDecoder.NeedMore(9), d.next());
        d.feed(new byte[] {0x04, 0x74, 0x65, 0x73, 0x74, 0x00, 0x01, 0x68, 0x69, (byte) 0xc0});
        StreamDecoder.Decoded p = (StreamDecoder.Decoded) d.next();
        assertEquals("test", ((Publish) p.packet()).topic());
        assertEquals(0, p.offset());
        assertEquals(12, p.length());
        assertEquals(new StreamDecoder.NeedMore(1), d.next());
    }

    @Test
    void usesTheDefaultVersionWithoutConnect() {
        byte[] v5ack = concat(MqttVersion.V5, new PubAck(1, 0x80, mqttlab.protocol.property.Properties.EMPTY));
        StreamDecoder d311 = new StreamDecoder();
        d311.feed(v5ack);
        assertThrows(MalformedPacketException.class, d311::next, "3.1.1 PUBACK is exactly 2 bytes");
        StreamDecoder d5 = new StreamDecoder(MqttVersion.V5);
        d5.feed(v5ack);
        assertEquals(0x80, ((PubAck) ((StreamDecoder.Decoded) d5.next()).packet()).reasonCode());
    }

    @Test
    @DisplayName("a fifth remaining-length byte fails as soon as the fourth arrives [MQTT-1.5.5-1]")
    void fifthLengthByte() {
        StreamDecoder d = new StreamDecoder();
        d.feed(new byte[] {0x30, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        MalformedPacketException e = assertThrows(MalformedPacketException.class, d::next);
        assertEquals("MQTT-1.5.5-1", e.rule());
        assertThrows(IllegalStateException.class, d::next);
    }
}

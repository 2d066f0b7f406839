package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.stream.Stream;
import mqttlab.protocol.packet.*;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PacketCodecTest {

    static Stream<Arguments> samples() {
        return Stream.concat(SamplePackets.v311().stream().map(p -> Arguments.of(MqttVersion.V3_1_1, p)),
                SamplePackets.v5().stream().map(p -> Arguments.of(MqttVersion.V5, p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samples")
    void roundTrips(MqttVersion v, Packet p) {
        byte[] bytes = PacketEncoder.encode(p, v);
        assertEquals(bytes.length, PacketEncoder.encodedLength(p, v));
        FrameHeader h = FrameHeader.peek(ByteBuffer.wrap(bytes));
        assertNotNull(h);
        assertEquals(bytes.length, h.frameLength());
        assertEquals(p.type(), h.type());
        assertEquals(p, PacketDecoder.decode(ByteBuffer.wrap(bytes), v));
        ByteBuffer out = ByteBuffer.allocate(bytes.length + 3);
        out.put((byte) 9);
        PacketEncoder.encode(p, v, out);
        assertEquals(bytes.length + 1, out.position());
        assertEquals(p, PacketDecoder.decode(out.flip().position(1), v));
    }

    @Test
    @DisplayName("32 0a 00 04 74 65 73 74 00 01 68 69 is a QoS 1 PUBLISH of 'hi' to 'test' with packet id 1")
    void lectureVector() {
        byte[] bytes = HexFormat.of().parseHex("320a00047465737400016869");
        Publish p = (Publish) PacketDecoder.decode(ByteBuffer.wrap(bytes), MqttVersion.V3_1_1);
        assertEquals("test", p.topic());
        assertEquals(Qos.AT_LEAST_ONCE, p.qos());
        assertEquals(1, p.packetId());
        assertEquals("hi", p.payloadAsString());
        assertFalse(p.dup());
        assertFalse(p.retain());
        assertArrayEquals(bytes, PacketEncoder.encode(p, MqttVersion.V3_1_1));
    }

    @Test
    void v5ShortFormsAreUsed() {
        assertEquals("40020001", hex(PacketEncoder.encode(new PubAck(1), MqttVersion.V5)));
        assertEquals("4003000110", hex(PacketEncoder.encode(new PubAck(1, 0x10, mqttlab.protocol.property.Properties.EMPTY), MqttVersion.V5)));
        assertEquals("e000", hex(PacketEncoder.encode(new Disconnect(), MqttVersion.V5)));
        assertEquals("20020000", hex(PacketEncoder.encode(new ConnAck(false, 0), MqttVersion.V3_1_1)));
        assertEquals("2003000000", hex(PacketEncoder.encode(new ConnAck(false, 0), MqttVersion.V5)));
    }

    @Test
    void connectDecidesItsOwnVersion() {
        byte[] v5 = PacketEncoder.encode(new Connect(MqttVersion.V5, "x", true, 10), MqttVersion.V5);
        assertEquals(MqttVersion.V5, ((Connect) PacketDecoder.decode(ByteBuffer.wrap(v5), MqttVersion.V3_1_1)).version());
    }

    @Test
    void peekNeedsWholeHeaderAndRejectsFifthByte() {
        assertNull(FrameHeader.peek(ByteBuffer.wrap(new byte[] {0x30})));
        assertNull(FrameHeader.peek(ByteBuffer.wrap(new byte[] {0x30, (byte) 0x80})));
        FrameHeader h = FrameHeader.peek(ByteBuffer.wrap(new byte[] {0x30, (byte) 0x80, 0x01}));
        assertEquals(128, h.remainingLength());
        assertEquals(3, h.headerLength());
        assertEquals(131, h.frameLength());
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> FrameHeader.peek(
                ByteBuffer.wrap(new byte[] {0x30, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01})));
        assertEquals("MQTT-1.5.5-1", e.rule());
    }

    static String hex(byte[] b) { return HexFormat.of().formatHex(b); }
}

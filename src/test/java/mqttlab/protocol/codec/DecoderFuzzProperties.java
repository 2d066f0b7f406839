package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.util.List;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;

/** Whatever the bytes, the decoder answers with a packet or a MalformedPacketException, never another exception. */
class DecoderFuzzProperties {

    @net.jqwik.api.Property(tries = 2000)
    void randomBytes(@ForAll("noise") byte[] bytes, @ForAll boolean v5) {
        decodeSafely(bytes, v5 ? MqttVersion.V5 : MqttVersion.V3_1_1);
    }

    @net.jqwik.api.Property(tries = 2000)
    void mutatedValidPackets(@ForAll("mutated") byte[] bytes, @ForAll boolean v5) {
        decodeSafely(bytes, v5 ? MqttVersion.V5 : MqttVersion.V3_1_1);
    }

    static void decodeSafely(byte[] bytes, MqttVersion v) {
        try {
            Packet p = PacketDecoder.decode(ByteBuffer.wrap(bytes), v);
            assertNotNull(p);
        } catch (MalformedPacketException e) {
            assertNotNull(e.rule());
            assertTrue(e.offset() >= 0 && e.offset() <= bytes.length, e.describe());
        }
        Explanation.all(bytes, null, v);
        ExplanationText.table(Explanation.all(bytes, null, v));
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        List<byte[]> valid = PacketVectors.ALL.stream().map(PacketVectors.Vector::bytes).toList();
        return Combinators.combine(Arbitraries.of(valid), Arbitraries.integers().between(0, 1000), Arbitraries.bytes(),
                Arbitraries.integers().between(0, 2)).as((b, where, value, how) -> {
            byte[] c = b.clone();
            int i = where % c.length;
            if (how == 0) c[i] = value;
            else if (how == 1) c[i] ^= (byte) (1 << (where % 8));
            else return java.util.Arrays.copyOf(c, i);
            return c;
        });
    }
}

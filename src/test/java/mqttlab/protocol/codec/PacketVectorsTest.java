package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every vector decodes to its packet, encodes to its bytes, and every byte of it is explained. */
class PacketVectorsTest {
    static final List<PacketVectors.Vector> vectors = PacketVectors.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("vectors")
    void decodesEncodesAndExplainsEveryByte(PacketVectors.Vector v) {
        assertEquals(v.packet(), PacketDecoder.decode(ByteBuffer.wrap(v.bytes()), v.version()));
        assertArrayEquals(v.bytes(), PacketEncoder.encode(v.packet(), v.version()));
        List<Annotation> notes = new ArrayList<>();
        assertEquals(v.packet(), PacketDecoder.decode(ByteBuffer.wrap(v.bytes()), v.version(), notes));
        boolean[] covered = new boolean[v.bytes().length];
        for (Annotation a : notes) for (int i = a.offset(); i < a.end(); i++) covered[i] = true;
        for (int i = 0; i < covered.length; i++) assertTrue(covered[i], v.name() + ": byte " + i + " is not explained");
    }
}

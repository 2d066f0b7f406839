package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DataTypes#readVbi}, the one reader every frame splitter and decoder calls. */
class VariableByteIntegerTest {

    @ParameterizedTest(name = "{1} is {0}")
    @DisplayName("the boundaries of table 1.1 (MQTT 3.1.1 section 2.2.3, MQTT 5.0 section 1.5.5) read back, and write the same bytes")
    @CsvSource({"0, 00", "127, 7f", "128, 8001", "16383, ff7f", "16384, 808001", "2097151, ffff7f", "2097152, 80808001",
            "268435455, ffffff7f"})
    void tableBoundaries(int value, String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        long read = DataTypes.readVbi(b, 0, b.length);
        assertEquals(value, DataTypes.vbiValue(read));
        assertEquals(b.length, DataTypes.vbiLength(read));
        ByteBuffer out = ByteBuffer.allocate(4);
        DataTypes.writeVbi(out, value);
        assertEquals(hex, HexFormat.of().formatHex(out.array(), 0, out.position()));
    }

    @Test
    @DisplayName("a fourth byte with the continuation bit is too long [MQTT-1.5.5-1]; a cut one is incomplete; bytes after the end are not read")
    void tooLongAndIncomplete() {
        assertEquals(DataTypes.VBI_TOO_LONG, DataTypes.readVbi(HexFormat.of().parseHex("ffffffff01"), 0, 5));
        assertEquals(DataTypes.VBI_INCOMPLETE, DataTypes.readVbi(HexFormat.of().parseHex("ffff"), 0, 2));
        assertEquals(DataTypes.VBI_INCOMPLETE, DataTypes.readVbi(HexFormat.of().parseHex("8001"), 0, 1));
        byte[] framed = HexFormat.of().parseHex("30 8001 ff".replace(" ", ""));
        long read = DataTypes.readVbi(framed, 1, framed.length);
        assertEquals(128, DataTypes.vbiValue(read));
        assertEquals(2, DataTypes.vbiLength(read));
    }
}

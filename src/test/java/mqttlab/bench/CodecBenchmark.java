package mqttlab.bench;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.protocol.codec.Annotation;
import mqttlab.protocol.codec.PacketDecoder;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decode and encode throughput of a small PUBLISH (QoS 1, 64-byte payload), in both versions, and
 * the explaining decoder for comparison. Run:
 * {@code bench/codec.sh} (JMH lives in test scope, out of the runtime jar).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {
    private Publish publish;
    private byte[] v311;
    private byte[] v5;
    private ByteBuffer out;

    @Setup
    public void setup() {
        byte[] payload = new byte[64];
        for (int i = 0; i < payload.length; i++) payload[i] = (byte) ('a' + i % 26);
        publish = new Publish(Qos.AT_LEAST_ONCE, false, "building/125/sensor1/temperature", 42, payload);
        v311 = PacketEncoder.encode(publish, MqttVersion.V3_1_1);
        v5 = PacketEncoder.encode(publish, MqttVersion.V5);
        out = ByteBuffer.allocate(256);
    }

    @Benchmark
    public Packet decodeV311() {
        return PacketDecoder.decode(ByteBuffer.wrap(v311), MqttVersion.V3_1_1);
    }

    @Benchmark
    public Packet decodeV5() {
        return PacketDecoder.decode(ByteBuffer.wrap(v5), MqttVersion.V5);
    }

    @Benchmark
    public byte[] encodeV311() {
        return PacketEncoder.encode(publish, MqttVersion.V3_1_1);
    }

    @Benchmark
    public ByteBuffer encodeV311IntoBuffer() {
        out.clear();
        PacketEncoder.encode(publish, MqttVersion.V3_1_1, out);
        return out;
    }

    @Benchmark
    public byte[] encodeV5() {
        return PacketEncoder.encode(publish, MqttVersion.V5);
    }

    @Benchmark
    public List<Annotation> decodeV311Explained() {
        List<Annotation> notes = new ArrayList<>();
        PacketDecoder.decode(ByteBuffer.wrap(v311), MqttVersion.V3_1_1, notes);
        return notes;
    }
}

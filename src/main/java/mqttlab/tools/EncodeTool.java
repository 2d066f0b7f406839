package mqttlab.tools;

import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.List;
import mqttlab.protocol.codec.Explanation;
import mqttlab.protocol.codec.ExplanationText;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Packet;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `encode`'s options and work, shared by `mqttlab encode` and the shell's `encode` (a picocli mixin):
 * build a packet ({@link PacketBuilder}), print its hex, then every byte explained.
 */
public final class EncodeTool {
    @Parameters(descriptionKey = "TYPE[0]", index = "0", paramLabel = "${bundle:label.type:-TYPE}", description = "the packet type")
    String type;

    @Option(names = {"-t", "--topic"}, paramLabel = "${bundle:label.topic:-TOPIC}", description = "topic (PUBLISH), or a filter (SUBSCRIBE/UNSUBSCRIBE; repeat for more)")
    List<String> topics = List.of();
    @Option(names = {"-m", "--message"}, paramLabel = "${bundle:label.message:-MESSAGE}", description = "PUBLISH payload (UTF-8 text)")
    String message = "";
    @Option(names = {"-q", "--qos"}, paramLabel = "QOS", description = "QoS 0, 1 or 2 (PUBLISH; SUBSCRIBE's requested QoS)")
    int qos;
    @Option(names = "--id", paramLabel = "ID", description = "packet identifier (default 1 where one is needed)")
    Integer id;
    @Option(names = {"-r", "--retain"}, description = "RETAIN flag (PUBLISH)")
    boolean retain;
    @Option(names = "--dup", description = "DUP flag (PUBLISH, QoS > 0)")
    boolean dup;
    @Option(names = {"-i", "--client-id"}, paramLabel = "ID", description = "CONNECT client identifier")
    String clientId = "mqttlab";
    @Option(names = {"-k", "--keepalive"}, paramLabel = "${bundle:label.seconds:-SECONDS}", description = "CONNECT keep alive in seconds (default 60)")
    int keepAlive = 60;
    @Option(names = "--no-clean", description = "CONNECT with clean session/start 0")
    boolean noClean;
    @Option(names = {"-u", "--username"}, paramLabel = "${bundle:label.user:-USER}", description = "CONNECT user name") String username;
    @Option(names = {"-P", "--pw"}, paramLabel = "${bundle:label.password:-PASSWORD}", description = "password") String password;
    @Option(names = "--will-topic", paramLabel = "${bundle:label.topic:-TOPIC}", description = "CONNECT will topic") String willTopic;
    @Option(names = "--will-payload", paramLabel = "${bundle:label.payload:-PAYLOAD}", description = "the will message (UTF-8 text)") String willPayload = "";
    @Option(names = "--will-qos", paramLabel = "QOS", description = "the will QoS: 0, 1 or 2") int willQos;
    @Option(names = "--will-retain", description = "the will is published retained") boolean willRetain;
    @Option(names = "--reason", paramLabel = "${bundle:label.code:-CODE}", description = "reason/return code (CONNACK, acks, DISCONNECT, AUTH), e.g. 0x87 or 135")
    String reason = "0";
    @Option(names = "--session-present", description = "CONNACK session present flag") boolean sessionPresent;
    @Option(names = "--codes", paramLabel = "${bundle:label.code:-CODE}", split = ",", description = "SUBACK/UNSUBACK codes, e.g. 1,2,0x80") List<String> codes = List.of();
    @Option(names = "--no-local", description = "v5 subscription option") boolean noLocal;
    @Option(names = "--retain-as-published", description = "v5 subscription option") boolean retainAsPublished;
    @Option(names = "--retain-handling", paramLabel = "0|1|2", description = "v5 subscription option 0, 1 or 2") int retainHandling;
    @Option(names = "--prop", paramLabel = "${bundle:label.name.value:-NAME=VALUE}", description = {"a v5 property (repeatable), e.g. topic-alias=3,",
            "user-property=key:value, message-expiry-interval=60, content-type=text/plain"})
    List<String> props = List.of();
    @Option(names = "--v5", description = "encode as MQTT 5.0 (default 3.1.1)") boolean v5;
    @Option(names = "--json", description = "explain as JSON") boolean json;

    /** Builds, prints and explains the packet; 0 when it encodes and decodes cleanly, 1 otherwise. */
    public int run(PrintWriter out, PrintWriter err, String prefix) {
        MqttVersion v = v5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
        byte[] bytes;
        try {
            Packet p = PacketBuilder.build(this, v);
            bytes = PacketEncoder.encode(p, v);
        } catch (IllegalArgumentException e) {
            err.println(prefix + ": " + e.getMessage());
            return 1;
        }
        List<Explanation> all = Explanation.all(bytes, v, v);
        if (json) {
            out.println(ExplanationText.json(all));
        } else {
            out.println(HexFormat.ofDelimiter(" ").formatHex(bytes));
            out.println();
            out.print(ExplanationText.table(all));
        }
        out.flush();
        return all.get(0).ok() ? 0 : 1;
    }
}

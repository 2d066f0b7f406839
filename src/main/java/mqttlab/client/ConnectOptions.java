package mqttlab.client;

import static mqttlab.text.Text.t;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The connection options mosquitto_sub and mosquitto_pub share (-h -p -V -k -c -x -i -I -u -P -d,
 * the will, -D), as one picocli mixin for `mqttlab sub|pub` and the shell's `sub|pub|connect`.
 * {@code host} and {@code port} are null when not given, so the shell can default them to its broker.
 */
public final class ConnectOptions {
    @Option(names = {"-h", "--host"}, paramLabel = "${bundle:label.host:-HOST}", description = "broker host (default localhost; in the shell, the lab's broker)")
    public String host;

    @Option(names = {"-p", "--port"}, paramLabel = "${bundle:label.port:-PORT}", description = "broker port (default 1883)")
    public Integer port;

    @Option(names = {"-V", "--protocol-version"}, paramLabel = "${bundle:label.version:-VERSION}", description = "MQTT version: 5, 311 (default) or mqttv5/mqttv311")
    public String protocolVersion = "311";

    @Option(names = {"-k", "--keepalive"}, paramLabel = "${bundle:label.seconds:-SECONDS}", description = "keep alive in seconds (default 60)")
    public int keepAlive = 60;

    @Option(names = {"-c", "--disable-clean-session"}, description = "keep the session after disconnecting (durable subscription)")
    public boolean noClean;

    @Option(names = {"-x", "--session-expiry"}, paramLabel = "${bundle:label.seconds:-SECONDS}", description = "v5 session expiry interval (-1: never expires)")
    public Long sessionExpiry;

    @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "client id (default: the broker assigns one)")
    public String id;

    @Option(names = {"-I", "--id-prefix"}, paramLabel = "${bundle:label.prefix:-PREFIX}", description = "client id = PREFIX + process id")
    public String idPrefix;

    @Option(names = {"-u", "--username"}, paramLabel = "${bundle:label.user:-USER}", description = "user name")
    public String username;

    @Option(names = {"-P", "--pw"}, paramLabel = "${bundle:label.password:-PASSWORD}", description = "password")
    public String password;

    @Option(names = {"-d", "--debug"}, description = "print every packet sent and received (libmosquitto's debug lines)")
    public boolean debug;

    @Option(names = "--quiet", description = "print no error messages")
    public boolean quiet;

    @Option(names = "--will-topic", paramLabel = "${bundle:label.topic:-TOPIC}", description = "topic of the will, published if this client vanishes")
    public String willTopic;

    @Option(names = "--will-payload", paramLabel = "${bundle:label.payload:-PAYLOAD}", description = "payload of the will")
    public String willPayload;

    @Option(names = "--will-qos", paramLabel = "QOS", description = "QoS of the will")
    public int willQos;

    @Option(names = "--will-retain", description = "retain the will")
    public boolean willRetain;

    @Option(names = {"-D", "--property"}, arity = "3..4", paramLabel = "${bundle:label.property:-CMD ID VALUE}", hideParamSyntax = true,
            description = "v5 property, e.g. -D publish content-type text/plain or -D publish user-property name value")
    public List<String> properties = new ArrayList<>();

    /** The MQTT version asked for: 3 (3.1.1) or 5. */
    public int version() {
        return switch (protocolVersion.toLowerCase()) {
            case "5", "mqttv5" -> 5;
            case "311", "mqttv311" -> 3;
            case "31", "mqttv31" -> throw new UsageError(t("client.err.v31"));
            default -> throw new UsageError(t("client.err.version"));
        };
    }

    /** The settings these options describe, with the given host/port when -h/-p are absent. */
    public ClientSettings settings(String defaultHost, int defaultPort) {
        int v = version();
        String clientId = id != null ? id : idPrefix != null ? idPrefix + ProcessHandle.current().pid() : "";
        if (port != null && (port < 1 || port > 65535)) throw new UsageError(t("client.err.port", port));
        if (keepAlive < 0 || keepAlive > 65535) throw new UsageError(t("client.err.keepalive"));
        if (noClean && clientId.isEmpty() && v == 3) throw new UsageError(t("client.err.c.needs.id"));
        if (willPayload != null && willTopic == null) throw new UsageError(t("client.err.will.payload"));
        if (willRetain && willTopic == null) throw new UsageError(t("client.err.will.retain"));
        if (willQos < 0 || willQos > 2) throw new UsageError(t("client.err.will.qos", willQos));
        if (willTopic != null && !Topics.validTopicName(willTopic)) throw new UsageError(t("client.err.will.topic", willTopic));
        if (password != null && username == null) throw new UsageError(t("client.err.password"));
        if (sessionExpiry != null && v != 5) throw new UsageError(t("client.err.x.v5"));
        if (!properties.isEmpty() && v != 5) throw new UsageError(t("client.err.d.v5"));
        long expiry = -1;
        if (v == 5) expiry = sessionExpiry != null ? (sessionExpiry < 0 ? 4294967295L : sessionExpiry) : noClean ? 4294967295L : 0;
        ClientSettings.Will will = willTopic == null ? null : new ClientSettings.Will(willTopic,
                willPayload == null ? new byte[0] : willPayload.getBytes(StandardCharsets.UTF_8), willQos, willRetain);
        return new ClientSettings(host != null ? host : defaultHost, port != null ? port : defaultPort, v, clientId, keepAlive,
                !noClean, expiry, username, password, will, Properties.parse(properties).connect());
    }

    /** True when any option that changes how the client connects was given (more than -h/-p). */
    public boolean customisesClient() {
        return id != null || idPrefix != null || username != null || noClean || sessionExpiry != null || willTopic != null
                || !"311".equals(protocolVersion) || keepAlive != 60;
    }
}

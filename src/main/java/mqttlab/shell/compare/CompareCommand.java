package mqttlab.shell.compare;

import mqttlab.text.Cause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.topic.TopicName;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.Styles;
import mqttlab.client.MqttConnection;
import mqttlab.client.Outgoing;
import mqttlab.shell.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "compare", description = "Send one reading as an HTTP POST and as an MQTT PUBLISH, and count the bytes each puts on the wire.",
        footerHeading = "%nExamples:%n", footer = {"  compare building/125/sensor1/temperature 24.8"})
public final class CompareCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(descriptionKey = "TOPIC[0]", index = "0", paramLabel = "${bundle:label.topic:-TOPIC}", description = "the reading's name: the MQTT topic, and the HTTP path")
    String topic;

    @Parameters(descriptionKey = "VALUE[1]", index = "1", paramLabel = "${bundle:label.value:-VALUE}", description = "the reading, e.g. 24.8")
    String value;

    public CompareCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        try {
            TopicName.of(topic);
        } catch (IllegalArgumentException e) {
            throw new ShellException("compare: " + e.getMessage());
        }
        HttpPost.Exchange http;
        try {
            http = HttpPost.send(topic, value);
        } catch (IOException | IllegalArgumentException e) {
            throw new ShellException(ctx.t("shell.compare.http.failed", Cause.of(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Session s = ctx.sessions().current();
        MqttConnection c = s.awaitConnected();
        MqttVersion v = c.settings().version() == 5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
        byte[] payload = value.getBytes(StandardCharsets.UTF_8);
        byte[] publish = PacketEncoder.encode(new Publish(false, Qos.AT_MOST_ONCE, false, topic, 0, payload, Properties.EMPTY), v);
        Session.await("compare", c.publish(Outgoing.of(topic, payload, 0, false)));
        report(http, publish, c.clientId());
    }

    private void report(HttpPost.Exchange http, byte[] publish, String clientId) {
        for (String line : ctx.t("shell.compare.http", http.url()).split("\n")) ctx.println(ctx.styles().styled(Styles.BOLD, line));
        for (String line : new String(http.request(), StandardCharsets.UTF_8).split("\r\n", -1)) {
            ctx.println(ctx.styles().styled(Styles.FAINT, "    " + line));
        }
        ctx.println(ctx.t("shell.compare.request", String.format("%4d", http.request().length)));
        String statusLine = new String(http.response(), StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
        ctx.println(ctx.t("shell.compare.response", String.format("%4d", http.response().length), statusLine));
        ctx.println("");
        ctx.println(ctx.styles().styled(Styles.BOLD, ctx.t("shell.compare.mqtt", clientId)));
        ctx.println(ctx.styles().styled(Styles.FAINT, "    " + HexFormat.ofDelimiter(" ").formatHex(publish)));
        ctx.println(ctx.t("shell.compare.publish", String.format("%4d", publish.length)));
        ctx.println("");
        int both = http.request().length + http.response().length;
        ctx.println(ctx.t("shell.compare.ratio", ratio(http.request().length, publish.length), ratio(both, publish.length)));
    }

    private static String ratio(int a, int b) {
        return String.format(Locale.ROOT, "%.1f", (double) a / b);
    }
}

package mqttlab.client;

import static mqttlab.text.Text.t;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** mosquitto_pub's own options, shared by `mqttlab pub` and the shell's `pub`. */
public final class PubOptions {
    @Option(names = {"-t", "--topic"}, paramLabel = "${bundle:label.topic:-TOPIC}", description = "topic to publish to (no wildcards)")
    public String topic;

    @Option(names = {"-m", "--message"}, paramLabel = "${bundle:label.message:-MESSAGE}", description = "the payload")
    public String message;

    @Option(names = {"-f", "--file"}, paramLabel = "${bundle:label.file:-FILE}", description = "send a file's contents as the payload")
    public Path file;

    @Option(names = {"-l", "--stdin-line"}, description = "send each line of standard input as a message")
    public boolean stdinLine;

    @Option(names = {"-s", "--stdin-file"}, description = "send all of standard input as one message")
    public boolean stdinFile;

    @Option(names = {"-n", "--null-message"}, description = "send an empty (zero length) payload")
    public boolean nullMessage;

    @Option(names = {"-q", "--qos"}, paramLabel = "QOS", description = "QoS: 0, 1 or 2 (default 0)")
    public int qos;

    @Option(names = {"-r", "--retain"}, description = "ask the broker to retain the message")
    public boolean retain;

    @Option(names = "--repeat", paramLabel = "N", description = "publish the message N times")
    public int repeat = 1;

    @Option(names = "--repeat-delay", paramLabel = "${bundle:label.seconds:-SECONDS}", description = "wait SECONDS between repeats")
    public double repeatDelay;

    /** Checks the options, with mosquitto_pub's messages. */
    public void validate() {
        int sources = (message != null ? 1 : 0) + (file != null ? 1 : 0) + (stdinLine ? 1 : 0) + (stdinFile ? 1 : 0) + (nullMessage ? 1 : 0);
        if (sources > 1) throw new UsageError(t("client.err.pub.one"));
        if (topic == null || sources == 0) throw new UsageError(t("client.err.pub.both"));
        if (!Topics.validTopicName(topic)) throw new UsageError(t("client.err.pub.topic", topic));
        if (qos < 0 || qos > 2) throw new UsageError(t("client.err.qos", qos));
        if (repeat < 1) throw new UsageError(t("client.err.repeat"));
        if (repeatDelay < 0) throw new UsageError(t("client.err.repeat.delay"));
    }
}

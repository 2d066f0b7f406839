package mqttlab.client;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** mosquitto_sub's own options, shared by `mqttlab sub` and the shell's `sub`. */
public final class SubOptions {
    @Option(names = {"-t", "--topic"}, paramLabel = "${bundle:label.filter:-FILTER}", description = "topic filter to subscribe to (repeatable); + and # are wildcards")
    public List<String> topics = new ArrayList<>();

    @Option(names = {"-q", "--qos"}, paramLabel = "QOS", description = "QoS to subscribe with: 0, 1 or 2 (default 0)")
    public int qos;

    @Option(names = {"-v", "--verbose"}, description = "print the topic before each payload")
    public boolean verbose;

    @Option(names = "-C", paramLabel = "${bundle:label.count:-COUNT}", description = "stop after COUNT messages")
    public Integer count;

    @Option(names = "-W", paramLabel = "${bundle:label.seconds:-SECONDS}", description = "stop after SECONDS (exit status 27 on the command line)")
    public Integer timeout;

    @Option(names = "-E", description = "stop once subscribed")
    public boolean exitAfterSubscribe;

    @Option(names = "-N", description = "no newline after each message")
    public boolean noNewline;

    @Option(names = "-R", description = "do not print stale retained messages")
    public boolean noRetained;

    @Option(names = "--retained-only", description = "print only retained messages; stop at the first live one")
    public boolean retainedOnly;

    @Option(names = "--remove-retained", description = "clear each retained message received")
    public boolean removeRetained;

    @Option(names = "--retain-as-published", description = "v5: keep the RETAIN flag as published")
    public boolean retainAsPublished;

    @Option(names = {"-T", "--filter-out"}, paramLabel = "${bundle:label.filter:-FILTER}", description = "do not print messages on topics matching FILTER")
    public List<String> filterOut = new ArrayList<>();

    @Option(names = {"-U", "--unsubscribe"}, paramLabel = "${bundle:label.filter:-FILTER}", description = "unsubscribe from FILTER first (with -c)")
    public List<String> unsubscribe = new ArrayList<>();

    @Option(names = "-F", paramLabel = "${bundle:label.format:-FORMAT}", description = "output format: %%t topic, %%p payload, %%q QoS, %%r retain, %%m id, %%x hex, %%j JSON…")
    public String format;

    /** A plain `sub -t FILTER -q QOS -v`: how the shell shows a subscription it did not make (one the broker kept). */
    public static SubOptions of(String filter, int qos) {
        SubOptions o = new SubOptions();
        o.topics.add(filter);
        o.qos = qos;
        o.verbose = true;
        return o;
    }

    /** Checks the options, with mosquitto_sub's messages. */
    public void validate() {
        if (topics.isEmpty()) throw new UsageError(t("client.err.sub.topic"));
        if (qos < 0 || qos > 2) throw new UsageError(t("client.err.qos", qos));
        for (String t : topics) {
            if (!Topics.validFilter(t)) throw new UsageError(t("client.err.sub.filter", t));
        }
        for (String t : filterOut) {
            if (!Topics.validFilter(t)) throw new UsageError(t("client.err.filter.out", t));
        }
        if (count != null && count < 1) throw new UsageError(t("client.err.count", count));
        if (timeout != null && timeout < 1) throw new UsageError(t("client.err.timeout", timeout));
    }

    public MqttConnection.SubscribeOptions subscribeOptions() {
        return new MqttConnection.SubscribeOptions(false, retainAsPublished, 0);
    }

    /** Whether a message passes -T, -R and --retained-only (false: not printed). */
    public boolean shown(Received m) {
        for (String f : filterOut) if (Topics.matches(f, m.topic())) return false;
        return !(noRetained && m.retain());
    }
}

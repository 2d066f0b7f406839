package mqttlab.shell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.Publish;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.UsageLine;
import mqttlab.client.Topics;
import mqttlab.shell.trace.Journey;
import mqttlab.shell.trace.TraceScope;
import mqttlab.shell.trace.Traced;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

@Command(name = "trace", description = "Your packets as pictures: a message's journey from publisher through broker to each subscriber, "
        + "or your client's own exchange with the broker (CONNECT, SUBSCRIBE…). The building and keep-alive pings only when asked.",
        footerHeading = "%nExamples:%n",
        footer = {"  trace on                      print your packets above the prompt as they pass (--all: the building's too)",
                "  pub -t test -m hi -q 2        then:",
                "  trace last                    the QoS 2 handshake: PUBLISH, PUBREC, PUBREL, PUBCOMP",
                "  trace last 3 --bytes          your last three, with each packet's bytes",
                "  trace last --all              the last of anyone's, the building's included",
                "  trace sensor-125-1            the last message a client sent or received (any client)",
                "  trace topic 'building/#'      the last message on a matching topic (anyone's)"})
public final class TraceCommand implements Runnable, UsageLine {
    private final ShellContext ctx;

    @Parameters(descriptionKey = "CLIENT[0]", arity = "0..1", paramLabel = "${bundle:label.client:-CLIENT}", description = "the last message a client sent or received, or its own exchange with the broker")
    String client;

    @Option(names = "--bytes", scope = ScopeType.INHERIT, descriptionKey = "trace.bytes", description = "add each packet's bytes in hex")
    boolean bytes;

    @Option(names = "--all", scope = ScopeType.INHERIT, descriptionKey = "trace.all", description = "everyone's packets, the building's included")
    boolean all;

    @Option(names = "--pings", scope = ScopeType.INHERIT, descriptionKey = "trace.pings", description = "with `trace on`: show the keep-alive PINGREQ/PINGRESP too")
    boolean pings;

    public TraceCommand(ShellContext ctx) { this.ctx = ctx; }

    /** {@code trace} alone is {@code trace last}; {@code trace CLIENT} the last message the client took part in. */
    @Override
    public void run() {
        if (client == null) {
            last(null);
            return;
        }
        ctx.broker("trace");
        show(ofClient(client), ctx.t("shell.trace.scope.client", client));
    }

    @Override
    public String usageLine(String subcommand, List<String> words) {
        return switch (subcommand) {
            case "last" -> ctx.t("shell.trace.count.usage");
            case "topic" -> ctx.t("shell.trace.topic.usage");
            default -> null;
        };
    }

    @Command(name = "on", description = "Print your packets above the prompt as they pass (--all: the building's too).")
    void on() {
        ctx.broker("trace");
        ctx.tap().live(scope());
        ctx.println(ctx.t(all ? "shell.trace.on.all" : "shell.trace.on"));
    }

    @Command(name = "off", description = "Stop printing packets as they pass.")
    void off() {
        ctx.broker("trace");
        ctx.tap().live(null);
        ctx.println(ctx.t("shell.trace.off"));
    }

    @Command(name = "last", description = "Your last message's journey (or your client's last exchange with the broker), or the last N.")
    void last(@Parameters(arity = "0..1", paramLabel = "N", description = "how many, 1 to 50 (default 1)") String n) {
        ctx.broker("trace");
        TraceScope scope = scope();
        List<Traced> found = Traced.lastN(ctx.tap().recent(), count(n), scope::starts);
        if (found.isEmpty() && !all && !Traced.lastN(ctx.tap().recent(), 1, e -> true).isEmpty()) {
            throw new ShellException(ctx.t("shell.trace.nothing.yours"));
        }
        show(found, "");
    }

    @Command(name = "topic", description = "The last message on a topic the filter matches (anyone's).")
    void topic(@Parameters(descriptionKey = "FILTER[0]", paramLabel = "${bundle:label.filter:-FILTER}", description = "a topic filter; + and # allowed") String filter) {
        ctx.broker("trace");
        Predicate<TapEvent> onTopic = e -> e.packet() instanceof Publish p && Topics.matches(filter, p.topic());
        show(Traced.lastN(ctx.tap().recent(), 1, onTopic), ctx.t("shell.trace.scope.topic", filter));
    }

    private TraceScope scope() { return new TraceScope(all, pings); }

    /** The last journey or exchange the client took part in: published, received, or talked to the broker itself. */
    private List<Traced> ofClient(String client) {
        Traced t = Traced.lastInvolving(ctx.tap().recent(), client);
        return t == null ? List.of() : List.of(t);
    }

    private int count(String n) {
        if (n == null) return 1;
        try {
            int c = Integer.parseInt(n);
            if (c < 1 || c > 50) throw new NumberFormatException();
            return c;
        } catch (NumberFormatException e) {
            throw new ShellException(ctx.t("shell.trace.count.usage"));
        }
    }

    private void show(List<Traced> found, String scope) {
        if (found.isEmpty()) throw new ShellException(ctx.t("shell.trace.nothing", scope));
        for (Traced t : found) {
            for (AttributedString l : t.diagram().render(bytes, ctx.styles().colour(), ctx.width())) ctx.println(l);
            if (t instanceof Journey j) for (String note : notes(ctx, j)) ctx.println(ctx.styles().styled(mqttlab.shell.Styles.FAINT, note));
        }
    }

    private static List<String> notes(ShellContext ctx, Journey j) {
        List<String> out = new ArrayList<>();
        int q = j.publish().qos().value();
        for (TapEvent e : j.events()) {
            if (e.packet() instanceof Publish p && e.direction() == mqttlab.broker.tap.Direction.OUT) {
                var alias = p.properties().number(mqttlab.protocol.property.PropertyId.TOPIC_ALIAS);
                if (alias.isPresent()) {
                    String topic = mqttlab.text.OutsideText.line(e.topic(), 60);
                    out.add(p.topic().isEmpty()
                            ? ctx.t("shell.trace.alias.used", e.clientId(), alias.getAsLong(), topic,
                                    mqttlab.protocol.codec.DataTypes.utf8Length(e.topic()) - 3)
                            : ctx.t("shell.trace.alias.set", e.clientId(), alias.getAsLong(), topic));
                }
                if (p.qos().value() < q) out.add(ctx.t("shell.trace.downgrade", e.clientId(), p.qos().value(), q));
                if (p.packetId() != j.publish().packetId() && p.packetId() > 0 && j.publish().packetId() > 0) {
                    out.add(ctx.t("shell.trace.own.id", j.publish().packetId(), j.publisher(), p.packetId(), e.clientId()));
                }
            }
        }
        for (TapEvent e : j.events()) {
            if (e.direction() == mqttlab.broker.tap.Direction.DROPPED) out.add(ctx.t("shell.trace.dropped", e.clientId()));
        }
        if (j.subscribers().isEmpty()) out.add(noSubscriber(ctx, j.publish()));
        return out;
    }

    /**
     * Why nobody is drawn receiving the message. QoS 0 has no acknowledgement; QoS 1 and 2 are acknowledged
     * to the publisher even when nobody subscribed. A retained message is not dropped: the broker keeps it
     * for later subscribers (an empty one clears the topic's). Through the relay only the clients that
     * connect through it are seen, so the relay says what it cannot know instead of "nobody".
     */
    private static String noSubscriber(ShellContext ctx, Publish p) {
        String topic = mqttlab.text.OutsideText.line(p.topic(), 60);
        int q = p.qos().value();
        String ack = q == 1 ? "PUBACK" : "PUBREC";
        if (ctx.endpoint().relayed()) {
            String none = q == 0 ? ctx.t("shell.trace.relay.none.qos0", topic) : ctx.t("shell.trace.relay.none", topic, ack);
            if (!p.retain()) return none;
            return none + " " + ctx.t(p.payload().length == 0 ? "shell.trace.relay.cleared" : "shell.trace.relay.retained");
        }
        if (p.retain() && p.payload().length == 0) return ctx.t("shell.trace.no.subscriber.cleared", topic);
        if (p.retain()) return q == 0 ? ctx.t("shell.trace.no.subscriber.retained.qos0", topic) : ctx.t("shell.trace.no.subscriber.retained", topic, ack);
        return q == 0 ? ctx.t("shell.trace.no.subscriber.qos0", topic) : ctx.t("shell.trace.no.subscriber", topic, ack);
    }
}

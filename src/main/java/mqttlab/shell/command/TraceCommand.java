package mqttlab.shell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.Publish;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.mqtt.Topics;
import mqttlab.shell.trace.Journey;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "trace", description = "The broker's packets as pictures: a message's journey from publisher through broker to each subscriber.",
        footerHeading = "%nExamples:%n",
        footer = {"  trace on                      print every packet above the prompt as it passes",
                "  pub -t test -m hi -q 2        then:",
                "  trace last                    the QoS 2 handshake: PUBLISH, PUBREC, PUBREL, PUBCOMP",
                "  trace last 3 --bytes          the last three messages, with each packet's bytes",
                "  trace pub1                    the last message pub1 sent or received",
                "  trace topic 'building/#'      the last message on a matching topic"})
public final class TraceCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(arity = "0..2", paramLabel = "on|off|last [N]|topic FILTER|CLIENT", description = "what to show")
    List<String> args = new ArrayList<>();

    @Option(names = "--bytes", description = "add each packet's bytes in hex")
    boolean bytes;

    public TraceCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ctx.broker("trace");
        String what = args.isEmpty() ? "last" : args.get(0);
        switch (what) {
            case "on" -> { ctx.tap().live(true); ctx.println(ctx.t("shell.trace.on")); }
            case "off" -> { ctx.tap().live(false); ctx.println(ctx.t("shell.trace.off")); }
            case "last" -> show(count(), e -> true, "");
            case "topic" -> {
                if (args.size() < 2) throw new ShellException("trace topic: give a filter, e.g. `trace topic 'building/#'`.");
                String filter = args.get(1);
                show(1, e -> Topics.matches(filter, ((Publish) e.packet()).topic()), " on " + filter);
            }
            default -> show(1, null, " for " + what);
        }
    }

    private int count() {
        if (args.size() < 2) return 1;
        try {
            int n = Integer.parseInt(args.get(1));
            if (n < 1 || n > 50) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ShellException("trace last: N must be 1 to 50, e.g. `trace last 3`.");
        }
    }

    private void show(int n, Predicate<TapEvent> which, String scope) {
        List<TapEvent> recent = ctx.tap().recent();
        List<Journey> journeys;
        if (which == null) {
            String client = args.get(0);
            journeys = new ArrayList<>();
            for (int k = 1; k <= 200 && journeys.isEmpty(); k++) {
                for (Journey j : Journey.lastN(recent, k, e -> true)) if (j.involves(client)) { journeys = List.of(j); }
            }
        } else {
            journeys = Journey.lastN(recent, n, which);
        }
        if (journeys.isEmpty()) throw new ShellException(ctx.t("shell.trace.nothing", scope));
        for (Journey j : journeys) {
            for (AttributedString l : j.diagram().render(bytes, ctx.styles().colour())) ctx.println(l);
            for (String note : notes(ctx, j)) ctx.println(ctx.styles().styled(mqttlab.shell.Styles.FAINT, note));
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
        if (j.subscribers().isEmpty()) {
            // QoS 0 has no acknowledgement; QoS 1 and 2 are acknowledged to the publisher even when nobody subscribed
            out.add(q == 0 ? ctx.t("shell.trace.no.subscriber.qos0", j.publish().topic())
                    : ctx.t("shell.trace.no.subscriber", j.publish().topic(), q == 1 ? "PUBACK" : "PUBREC"));
        }
        return out;
    }
}

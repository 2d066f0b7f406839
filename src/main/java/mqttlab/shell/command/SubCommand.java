package mqttlab.shell.command;

import java.util.List;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.Styles;
import mqttlab.client.ConnectOptions;
import mqttlab.client.MqttConnection;
import mqttlab.client.SubOptions;
import mqttlab.protocol.packet.PacketType;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.shell.session.Session;
import mqttlab.shell.session.ShellSubscription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sub", aliases = "mosquitto_sub", sortOptions = false,
        description = "Subscribe: messages are printed above the prompt as they arrive (mosquitto_sub's flags).",
        footerHeading = "%nExamples:%n",
        footer = {"  sub -t 'building/+/+/temperature'      every sensor's temperature",
                "  sub -t # -v                             everything (# matches all levels)",
                "  sub -t test -q 2 -C 3                   three messages at QoS 2, then stop",
                "  sub -t building/# -F '%%t = %%p (q%%q)'    your own format",
                "  mosquitto_sub -h localhost -p 1883 -t # -v"})
public final class SubCommand implements Runnable {
    private final ShellContext ctx;
    @Mixin ConnectOptions conn;
    @Mixin SubOptions sub;

    public SubCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        sub.validate();
        Session s;
        boolean ownClient = Targets.needsOwnClient(ctx, conn);
        if (ownClient) {
            String name = Targets.freshName(ctx, conn.id, "sub");
            s = ctx.sessions().open(name, Targets.settings(ctx, conn));
            ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.session.connecting", name, s.connection().settings().host() + ":"
                    + s.connection().settings().port(), s.connection().settings().clientId().isEmpty() ? ctx.t("shell.client.id.assigned") : s.connection().settings().clientId(),
                    s.connection().settings().versionLabel())));
        } else {
            s = Targets.current(ctx);
        }
        MqttConnection c = s.awaitConnected();
        if (conn.debug) c.wire().debug(line -> ctx.printAsync(ctx.styles().styled(Styles.FAINT, line)));
        if (!sub.unsubscribe.isEmpty()) Session.await("unsub", c.unsubscribe(sub.unsubscribe));
        ShellSubscription ss = new ShellSubscription(s, sub, ownClient);
        s.subscriptions().add(ss);
        List<Integer> codes;
        try {
            codes = Session.await("sub", c.subscribe(sub.topics, sub.qos, sub.subscribeOptions()));
        } catch (RuntimeException e) {
            ss.cancel();
            if (!c.isConnected()) { // closed at the SUBSCRIBE: some brokers refuse a filter this way instead of in the SUBACK
                throw new ShellException(e.getMessage() + "\n" + ctx.t("broker.quirk.closed.at.subscribe", String.join(" ", sub.topics)));
            }
            throw e;
        }
        if (codes.stream().allMatch(rc -> rc >= 0x80)) {
            ss.cancel();
            // 3.1.1 has one failure code (0x80 Failure); MQTT 5 says why, and the student reads it in words
            boolean v5 = c.settings().version() == 5;
            String hex = codes.stream().distinct().map(rc -> v5 ? ReasonCode.shown(rc, PacketType.SUBACK).shown() : String.format("0x%02X", rc))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            throw new ShellException(ctx.t("shell.sub.denied", String.join(" ", sub.topics), hex));
        }
        String granted = codes.stream().map(rc -> rc >= 0x80 ? "refused" : String.valueOf(rc)).reduce((a, b) -> a + "," + b).orElse("");
        String extra = sub.count == null ? "" : sub.count == 1 ? ctx.t("shell.sub.stops.after.one") : ctx.t("shell.sub.stops.after", sub.count);
        ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.subscribed", s.clientId(), String.join(" ", sub.topics), granted, extra)));
        ss.start();
        mqttlab.client.BrokerQuirks.downgraded(sub.qos, codes).ifPresent(ctx::println);
        if (!ctx.endpoint().embedded()
                && mqttlab.client.RetainedProbe.known(ctx.endpoint().host(), ctx.endpoint().port()) == mqttlab.client.RetainedProbe.Result.NOT_ON_WILDCARD
                && sub.topics.stream().anyMatch(mqttlab.client.RetainedProbe::hasWildcard)) {
            ctx.println(ctx.t("broker.quirk.retained.wildcard"));
        }
        // A resumed client of its own (`sub -c -i ID`): what the broker kept prints through this subscription,
        // after the SUBACK line; with -C it may end the subscription (and close its client) right here.
        if (ownClient && Boolean.TRUE.equals(s.sessionPresent())) mqttlab.shell.session.SessionResume.showKept(s);
        s.goLive();
        ss.armTimeout();
        if (sub.exitAfterSubscribe) ss.endOnceSubscribed();
    }
}

package mqttlab.shell;

import java.util.HexFormat;
import mqttlab.broker.tap.Direction;
import mqttlab.relay.Relay;
import mqttlab.relay.UpstreamLink;
import mqttlab.text.OutsideText;

/**
 * What the relay has to say above the prompt with {@code --broker}: the link to the broker going down
 * and coming back, a malformed packet on either leg (its bytes become `decode last`), and where the
 * broker answers otherwise than the lab's broker would (a SUBACK granting a student's program less than asked).
 */
public final class RelayNotices {
    private RelayNotices() { }

    /** The banner's first line: where the relay listens, in front of which broker, and whether that broker answers. */
    public static String banner(ShellContext ctx, Relay relay) {
        String head = ctx.t("shell.banner.relay", "127.0.0.1:" + relay.port(), relay.upstream().url());
        return relay.link().up() ? head : head + ctx.t("shell.banner.relay.down", OutsideText.line(relay.link().shownReason()));
    }

    /** From now on, prints the relay's news above the prompt. */
    public static void listen(ShellContext ctx, Relay relay) {
        relay.link().onChange(c -> link(ctx, relay, c));
        relay.onMalformed(m -> {
            ctx.tap().malformed(m.bytes(), m.direction() == Direction.IN ? m.client() : ctx.t("shell.relay.the.broker"), m.version());
            String hex = HexFormat.ofDelimiter(" ").formatHex(m.bytes(), 0, Math.min(m.bytes().length, 16));
            String key = m.direction() == Direction.IN ? "shell.relay.malformed.in" : "shell.relay.malformed.out";
            ctx.printAsync(ctx.styles().styled(Styles.ERROR, ctx.t(key, OutsideText.line(m.client()), OutsideText.line(m.why()), hex)));
        });
        // the shell's own sessions hear it from `sub` (BrokerQuirks); the relay speaks for every other client: the student's programs
        relay.onDifference(d -> {
            if (ctx.sessions().all().stream().noneMatch(s -> d.clientId().equals(s.clientId()))) {
                ctx.printAsync(ctx.styles().styled(Styles.BOLD, d.explain()));
            }
        });
    }

    private static void link(ShellContext ctx, Relay relay, UpstreamLink.Change c) {
        String url = relay.upstream().url();
        if (c.up()) {
            ctx.printAsync(ctx.styles().styled(Styles.BOLD, ctx.t("shell.relay.link.up", url)));
            ctx.sessions().brokerBack();
        } else {
            ctx.sessions().brokerDown();
            ctx.printAsync(ctx.styles().styled(Styles.ERROR, ctx.t("shell.relay.link.down", url, OutsideText.line(c.shown()), 2)));
        }
    }
}

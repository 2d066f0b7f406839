package mqttlab.shell.command;

import mqttlab.text.Sparkline;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.BrokerStats;
import mqttlab.shell.ShellContext;
import mqttlab.text.Table;
import picocli.CommandLine.Command;

@Command(name = "stats", description = "The broker's counters (as $SYS/broker/... publishes them) and messages per second in and out.")
public final class StatsCommand implements Runnable {
    private final ShellContext ctx;

    public StatsCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        BrokerStats s = ctx.broker("stats").stats();
        List<double[]> rates = ctx.tap().rates();
        List<Double> in = new ArrayList<>(), out = new ArrayList<>();
        for (double[] r : rates) { in.add(r[0]); out.add(r[1]); }
        Table t = new Table();
        t.row(ctx.t("shell.stats.uptime"), ctx.t("shell.stats.uptime.value", s.uptime().toSeconds()));
        t.row(ctx.t("shell.stats.clients"), ctx.t("shell.stats.clients.value", s.clientsConnected(), s.clientsDisconnected(), s.clientsTotal()));
        t.row(ctx.t("shell.stats.messages"), ctx.t("shell.stats.messages.value", s.publishReceived(), s.publishSent(), s.publishDropped()));
        t.row(ctx.t("shell.stats.bytes"), ctx.t("shell.stats.bytes.value", s.bytesReceived(), s.bytesSent()));
        t.row(ctx.t("shell.stats.subscriptions"), s.subscriptions());
        t.row(ctx.t("shell.stats.retained"), s.retained());
        t.row(ctx.t("shell.stats.inflight"), s.inflight());
        if (!rates.isEmpty()) {
            double[] last = rates.get(rates.size() - 1);
            t.row(ctx.t("shell.stats.rate.in"), String.format("%.0f  %s", last[0], Sparkline.of(in)));
            t.row(ctx.t("shell.stats.rate.out"), String.format("%.0f  %s", last[1], Sparkline.of(out)));
        }
        t.render(ctx.styles().colour(), ctx.width()).forEach(ctx::println);
    }
}

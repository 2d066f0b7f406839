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
        t.row("uptime", s.uptime().toSeconds() + " s");
        t.row("clients", s.clientsConnected() + " connected, " + s.clientsDisconnected() + " offline, " + s.clientsTotal() + " total");
        t.row("messages", s.publishReceived() + " PUBLISH in, " + s.publishSent() + " out, " + s.publishDropped() + " dropped");
        t.row("bytes", s.bytesReceived() + " in, " + s.bytesSent() + " out");
        t.row("subscriptions", s.subscriptions());
        t.row("retained", s.retained());
        t.row("inflight", s.inflight());
        if (!rates.isEmpty()) {
            double[] last = rates.get(rates.size() - 1);
            t.row("msgs/s in", String.format("%.0f  %s", last[0], Sparkline.of(in)));
            t.row("msgs/s out", String.format("%.0f  %s", last[1], Sparkline.of(out)));
        }
        t.render(ctx.styles().colour(), ctx.width()).forEach(ctx::println);
    }
}

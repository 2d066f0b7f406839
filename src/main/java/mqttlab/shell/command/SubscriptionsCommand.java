package mqttlab.shell.command;

import mqttlab.broker.SubscriptionInfo;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ui.Table;
import picocli.CommandLine.Command;

@Command(name = "subscriptions", aliases = "subs", description = "Every subscription the broker holds: client, filter, QoS, options.")
public final class SubscriptionsCommand implements Runnable {
    private final ShellContext ctx;

    public SubscriptionsCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        Table t = new Table("CLIENT ID", "FILTER", "QOS", "OPTIONS");
        for (SubscriptionInfo s : ctx.broker("subscriptions").subscriptions()) {
            String opts = (s.noLocal() ? "no-local " : "") + (s.retainAsPublished() ? "retain-as-published " : "")
                    + (s.retainHandling() != 0 ? "retain-handling=" + s.retainHandling() + " " : "")
                    + (s.subscriptionId() > 0 ? "id=" + s.subscriptionId() : "");
            t.row(s.clientId(), s.filter(), s.qos(), opts.isBlank() ? "-" : opts.trim());
        }
        t.print(ctx);
    }
}

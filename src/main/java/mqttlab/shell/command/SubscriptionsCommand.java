package mqttlab.shell.command;

import static mqttlab.text.Text.t;

import mqttlab.broker.SubscriptionInfo;
import mqttlab.shell.ShellContext;
import mqttlab.text.Table;
import picocli.CommandLine.Command;

@Command(name = "subscriptions", aliases = "subs", description = "Every subscription the broker holds: client, filter, QoS, options.")
public final class SubscriptionsCommand implements Runnable {
    private final ShellContext ctx;

    public SubscriptionsCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        mqttlab.broker.BrokerView view = ctx.broker("subscriptions");
        Table table = new Table(t("table.client.id"), t("table.filter"), "QoS", t("table.options"));
        for (SubscriptionInfo s : view.subscriptions()) {
            String opts = (s.noLocal() ? "no-local " : "") + (s.retainAsPublished() ? "retain-as-published " : "")
                    + (s.retainHandling() != 0 ? "retain-handling=" + s.retainHandling() + " " : "")
                    + (s.subscriptionId() > 0 ? "id=" + s.subscriptionId() : "");
            table.row(s.clientId(), s.filter(), s.qos(), opts.isBlank() ? "-" : opts.trim());
        }
        table.render(ctx.styles().colour(), ctx.width()).forEach(ctx::println);
        if (view.secondHand() != null) ctx.println(ctx.styles().styled(mqttlab.shell.Styles.FAINT, view.secondHand()));   // --broker: what the relay saw
    }
}

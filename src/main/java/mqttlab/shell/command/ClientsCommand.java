package mqttlab.shell.command;

import static mqttlab.text.Text.t;

import mqttlab.broker.ClientInfo;
import mqttlab.shell.ShellContext;
import mqttlab.text.Table;
import picocli.CommandLine.Command;

@Command(name = "clients", description = "The broker's clients: connected now, or persistent sessions kept while offline.")
public final class ClientsCommand implements Runnable {
    private final ShellContext ctx;

    public ClientsCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        mqttlab.broker.BrokerView view = ctx.broker("clients");
        Table table = new Table(t("table.client.id"), t("table.address"), "MQTT", t("table.clean"), t("table.keepalive"), t("table.user"), t("table.state"),
                t("table.inflight"), t("table.queued"))
                .optional(5, 2, 4, 3);   // a narrow screen drops the user (mostly "-"), the version, keep alive, clean: the address and state stay whole
        for (ClientInfo c : view.clients()) {
            table.row(c.clientId(), c.remoteAddress() == null ? "-" : c.remoteAddress(), c.version().label(), t(c.cleanStart() ? "table.yes" : "table.no"),
                    c.keepAlive() + "s", c.username() == null ? "-" : c.username(), t(c.connected() ? "table.connected" : "table.kept.offline"),
                    c.inflight(), c.queued());
        }
        table.render(ctx.styles().colour(), ctx.width()).forEach(ctx::println);
        if (view.secondHand() != null) ctx.println(ctx.styles().styled(mqttlab.shell.Styles.FAINT, view.secondHand()));   // --broker: what the relay saw
    }
}

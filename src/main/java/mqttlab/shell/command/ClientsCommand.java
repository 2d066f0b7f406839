package mqttlab.shell.command;

import mqttlab.broker.ClientInfo;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ui.Table;
import picocli.CommandLine.Command;

@Command(name = "clients", description = "The broker's clients: connected now, or persistent sessions kept while offline.")
public final class ClientsCommand implements Runnable {
    private final ShellContext ctx;

    public ClientsCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        Table t = new Table("CLIENT ID", "ADDRESS", "MQTT", "CLEAN", "KEEPALIVE", "USER", "STATE", "INFLIGHT", "QUEUED");
        for (ClientInfo c : ctx.broker("clients").clients()) {
            t.row(c.clientId(), c.remoteAddress() == null ? "-" : c.remoteAddress(), c.version().label(), c.cleanStart() ? "yes" : "no",
                    c.keepAlive() + "s", c.username() == null ? "-" : c.username(), c.connected() ? "connected" : "offline (session kept)",
                    c.inflight(), c.queued());
        }
        t.print(ctx);
    }
}

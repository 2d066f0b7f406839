package mqttlab.shell.command;

import static mqttlab.text.Text.t;

import java.util.stream.Collectors;
import mqttlab.shell.ShellContext;
import mqttlab.shell.session.Session;
import mqttlab.shell.session.ShellSubscription;
import mqttlab.shell.ui.Table;
import picocli.CommandLine.Command;

@Command(name = "sessions", description = "List the client sessions: name, client id, version, state, subscriptions.")
public final class SessionsCommand implements Runnable {
    private final ShellContext ctx;

    public SessionsCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        Table table = new Table("", t("table.session"), t("table.client.id"), "MQTT", t("table.state"), t("table.will"), t("table.subscriptions"));
        for (Session s : ctx.sessions().all()) {
            var st = s.connection().settings();
            String subs = s.subscriptions().stream().map(ShellSubscription::filters).flatMap(java.util.List::stream).collect(Collectors.joining(" "));
            table.row(s.name().equals(ctx.sessions().currentName()) ? "*" : "", s.name(), s.clientId(), st.versionLabel(),
                    s.connection().isConnected() ? t("table.connected") : s.state(), st.will() == null ? "-" : st.will().topic(), subs);
        }
        table.print(ctx);
    }
}

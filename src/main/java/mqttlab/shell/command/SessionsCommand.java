package mqttlab.shell.command;

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
        Table t = new Table("", "SESSION", "CLIENT ID", "MQTT", "STATE", "WILL", "SUBSCRIPTIONS");
        for (Session s : ctx.sessions().all()) {
            var st = s.connection().settings();
            String subs = s.subscriptions().stream().map(ShellSubscription::filters).flatMap(java.util.List::stream).collect(Collectors.joining(" "));
            t.row(s.name().equals(ctx.sessions().currentName()) ? "*" : "", s.name(), s.clientId(), st.versionLabel(),
                    s.connection().isConnected() ? "connected" : s.state(), st.will() == null ? "-" : st.will().topic(), subs);
        }
        t.print(ctx);
    }
}

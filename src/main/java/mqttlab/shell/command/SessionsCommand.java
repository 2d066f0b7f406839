package mqttlab.shell.command;

import static mqttlab.text.Text.t;

import java.util.List;
import java.util.stream.Collectors;
import mqttlab.shell.ShellContext;
import mqttlab.shell.session.Session;
import mqttlab.shell.session.Sessions;
import mqttlab.shell.session.ShellSubscription;
import mqttlab.text.Table;
import picocli.CommandLine.Command;

@Command(name = "sessions", description = "List the client sessions: name, client id, state, subscriptions, whether the broker kept a session, what it had queued; and the closed sessions the broker keeps.")
public final class SessionsCommand implements Runnable {
    private final ShellContext ctx;

    public SessionsCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        // what the student needs first comes first: a narrow screen drops the trailing columns, saying which
        Table table = new Table("", t("table.session"), t("table.client.id"), t("table.state"), t("table.subscriptions"),
                "CONNACK", t("table.queued"), "MQTT", t("table.will"));
        for (Session s : ctx.sessions().all()) {
            var st = s.connection().settings();
            String subs = s.subscriptions().stream().map(ShellSubscription::filters).flatMap(List::stream).collect(Collectors.joining(" "));
            Boolean present = s.sessionPresent();
            table.row(s.name().equals(ctx.sessions().currentName()) ? "*" : "", s.name(), s.clientId(),
                    s.connection().isConnected() ? t("table.connected") : state(s.state()), subs,
                    present == null ? "-" : present ? t("table.session.present") : t("table.session.new"),
                    Boolean.TRUE.equals(present) ? String.valueOf(s.deliveredOnResume()) : "-",
                    st.versionLabel(), st.will() == null ? "-" : st.will().topic());
        }
        // sessions the shell closed and the broker keeps: what waits for them there
        for (Sessions.Kept k : ctx.sessions().keptSessions()) {
            int queued = ctx.sessions().queuedAtBroker(k.clientId());
            String subs = k.subscriptions().stream().map(o -> String.join(" ", o.topics)).collect(Collectors.joining(" "));
            table.row("", k.name(), k.clientId(), t("table.kept.offline"), subs, "-",
                    queued < 0 ? "?" : String.valueOf(queued), "-", "-");
        }
        table.render(ctx.styles().colour(), ctx.width()).forEach(ctx::println);
    }

    /** A session's state in the reader's language: "connecting", "lost" are the catalogue's table.state.*. */
    private static String state(String state) {
        return mqttlab.text.Text.has("table.state." + state) ? t("table.state." + state) : state;
    }
}

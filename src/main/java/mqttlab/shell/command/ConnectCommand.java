package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import mqttlab.shell.Styles;
import mqttlab.client.ClientSettings;
import mqttlab.client.ConnectOptions;
import mqttlab.shell.session.Session;
import mqttlab.shell.session.SessionResume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "connect", sortOptions = false,
        description = "Connect a new named client session and make it current (the prompt shows it).",
        footerHeading = "%nExamples:%n",
        footer = {"  connect pub1                                    a 3.1.1 client with client id pub1",
                "  connect sensor -V 5 --will-topic building/125/status --will-payload offline --will-retain",
                "  connect durable -c -i student1                  a persistent session (durable subscription)",
                "  kill sensor                                     cut it: the broker publishes its will"})
public final class ConnectCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(descriptionKey = "NAME[0]", paramLabel = "${bundle:label.name:-NAME}", description = "the session's name (also the client id unless -i is given)")
    String name;

    @Mixin ConnectOptions conn;

    public ConnectCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        if (conn.id == null && conn.idPrefix == null) conn.id = name;
        ClientSettings settings = Targets.settings(ctx, conn);
        if (ctx.sessions().has(name) && !ctx.sessions().get(name).connection().isConnected()) ctx.sessions().remove(name);
        Session s = ctx.sessions().open(name, settings);
        ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.session.connecting", name, settings.host() + ":" + settings.port(),
                settings.clientId().isEmpty() ? ctx.t("shell.client.id.assigned") : settings.clientId(), settings.versionLabel())));
        try {
            boolean present = Session.await("connect " + name, s.ready());
            ctx.sessions().use(name);
            ctx.println(ctx.styles().styled(Styles.OK, ctx.t("shell.session.connected", name, s.clientId(), present ? ctx.t("shell.session.present") : "")));
            if (present) SessionResume.show(s);
        } catch (RuntimeException e) {
            ctx.sessions().remove(name);
            throw e;
        }
    }
}

package mqttlab.shell.command;

import mqttlab.text.Cause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.Styles;
import mqttlab.client.ConnectOptions;
import mqttlab.client.MqttConnection;
import mqttlab.client.Properties;
import mqttlab.client.PubOptions;
import mqttlab.client.WireLog;
import mqttlab.shell.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "pub", aliases = "mosquitto_pub", sortOptions = false,
        description = "Publish a message (mosquitto_pub's flags).",
        footerHeading = "%nExamples:%n",
        footer = {"  pub -t test -m 'hello world' -q 2",
                "  pub -t building/125/ac/set -m ON -q 1",
                "  pub -t building/125/ac/state -m OFF -r      retained: new subscribers get it at once",
                "  pub -t test -n -r                           clear the retained message on test",
                "  mosquitto_pub -t test -m \"hello world\" -q 2"})
public final class PubCommand implements Runnable {
    private final ShellContext ctx;
    @Mixin ConnectOptions conn;
    @Mixin PubOptions pub;

    public PubCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        pub.validate();
        if (pub.stdinLine || pub.stdinFile) throw new ShellException(ctx.t("shell.stdin.in.shell", pub.stdinLine ? "-l" : "-s"));
        byte[] payload = payload();
        Properties props = Properties.parse(conn.properties);
        boolean own = Targets.needsOwnClient(ctx, conn) || !conn.properties.isEmpty() && Targets.current(ctx).connection().settings().version() != 5;
        MqttConnection c;
        if (own) {
            c = MqttConnection.create(Targets.settings(ctx, conn), new WireLog(conn.debug ? this::debug : null, false));
            Session.await("pub", c.connect());
        } else {
            c = Targets.current(ctx).awaitConnected();
            if (conn.debug) c.wire().debug(this::debug);
        }
        try {
            for (int i = 0; i < pub.repeat; i++) {
                if (i > 0 && pub.repeatDelay > 0) sleep(pub.repeatDelay);
                Session.await("pub", c.publish(props.publish(pub.topic, payload, pub.qos, pub.retain)));
            }
        } finally {
            if (own) c.close();
        }
        String flags = (pub.qos > 0 ? ctx.t("shell.pub.acked") : "") + (pub.retain ? ctx.t("shell.pub.retained") : "");
        String times = pub.repeat > 1 ? " ×" + pub.repeat : "";
        ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.published", pub.topic, pub.qos, flags, times)));
    }

    private byte[] payload() {
        if (pub.nullMessage) return new byte[0];
        if (pub.message != null) return pub.message.getBytes(StandardCharsets.UTF_8);
        try {
            return Files.readAllBytes(pub.file);
        } catch (IOException e) {
            throw new ShellException(ctx.t("shell.pub.file", pub.file, Cause.of(e)));
        }
    }

    private void debug(String line) {
        ctx.printAsync(ctx.styles().styled(Styles.FAINT, line));
    }

    private static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

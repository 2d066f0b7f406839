package mqttlab.cli;

import mqttlab.text.Cause;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mqttlab.client.ClientSettings;
import mqttlab.client.ConnectFailure;
import mqttlab.client.ConnectOptions;
import mqttlab.client.MqttConnection;
import mqttlab.client.Properties;
import mqttlab.client.PubOptions;
import mqttlab.client.UsageError;
import mqttlab.client.WireLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `mqttlab pub`: mosquitto_pub, with its flags and exit codes. */
@Command(name = "pub", sortOptions = false, description = "Publish a message, as mosquitto_pub does.")
public final class PubCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    @Mixin ConnectOptions conn;
    @Mixin PubOptions pub;
    @Option(names = "--help", usageHelp = true, description = "show this help")
    boolean help;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() throws InterruptedException {
        ClientSettings settings;
        Properties props;
        byte[] payload = null;
        try {
            settings = conn.settings("localhost", 1883);
            pub.validate();
            props = Properties.parse(conn.properties);
            if (pub.message != null) payload = pub.message.getBytes(StandardCharsets.UTF_8);
            if (pub.nullMessage) payload = new byte[0];
            if (pub.file != null) payload = readFile();
            if (pub.stdinFile) payload = System.in.readAllBytes();
        } catch (UsageError e) {
            return CliErrors.usage(err, "mqttlab pub", e.getMessage());
        } catch (IOException e) {
            err.println(mqttlab.text.Text.t("client.err.stdin", Cause.of(e)));
            return 1;
        }
        // one-shot: the codec over a blocking socket starts in a fraction of the client library's time
        MqttConnection c = new mqttlab.client.BlockingPublisher(settings, new WireLog(conn.debug ? this::line : null, false));
        try {
            c.connect().get();
            if (pub.stdinLine) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String l; (l = in.readLine()) != null; ) {
                    c.publish(props.publish(pub.topic, l.getBytes(StandardCharsets.UTF_8), pub.qos, pub.retain)).get();
                }
            } else {
                for (int i = 0; i < pub.repeat; i++) {
                    if (i > 0 && pub.repeatDelay > 0) Thread.sleep((long) (pub.repeatDelay * 1000));
                    c.publish(props.publish(pub.topic, payload, pub.qos, pub.retain)).get();
                }
            }
            c.disconnect().get(5, TimeUnit.SECONDS);
            return 0;
        } catch (ExecutionException e) {
            Throwable cause = ConnectFailure.unwrap(e);
            if (cause instanceof ConnectFailure f) {
                // mosquitto_pub words a 3.1.1 CONNACK refusal differently from mosquitto_sub
                String msg = f.refusedByBroker() && settings.version() == 3 ? mqttlab.text.Text.t("client.err.pub.refused") + (f.exitCode() != 2 ? ""
                        : mqttlab.client.IdRejected.why(settings.clientId(), settings.username(), settings.cleanSession()).map(w -> "\n" + w).orElse(""))
                        : f.getMessage();
                if (!conn.quiet) err.println(msg);
                c.kill();
                return f.exitCode();
            }
            if (!conn.quiet) err.println(mqttlab.text.Text.t("cli.error", cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            c.kill();
            return 1;
        } catch (IOException | java.util.concurrent.TimeoutException e) {
            if (!conn.quiet) err.println(mqttlab.text.Text.t("cli.error", e.getMessage()));
            c.kill();
            return 1;
        }
    }

    private byte[] readFile() {
        try {
            return Files.readAllBytes(pub.file);
        } catch (IOException e) {
            throw new UsageError(mqttlab.text.Text.t("client.err.file", pub.file, mqttlab.broker.config.ConfigParser.reason(e)));
        }
    }

    private synchronized void line(String s) {
        out.println(s);
        out.flush();
    }
}

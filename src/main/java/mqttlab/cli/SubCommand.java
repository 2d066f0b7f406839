package mqttlab.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import mqttlab.client.ClientSettings;
import mqttlab.client.ConnectFailure;
import mqttlab.client.ConnectOptions;
import mqttlab.client.MessageFormat;
import mqttlab.client.MqttConnection;
import mqttlab.client.Outgoing;
import mqttlab.client.Received;
import mqttlab.client.SubOptions;
import mqttlab.client.UsageError;
import mqttlab.client.WireLog;
import mqttlab.text.OutsideText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `mqttlab sub`: mosquitto_sub, with its flags, output and exit codes (27 when -W runs out). */
@Command(name = "sub", sortOptions = false, description = "Subscribe and print messages, as mosquitto_sub does.")
public final class SubCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    @Mixin ConnectOptions conn;
    @Mixin SubOptions sub;
    @Option(names = "--help", usageHelp = true, description = "show this help")
    boolean help;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    /**
     * Messages go to a person's terminal, not a pipe or a file: a classmate's payload or topic must not drive it
     * (clear it, retitle it, overwrite a line), so control and invisible characters are shown, as the shell shows
     * them ({@link OutsideText}). Into a pipe or a file the bytes go exactly as mosquitto_sub writes them.
     */
    private final boolean terminal = System.console() != null;

    @Override
    public Integer call() throws InterruptedException {
        ClientSettings settings;
        try {
            settings = conn.settings("localhost", 1883);
            sub.validate();
        } catch (UsageError e) {
            return CliErrors.usage(err, "mqttlab sub", e.getMessage());
        }
        MessageFormat format = new MessageFormat(sub.format, sub.verbose, !sub.noNewline);
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        int[] exit = {0};
        MqttConnection c = MqttConnection.create(settings, new WireLog(conn.debug ? this::line : null, true));
        c.onMessage(m -> {
            if (done.getCount() == 0) return;
            if (sub.retainedOnly && !m.retain()) { done.countDown(); return; }
            if (sub.shown(m)) print(format, m);
            if (sub.removeRetained && m.retain() && m.payload().length > 0) c.publish(Outgoing.of(m.topic(), new byte[0], 0, true));
            if (sub.count != null && !(sub.noRetained && m.retain()) && seen.incrementAndGet() >= sub.count) done.countDown();
        });
        c.onLost(reason -> {
            if (!conn.quiet) err.println(mqttlab.text.Text.t("client.err.lost"));
            exit[0] = 1;
            done.countDown();
        });
        try {
            c.connect().get();
            if (!sub.unsubscribe.isEmpty()) c.unsubscribe(sub.unsubscribe).get();
            var codes = c.subscribe(sub.topics, sub.qos, sub.subscribeOptions()).get();
            if (codes.stream().allMatch(rc -> rc >= 0x80) && !conn.quiet) err.println("All subscription requests were denied.");
        } catch (ExecutionException e) {
            Throwable cause = ConnectFailure.unwrap(e);
            ConnectFailure f = cause instanceof ConnectFailure cf ? cf : ConnectFailure.network(cause);
            if (!conn.quiet) err.println(f.getMessage());
            c.kill();
            return f.exitCode();
        }
        if (sub.exitAfterSubscribe) done.countDown();
        boolean finished = sub.timeout == null ? await(done) : done.await(sub.timeout, TimeUnit.SECONDS);
        if (!finished) {
            if (!conn.quiet) err.println("Timed out");
            disconnect(c);
            return 27;
        }
        disconnect(c);
        out.flush();
        return exit[0];
    }

    private static boolean await(CountDownLatch l) throws InterruptedException {
        l.await();
        return true;
    }

    private static void disconnect(MqttConnection c) {
        try {
            c.disconnect().get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            c.kill();
        }
    }

    private synchronized void line(String s) {
        out.println(terminal ? OutsideText.keepingLines(s) : s);
        out.flush();
    }

    private synchronized void print(MessageFormat format, Received m) {
        try {
            byte[] b = format.render(m);
            out.write(terminal ? OutsideText.keepingLines(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : b);
            out.flush();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

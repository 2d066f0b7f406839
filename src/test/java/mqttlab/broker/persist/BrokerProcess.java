package mqttlab.broker.persist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `mqttlab broker -c FILE` in a JVM of its own (the test's class path), so a test can SIGTERM or kill -9 it. */
final class BrokerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Opening ipv4 listen socket on port (\\d+)\\.");

    final Process process;
    final int port;
    private final StringBuffer output = new StringBuffer();

    private BrokerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BrokerProcess start(Path conf) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                "mqttlab.cli.Main", "broker", "-c", conf.toString())).redirectErrorStream(true).start();
        StringBuffer out = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.append(line).append('\n');
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                }
            } catch (IOException ignored) {
                // the process is gone
            }
            port.completeExceptionally(new IllegalStateException("the broker ended before listening:\n" + out));
        }, "broker-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            BrokerProcess bp = new BrokerProcess(p, port.get(30, TimeUnit.SECONDS));
            bp.output.append(out);
            return bp;
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("the broker did not start: " + e.getMessage() + "\n" + out, e);
        }
    }

    /** SIGTERM: the shutdown hook stops the broker, which saves. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) throw new AssertionError("the broker did not stop within 20 s of SIGTERM");
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no last save. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}

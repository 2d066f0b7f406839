package mqttlab.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child process (a broker, a mosquitto_sub) whose output, stdout and stderr together, is read line by line. */
public final class LoggedProcess implements AutoCloseable {
    public final Process process;
    private final List<String> lines = new ArrayList<>();

    public LoggedProcess(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) synchronized (lines) { lines.add(l); lines.notifyAll(); }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** The lines so far. */
    public List<String> lines() {
        synchronized (lines) { return List.copyOf(lines); }
    }

    /** Waits (up to 30 s) for a line that contains {@code part}, or ends with it when {@code atEnd}. */
    public void awaitLine(String part, boolean atEnd) throws InterruptedException {
        awaitLines(part, atEnd, 1);
    }

    /** Waits (up to 30 s) until {@code count} lines contain {@code part} (or end with it when {@code atEnd}). */
    public void awaitLines(String part, boolean atEnd, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (lines) {
            while (lines.stream().filter(l -> atEnd ? l.endsWith(part) : l.contains(part)).count() < count) {
                long left = end - System.nanoTime();
                assertTrue(left > 0, "no line with '" + part + "' in " + lines);
                lines.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    /** Sends a signal by name (HUP, INT, TERM) with kill(1), as a person would. */
    public void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

package mqttlab.classroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A child process whose output lines (stdout and stderr) are collected as they come, and whose stdin takes lines. */
final class LineProcess implements AutoCloseable {
    final List<String> lines = new CopyOnWriteArrayList<>();
    private final Process process;
    private final Writer stdin;

    LineProcess(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) lines.add(l);
            } catch (IOException ignored) {
                // the process ended
            }
        }, "line-process-reader");
        reader.setDaemon(true);
        reader.start();
    }

    void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    boolean has(String fragment) {
        return lines.stream().anyMatch(l -> l.contains(fragment));
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}

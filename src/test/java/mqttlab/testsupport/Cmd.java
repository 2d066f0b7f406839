package mqttlab.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a peer program (mosquitto_sub, python3 ...) with a time limit, capturing its output. */
public final class Cmd {
    public record Result(int exit, String out, String err) {
        public List<String> lines() { return out.isEmpty() ? List.of() : List.of(out.split("\n")); }
    }

    private final Process process;

    private Cmd(Process process) {
        this.process = process;
    }

    /** Starts the command in the background. */
    public static Cmd start(String... command) throws IOException {
        return new Cmd(new ProcessBuilder(command).start());
    }

    /** Runs the command to completion (killed after {@code seconds}). */
    public static Result run(int seconds, String... command) throws IOException, InterruptedException {
        return start(command).await(seconds);
    }

    public Result await(int seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return new Result(-1, read(), readErr());
        }
        return new Result(process.exitValue(), read(), readErr());
    }

    /** SIGKILL: the program dies without a word to the broker, as a crash or a pulled cable. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    public Process process() { return process; }

    private String read() throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private String readErr() throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    public static List<String> list(String... parts) { return new ArrayList<>(List.of(parts)); }
}

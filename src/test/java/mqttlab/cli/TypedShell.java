package mqttlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import mqttlab.shell.LabShell;
import org.jline.terminal.Terminal;

/**
 * A lab shell run on a dumb terminal in a thread of its own and typed into line by line, so a test
 * can drive an instructor's shell and several students' shells at once and wait on what each printed.
 */
final class TypedShell implements AutoCloseable {
    static final Pattern PROMPT = Pattern.compile("(?m)^lab(\\[[^\\]]*])?( L\\d+\\.\\d+)?> $");
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final String name;

    /** Starts {@code shell} (given the terminal, returning the exit status); {@link #awaitPrompt} waits for it. */
    TypedShell(String name, Function<Terminal, Integer> shell) throws IOException {
        this.name = name;
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        OutputStream out = new OutputStream() {
            @Override public void write(int b) { synchronized (screen) { screen.write(b); } }
            @Override public void write(byte[] b, int off, int len) { synchronized (screen) { screen.write(b, off, len); } }
        };
        Terminal t = LabShell.dumb(in, out);
        Thread th = new Thread(() -> {
            try {
                exit.complete(shell.apply(t));
            } catch (Throwable e) {
                exit.completeExceptionally(e);
            }
        }, "typed-shell-" + name);
        th.setDaemon(true);
        th.start();
    }

    String screen() {
        synchronized (screen) { return screen.toString(StandardCharsets.UTF_8); }
    }

    /** Waits for the first prompt (or the end, when the shell could not start); returns the screen. */
    String awaitPrompt() {
        await(() -> PROMPT.matcher(screen()).find() || exit.isDone(), 30_000, name + "'s first prompt");
        return screen();
    }

    /** Types a line and waits until the shell ran it and shows its prompt again; returns what it printed meanwhile. */
    String type(String line) throws IOException {
        int mark = screen().length();
        keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        await(() -> {
            String s = screen().substring(mark);
            int echo = s.indexOf(line + "\n");
            return echo >= 0 && PROMPT.matcher(s.substring(echo + line.length() + 1)).find() && s.endsWith("> ");
        }, 20_000, "the prompt after `" + line + "` in " + name);
        return screen().substring(mark);
    }

    /** Types {@code line} again, each time the prompt is back, until what it printed contains {@code text}; returns that output. */
    String typeUntil(String line, String text, long millis) {
        String[] out = {""};
        return mqttlab.testsupport.Await.value(() -> {
            try {
                out[0] = type(line);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out[0].contains(text) ? out[0] : null;
        }, java.time.Duration.ofMillis(millis), () -> "`" + line + "` never showed '" + text + "' in " + name + ":\n" + out[0]);
    }

    /** Waits until the screen shows {@code text}. */
    void awaitText(String text, long millis) {
        await(() -> screen().contains(text), millis, "'" + text + "' in " + name + "; screen:\n" + screen());
    }

    /** Types quit and returns the exit status. */
    int quit() throws Exception {
        keys.write("quit\n".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return exit.get(20, TimeUnit.SECONDS);
    }

    int exitStatus() throws Exception {
        return exit.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        keys.close();
    }

    static void await(BooleanSupplier condition, long millis, String what) {
        mqttlab.testsupport.Await.until(condition, java.time.Duration.ofMillis(millis), what);
    }
}

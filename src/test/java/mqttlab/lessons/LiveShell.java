package mqttlab.lessons;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.shell.LabShell;
import mqttlab.shell.ShellOptions;
import org.jline.terminal.Terminal;

/**
 * The real lab shell (embedded broker on an ephemeral port, the building on) typed into line by line,
 * as a student would: {@link #type} sends a line and waits until the shell is back at its prompt.
 */
public final class LiveShell implements AutoCloseable {
    private static final Pattern PROMPT = Pattern.compile("(?m)^(?:jshell|lab(\\[[^\\]]*])?( L(\\d+)\\.(\\d+))?)> $");   // `java` prompts jshell>
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Thread shell;
    final LessonProgressStore progress = LessonProgressStore.inMemory();

    public LiveShell(String lang) throws IOException {
        this(lang, null);
    }

    /** As {@link #LiveShell(String)}; with {@code brokerUrl}, the shell runs `--broker URL` (its relay in front of that broker). */
    public LiveShell(String lang, String brokerUrl) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        OutputStream out = new OutputStream() {
            @Override public void write(int b) { synchronized (screen) { screen.write(b); } }
            @Override public void write(byte[] b, int off, int len) { synchronized (screen) { screen.write(b, off, len); } }
        };
        Terminal t = LabShell.dumb(in, out);
        ShellOptions options = new ShellOptions(brokerUrl, null, null, 0, lang, false);
        shell = new Thread(() -> LabShell.run(options, t, false, progress), "walkthrough-shell");
        shell.setDaemon(true);
        shell.start();
        await(() -> PROMPT.matcher(screen()).find(), 20_000, "the shell's first prompt");
    }

    public String screen() {
        synchronized (screen) { return screen.toString(StandardCharsets.UTF_8); }
    }

    public int mark() { return screen().length(); }

    /** What the shell printed since {@code mark}. */
    public String since(int mark) { return screen().substring(mark); }

    /** Types a line and waits until the shell has run it and shows its prompt again; returns what it printed. */
    public String type(String line) throws IOException {
        int mark = mark();
        keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        await(() -> {
            String s = since(mark);
            int echo = s.indexOf(line + "\n");
            return echo >= 0 && PROMPT.matcher(s.substring(echo + line.length() + 1)).find() && s.endsWith("> ");
        }, 60_000, "the prompt after `" + line + "`");   // a first `java` starts JShell's JVM: slow on a loaded machine
        return since(mark);
    }

    /** The lab's places as the shell shows them: its port from the banner, {{altport}} from `probe N` in {@code lessonText}. */
    LabPlaces places(String lessonText) {
        Matcher banner = Pattern.compile("127\\.0\\.0\\.1:(\\d+)").matcher(screen());
        Matcher probe = Pattern.compile("probe (\\d+)").matcher(lessonText);
        if (!banner.find() || !probe.find()) throw new AssertionError("no lab port in the banner or no `probe PORT` in:\n" + lessonText);
        return new LabPlaces("127.0.0.1", Integer.parseInt(banner.group(1)), Integer.parseInt(probe.group(1)));
    }

    /** The lesson and step the last prompt shows, {lesson, step}, or {0, 0}. */
    int[] where() {
        Matcher m = PROMPT.matcher(screen());
        int[] at = {0, 0};
        while (m.find()) if (m.group(3) != null) at = new int[] {Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
        return at;
    }

    public static void await(BooleanSupplier condition, long millis, String what) {
        mqttlab.testsupport.Await.until(condition, java.time.Duration.ofMillis(millis), what);
    }

    @Override
    public void close() throws Exception {
        keys.write("quit\n".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        shell.join(15_000);
        keys.close();
    }
}

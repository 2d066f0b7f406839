package mqttlab.exercises.jshell;

import static mqttlab.text.Text.t;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What JShell's JVM prints, line by line. While a snippet runs its lines are kept, so they come before
 * its value; between snippets they go straight to the listener, because a subscription's callback
 * prints when a message comes, not when the student next types. Bounded: a snippet that prints without
 * end costs the lab at most {@link #MAX_KEPT} characters, and the student is told how many lines were left out.
 */
final class SnippetOutput extends OutputStream {
    /** Characters kept for one snippet (or while nobody listens). */
    static final int MAX_KEPT = 1 << 20;
    /** Bytes of one line before it is cut: a line without end would otherwise grow here. */
    static final int MAX_LINE = 64 * 1024;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();   // guarded by this
    private final List<String> kept = new ArrayList<>();                      // guarded by this
    private int keptChars;
    private long dropped;
    private boolean lineCut;
    private boolean holding = true;
    private Consumer<String> listener;

    /** From now on lines go to {@code listener} whenever no snippet runs; null keeps them again. */
    void listen(Consumer<String> listener) {
        synchronized (this) {
            this.listener = listener;
        }
        handOver();
    }

    /** A snippet starts: its lines are kept for {@link #drain}. */
    synchronized void hold() {
        holding = true;
    }

    /** The snippet ended and its lines were drained: what comes now goes to the listener. */
    void pass() {
        synchronized (this) {
            holding = false;
        }
        handOver();
    }

    /** Lines kept while nobody took them (or that came just after a drain) go to the listener now, if there is one. */
    private void handOver() {
        List<String> lines;
        Consumer<String> to;
        synchronized (this) {
            to = holding ? null : listener;
            if (to == null || kept.isEmpty() && dropped == 0) return;
            lines = drain(false);
        }
        for (String s : lines) to.accept(s);
    }

    /** The lines kept so far (a partial last line too), and a line saying how many were left out. */
    List<String> drain() {
        return drain(true);
    }

    private List<String> drain(boolean withPartialLine) {
        List<String> out;
        synchronized (this) {
            if (withPartialLine && (line.size() > 0 || lineCut)) keep(endLine());
            out = new ArrayList<>(kept);
            if (dropped > 0) out.add(t("jshell.output.dropped", dropped));
            kept.clear();
            keptChars = 0;
            dropped = 0;
        }
        return out;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        List<String> ready = new ArrayList<>();
        Consumer<String> to;
        synchronized (this) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    ready.add(endLine());
                } else if (line.size() < MAX_LINE) {
                    line.write(b[i]);
                } else {
                    lineCut = true;
                }
            }
            to = holding ? null : listener;
            if (to == null) {
                for (String s : ready) keep(s);
                ready.clear();
            }
        }
        // outside the lock: the terminal may be slow, and the child then waits, not the lab
        for (String s : ready) to.accept(s);
    }

    /** The line so far as text; the buffer starts the next one. */
    private String endLine() {
        String s = line.toString(StandardCharsets.UTF_8);
        if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        if (lineCut) s = s + "…";
        line.reset();
        lineCut = false;
        return s;
    }

    private void keep(String s) {
        if (keptChars + s.length() > MAX_KEPT) {
            dropped++;
            return;
        }
        kept.add(s);
        keptChars += s.length();
    }
}

package mqttlab.exercises.jshell;

import static mqttlab.text.Text.t;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import mqttlab.sandbox.OutputLines;

/**
 * What JShell's JVM prints, line by line. While a snippet runs its lines are kept, so they come before
 * its value; between snippets they go straight to the listener, because a subscription's callback
 * prints when a message comes, not when the student next types. Bounded: a snippet that prints without
 * end costs the lab at most {@link #MAX_KEPT} characters, and the student is told how many lines were left out.
 */
final class SnippetOutput extends OutputStream {
    /** Characters kept for one snippet (or while nobody listens). */
    static final int MAX_KEPT = 1 << 20;
    /** Characters of one line before it is cut: a line without end would otherwise grow here. */
    static final int MAX_LINE = 64 * 1024;

    private final OutputLines lines = new OutputLines(MAX_LINE, this::arrived);
    private final List<String> kept = new ArrayList<>();      // guarded by this
    private final List<String> ready = new ArrayList<>();     // guarded by this: to hand over once the write is done
    private int keptChars;
    private long dropped;
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

    /** The lines kept so far (a partial last line too), and a line saying how many were left out. */
    List<String> drain() {
        lines.finish();
        synchronized (this) {
            return takeKept();
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        lines.write(b, off, len);
        deliver();
    }

    private void arrived(String line) {
        synchronized (this) {
            if (!holding && listener != null) {
                ready.add(line);
                return;
            }
            if (keptChars + line.length() > MAX_KEPT) {
                dropped++;
                return;
            }
            kept.add(line);
            keptChars += line.length();
        }
    }

    /** Lines kept while nobody took them (or that came just after a drain) go to the listener now, if there is one. */
    private void handOver() {
        synchronized (this) {
            if (holding || listener == null || kept.isEmpty() && dropped == 0) return;
            ready.addAll(takeKept());
        }
        deliver();
    }

    // outside the lock: the terminal may be slow, and the child then waits, not the lab
    private void deliver() {
        List<String> go;
        Consumer<String> to;
        synchronized (this) {
            if (ready.isEmpty()) return;
            to = listener;
            if (to == null) {   // the listener left meanwhile: kept for the next drain
                kept.addAll(ready);
                ready.clear();
                return;
            }
            go = new ArrayList<>(ready);
            ready.clear();
        }
        for (String s : go) to.accept(s);
    }

    private List<String> takeKept() {
        List<String> out = new ArrayList<>(kept);
        if (dropped > 0) out.add(t("jshell.output.dropped", dropped));
        kept.clear();
        keptChars = 0;
        dropped = 0;
        return out;
    }
}

package mqttlab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a student's program printed, as the lab keeps it: its first {@code head} lines and its last
 * {@code tail} lines, each cut to {@code lineChars} characters, and a count of what was left out.
 * A program may print for ever (a {@code println} in an endless loop, a gigabyte on one line with no
 * line feed); the lab's memory for it stays bounded whatever it prints, and the student still sees
 * how it began and how it ended. Thread-safe: the child's output is written from a reader thread
 * while the shell drains it.
 */
public final class KeptOutput extends OutputStream {
    /** What was kept: the first lines, how many were left out after them, the last lines, and how many lines were cut short. */
    public record Kept(List<String> head, long linesLeftOut, List<String> tail, long linesCut) {
    }

    private final int head;
    private final int tail;
    private final int lineChars;
    private final Predicate<String> keep;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> headLines = new ArrayList<>();
    private final Deque<String> tailLines = new ArrayDeque<>();
    private long lineBytesCut;    // bytes of the current line past what is kept of it
    private long leftOut;
    private long linesCut;

    /**
     * {@code head}, {@code tail}: the lines kept from the start and from the end; {@code lineChars}: the
     * longest line kept; {@code keep}: which lines count at all (false drops a line as the JVM's own noise).
     */
    public KeptOutput(int head, int tail, int lineChars, Predicate<String> keep) {
        this.head = head;
        this.tail = tail;
        this.lineChars = lineChars;
        this.keep = keep;
    }

    public KeptOutput(int head, int tail, int lineChars) {
        this(head, tail, lineChars, l -> true);
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int nl = i;
            while (nl < end && b[nl] != '\n') nl++;
            int room = Math.max(0, lineChars * 4 - line.size());   // UTF-8: at most 4 bytes a character
            int take = Math.min(room, nl - i);
            line.write(b, i, take);
            lineBytesCut += nl - i - take;
            if (nl < end) endLine();
            i = nl + 1;
        }
    }

    private void endLine() {
        String s = line.toString(StandardCharsets.UTF_8);
        if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        line.reset();
        boolean cut = lineBytesCut > 0 || s.length() > lineChars;
        lineBytesCut = 0;
        if (s.length() > lineChars) s = s.substring(0, lineChars);
        if (!keep.test(s)) return;
        if (cut) linesCut++;
        if (headLines.size() < head) {
            headLines.add(cut ? s + "…" : s);
            return;
        }
        if (tail == 0) {
            leftOut++;
            return;
        }
        if (tailLines.size() == tail) {
            tailLines.removeFirst();
            leftOut++;
        }
        tailLines.addLast(cut ? s + "…" : s);
    }

    /** What was printed since the last drain (an unfinished last line counts as a line), and forgets it. */
    public synchronized Kept drain() {
        if (line.size() > 0 || lineBytesCut > 0) endLine();
        Kept k = new Kept(List.copyOf(headLines), leftOut, List.copyOf(tailLines), linesCut);
        headLines.clear();
        tailLines.clear();
        leftOut = 0;
        linesCut = 0;
        return k;
    }

    /** The last lines printed, without forgetting them (an unfinished line is not among them yet). */
    public synchronized List<String> last() {
        List<String> all = new ArrayList<>(headLines);
        all.addAll(tailLines);
        return all;
    }
}

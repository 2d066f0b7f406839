package mqttlab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What a student's program prints, line by line as it arrives, each line cut to {@code lineChars}
 * characters (marked with "…"). A program may print for ever, even a gigabyte on one line with no line
 * feed: this holds at most one cut line, whatever it prints. Each line goes to {@code to} at once, on the
 * writing thread; the caller decides what to keep. CR LF ends a line as LF does. Thread-safe.
 */
public final class OutputLines extends OutputStream {
    private final int lineChars;
    private final Consumer<String> to;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean cut;

    public OutputLines(int lineChars, Consumer<String> to) {
        this.lineChars = lineChars;
        this.to = to;
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
            if (take < nl - i) cut = true;
            if (nl < end) endLine();
            i = nl + 1;
        }
    }

    /** Ends an unfinished last line (the program ended, or a snippet did), if there is one. */
    public synchronized void finish() {
        if (line.size() > 0 || cut) endLine();
    }

    private void endLine() {
        String s = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        if (s.length() > lineChars) {
            int at = Character.isHighSurrogate(s.charAt(lineChars - 1)) ? lineChars - 1 : lineChars;
            s = s.substring(0, at);
            cut = true;
        }
        if (cut) s += "…";
        cut = false;
        to.accept(s);
    }
}

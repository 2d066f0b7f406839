package mqttlab.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * How the shell writes on its terminal, safely from any thread: a line is printed above the prompt while
 * one is being typed, plainly otherwise; lines that came on their own are timed, so a script can
 * {@link #settle} until the lab is quiet. This, not the whole {@link ShellContext}, is what the desks,
 * sessions and hubs are given.
 */
public final class Printer {
    private final Terminal terminal;
    private final Styles styles;
    private final boolean interactive;
    private volatile LineReader reader;
    private volatile Supplier<String> promptSource;
    private volatile String prompt = "";
    private volatile long lastAsyncOutput;

    public Printer(Terminal terminal, Styles styles, boolean interactive) {
        this.terminal = terminal;
        this.styles = styles;
        this.interactive = interactive;
    }

    public Terminal terminal() { return terminal; }

    public Styles styles() { return styles; }

    /** Whether the shell runs on a real terminal (a dumb one for piped input cannot redraw). */
    public boolean interactive() { return interactive; }

    /** Terminal width in columns (80 when unknown). */
    public int width() {
        int w = terminal.getWidth();
        return w <= 0 ? 80 : w;
    }

    /**
     * From now on lines go above the prompt of {@code r}, whose prompt comes from {@code source} (it names the
     * session and the lesson step, so it changes as they do); null: plainly again, the shell is leaving.
     */
    void attach(LineReader r, Supplier<String> source) {
        this.promptSource = source;
        this.reader = r;
    }

    /** The prompt just shown (a dumb terminal prints it again after a line that came on its own). */
    void prompt(String p) { this.prompt = p; }

    public LineReader reader() { return reader; }

    /**
     * Recomputes the prompt while a line is being read, e.g. after a lesson step completed on its own:
     * the next line printed above the prompt (or this redraw) shows the new one, without waiting for Enter.
     */
    public void refreshPrompt() {
        LineReader r = reader;
        Supplier<String> source = promptSource;
        if (r == null || source == null || !r.isReading()) return;
        String p = source.get();
        prompt = p;
        if (interactive && r instanceof org.jline.reader.impl.LineReaderImpl impl) {
            impl.setPrompt(p);
            try {
                r.callWidget(LineReader.REDRAW_LINE);
                r.callWidget(LineReader.REDISPLAY);
            } catch (IllegalStateException notReadingAnyMore) {
                // the line was just entered: the next prompt is computed afresh anyway
            }
        }
    }

    /**
     * Prints a line: above the prompt when a line is being typed, plainly otherwise. Thread-safe.
     * Every line passes {@link mqttlab.shell.ui.TerminalLook#fit} here, so no control character
     * reaches the terminal and lines become ASCII where Unicode cannot be shown. On a terminal of known
     * width, a line wider than the screen is wrapped between words (its indent kept), never mid-word.
     */
    public void println(AttributedString text) {
        AttributedString line = styles.look().fit(text);
        int width = terminal.getWidth();
        if (width > 0 && line.columnLength() > width) {
            List<AttributedString> rows = new ArrayList<>();
            String plain = line.toString();
            int start = 0;
            for (int nl = plain.indexOf('\n'); ; nl = plain.indexOf('\n', start)) {  // rows a view made keep their own indent
                AttributedString row = line.subSequence(start, nl < 0 ? plain.length() : nl);
                if (row.columnLength() > width) rows.addAll(wrapped(row, width - 1)); else rows.add(row);
                if (nl < 0) break;
                start = nl + 1;
            }
            write(AttributedString.join(new AttributedString("\n"), rows));
        } else {
            write(line);
        }
    }

    public void println(String line) { println(new AttributedString(line)); }

    /**
     * A line laid out already for this screen (lesson Markdown: prose wrapped by the renderer, code kept
     * verbatim so that a copy gives the exact source, which the terminal may wrap): printed as it is.
     */
    public void printLaidOut(AttributedString text) {
        write(styles.look().fit(text));
    }

    /** Prints a line that arrived on its own (a message, a log line): also marks the time, so scripts can wait for quiet. */
    public void printAsync(AttributedString line) {
        markOutput();
        println(line);
    }

    /** {@link #printLaidOut} for lesson text that came on its own (a step done by a packet). */
    public void printLaidOutAsync(AttributedString line) {
        markOutput();
        printLaidOut(line);
    }

    /** One line saying what went wrong and how to do it right. */
    public void error(String message) {
        println(styles.styled(Styles.ERROR, message));
    }

    /** Marks now as the time of the last output, so {@link #settle} waits a full quiet period from here. */
    void markOutput() { lastAsyncOutput = System.nanoTime(); }

    /** Waits until no asynchronous output came for {@code quietMillis}, at most {@code maxMillis}. */
    public void settle(long quietMillis, long maxMillis) {
        long deadline = System.nanoTime() + maxMillis * 1_000_000;
        try {
            while (System.nanoTime() < deadline) {
                long since = (System.nanoTime() - lastAsyncOutput) / 1_000_000;
                if (since >= quietMillis) return;
                Thread.sleep(Math.max(10, quietMillis - since));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Wrapped between words; further rows keep the indent, and hang under the text after a mark such as ✔ or •. */
    private static List<AttributedString> wrapped(AttributedString line, int width) {
        List<AttributedString> example = wrappedExample(line, width);
        if (example != null) return example;
        String s = line.toString();
        int indent = 0;
        while (indent < s.length() && s.charAt(indent) == ' ') indent++;
        int space = s.indexOf(' ', indent);
        boolean marked = space > indent && space - indent <= 2 && !Character.isLetterOrDigit(s.codePointAt(indent));
        int hang = marked ? indent + new AttributedString(s.substring(indent, space + 1)).columnLength() : indent;
        if (hang > width / 2) indent = hang = 0;
        List<AttributedString> out = new ArrayList<>();
        AttributedString rest = line.subSequence(indent, line.length());
        List<AttributedString> rows = mqttlab.lessons.render.Wrap.wrap(rest, width - hang);
        for (int i = 0; i < rows.size(); i++) {
            int pad = i == 0 ? indent : hang;
            out.add(pad == 0 ? rows.get(i) : new AttributedStringBuilder().append(" ".repeat(pad)).append(rows.get(i)).toAttributedString());
        }
        return out;
    }

    /** An example line of help ({@code   fault cut sub1     cut sub1's connection now}): its description wraps under itself. */
    private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile("^ +\\S(?:.*?\\S)? {2,}(?=\\S)");

    private static List<AttributedString> wrappedExample(AttributedString line, int width) {
        java.util.regex.Matcher m = EXAMPLE.matcher(line.toString());
        if (!m.find()) return null;
        AttributedString head = line.subSequence(0, m.end());
        int column = head.columnLength();
        List<AttributedString> out = new ArrayList<>();
        if (column > width / 2) { // the description goes under the example, a little further in
            String example = head.toString().stripTrailing();
            int indent = example.length() - example.stripLeading().length();
            out.add(head.subSequence(0, example.length()));
            head = new AttributedString("");
            column = indent + 4;
        }
        List<AttributedString> rows = mqttlab.lessons.render.Wrap.wrap(line.subSequence(m.end(), line.length()), width - column);
        for (int i = 0; i < rows.size(); i++) {
            boolean first = i == 0 && head.length() > 0;
            out.add(new AttributedStringBuilder().append(first ? head : new AttributedString(" ".repeat(column))).append(rows.get(i)).toAttributedString());
        }
        return out;
    }

    private void write(AttributedString line) {
        LineReader r = reader;
        if (!interactive) {
            // A dumb terminal cannot redraw: print the line on its own, then the pending prompt again.
            synchronized (terminal) {
                PrintWriter w = terminal.writer();
                boolean reading = r != null && r.isReading();
                if (reading) w.println();
                w.println(line.toAnsi(terminal));
                if (reading) w.print(prompt);
                w.flush();
            }
        } else if (r != null) {
            r.printAbove(line);
        } else {
            synchronized (terminal) {
                PrintWriter w = terminal.writer();
                w.println(line.toAnsi(terminal));
                w.flush();
            }
        }
    }
}

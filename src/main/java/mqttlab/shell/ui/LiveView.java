package mqttlab.shell.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import mqttlab.shell.ShellContext;
import mqttlab.shell.Styles;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.NonBlockingReader;

/**
 * A view redrawn in place (JLine's {@link Display}) until a key is pressed, Ctrl-C included; on a dumb or
 * piped terminal it prints one snapshot. Lines beyond the screen's height are cut, saying how many.
 */
public final class LiveView {
    /** How often a key press or a {@link #changed} is looked for between refreshes. */
    private static final long POLL_MILLIS = 100;

    private final ShellContext ctx;
    private final long refreshMillis;
    private final Semaphore changes = new Semaphore(0);

    public LiveView(ShellContext ctx, long refreshMillis) {
        this.ctx = ctx;
        this.refreshMillis = refreshMillis;
    }

    /** Whether this terminal can redraw in place (a person is watching a real terminal). */
    public static boolean canRedraw(ShellContext ctx) {
        String type = ctx.terminal().getType();
        return ctx.interactive() && !Terminal.TYPE_DUMB.equals(type) && !Terminal.TYPE_DUMB_COLOR.equals(type);
    }

    /** Something shown changed (a report came in): redraw now rather than at the next refresh. Thread-safe. */
    public void changed() {
        changes.release();
    }

    public void show(Supplier<List<AttributedString>> view) {
        if (!canRedraw(ctx)) {
            for (AttributedString l : view.get()) ctx.println(l);
            return;
        }
        Terminal t = ctx.terminal();
        Attributes saved = t.enterRawMode();
        Display d = new Display(t, false);
        List<AttributedString> shown = List.of();
        try {
            NonBlockingReader in = t.reader();
            changes.drainPermits();
            while (true) {
                d.resize(t.getHeight(), t.getWidth());
                shown = fit(view.get(), Math.max(2, t.getHeight() - 1));
                List<AttributedString> withHint = new ArrayList<>(shown);
                withHint.add(ctx.styles().styled(Styles.FAINT, ctx.t("shell.building.live.hint")));
                synchronized (t) {
                    d.update(withHint, -1);
                    t.flush();
                }
                if (keyPressed(in)) break;
            }
        } catch (IOException e) {
            // the terminal went away: nothing more to draw
        } finally {
            // leave the last picture on screen, without the hint, and the cursor below it
            List<AttributedString> last = new ArrayList<>(shown);
            last.add(AttributedString.EMPTY);
            synchronized (t) {
                d.update(last, -1);
                t.setAttributes(saved);
                t.flush();
            }
        }
    }

    /** Waits up to the refresh interval, less when {@link #changed} is called; true when a key was pressed (or input ended). */
    private boolean keyPressed(NonBlockingReader in) throws IOException {
        long until = System.nanoTime() + refreshMillis * 1_000_000;
        while (System.nanoTime() < until) {
            if (in.read(POLL_MILLIS) != NonBlockingReader.READ_EXPIRED) return true;
            if (changes.tryAcquire()) {
                changes.drainPermits();
                return false;
            }
        }
        return false;
    }

    /**
     * {@code line} in at most {@code width} columns, counted as the terminal does (a Korean syllable
     * takes two): a longer one keeps what fits before {@code more} ("…", or "..." on an ASCII
     * terminal), so the reader sees that it goes on. A wide character is never split.
     */
    static AttributedString cut(AttributedString line, int width, String more) {
        if (line.columnLength() <= width) return line;
        int keep = Math.max(0, width - mqttlab.text.Columns.of(more));
        AttributedString head = line.columnSubSequence(0, keep);
        while (head.columnLength() > keep) head = head.subSequence(0, head.length() - 1);
        return new org.jline.utils.AttributedStringBuilder().append(head).append(more).toAttributedString();
    }

    /** The lines as {@link ShellContext#println} would print them (no control characters, ASCII where needed), cut to the height. */
    private List<AttributedString> fit(List<AttributedString> view, int height) {
        int width = Math.max(1, ctx.terminal().getWidth() - 1); // a line that wrapped would throw the redraw off
        String more = ctx.styles().look().fit("…");
        List<AttributedString> lines = view.stream().map(l -> ctx.styles().look().fit(l)).map(l -> cut(l, width, more)).toList();
        if (lines.size() <= height) return lines;
        List<AttributedString> cut = new ArrayList<>(lines.subList(0, height - 1));
        cut.add(ctx.styles().styled(Styles.FAINT, ctx.t("shell.live.more.lines", lines.size() - height + 1)));
        return cut;
    }
}

package mqttlab.shell.classroom;

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
 * A table redrawn in place on the terminal (JLine's {@link Display}), at once when {@link #changed}
 * is called and every second otherwise (the "last activity" ages), until a key is pressed.
 */
final class LiveTable {
    private static final long TICK_MILLIS = 1000;
    private final Semaphore changes = new Semaphore(0);

    /** Something in the table changed: redraw now. Thread-safe. */
    void changed() {
        changes.release();
    }

    void show(ShellContext ctx, Supplier<List<String>> table) {
        Terminal t = ctx.terminal();
        Attributes saved = t.enterRawMode();
        Display d = new Display(t, false);
        d.resize(t.getHeight(), t.getWidth());
        List<AttributedString> lines = List.of();
        try {
            changes.drainPermits();
            NonBlockingReader in = t.reader();
            long next = 0;
            while (true) {
                long now = System.currentTimeMillis();
                if (changes.tryAcquire() || now >= next) {
                    changes.drainPermits();
                    lines = render(ctx, table.get());
                    List<AttributedString> shown = new ArrayList<>(lines);
                    shown.add(ctx.styles().styled(Styles.FAINT, "(live: press any key to stop)"));
                    d.update(shown, -1);
                    t.flush();
                    next = now + TICK_MILLIS;
                }
                int c = in.read(100);
                if (c >= 0 || c == NonBlockingReader.EOF) break;
            }
        } catch (IOException e) {
            ctx.error("scoreboard: the terminal went away (" + e.getMessage() + ")");
        } finally {
            List<AttributedString> last = new ArrayList<>(lines);
            last.add(AttributedString.EMPTY);
            d.update(last, -1);
            t.setAttributes(saved);
            t.flush();
        }
    }

    private static List<AttributedString> render(ShellContext ctx, List<String> table) {
        int width = ctx.width() - 1;
        List<AttributedString> out = new ArrayList<>();
        for (String l : table) {
            AttributedString line = ctx.styles().look().fit(new AttributedString(mqttlab.text.OutsideText.line(l)));
            out.add(line.columnLength() > width ? line.columnSubSequence(0, width) : line);
        }
        return out;
    }
}

package mqttlab.shell;

import java.util.Map;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * JLine's line reader, but a burst of typed characters (a paste into a terminal that does not
 * bracket pastes, or into one that does not tell) goes into the line in one insertion. JLine
 * otherwise redraws the line and saves an undo state after every character, which makes a long
 * paste quadratic: 10,000 characters took 50 s to echo, 100,000 never finished. Typing is unchanged:
 * a key with nothing behind it is inserted and shown as before.
 */
final class PasteFriendlyReader extends LineReaderImpl {
    /** How long to look for the next character of a burst; a person types far slower. */
    private static final long BURST_GAP_MILLIS = 10;
    /** Characters taken in one insertion, so that even an endless stream is redrawn now and then. */
    private static final int MAX_RUN = 1 << 16;

    PasteFriendlyReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
    }

    @Override
    protected boolean selfInsert() {
        boolean ok = super.selfInsert();
        StringBuilder run = new StringBuilder();
        while (run.length() < MAX_RUN) {
            int c = peekCharacter(BURST_GAP_MILLIS);
            // Only plain characters join the run: Enter, Tab, escape sequences and other keys keep their meaning.
            if (c == NonBlockingReader.EOF || c == NonBlockingReader.READ_EXPIRED || c < 0x20 || c == 0x7f || Character.isISOControl(c)) break;
            run.appendCodePoint(readCharacter());
        }
        if (run.length() > 0) putString(run);
        return ok;
    }
}

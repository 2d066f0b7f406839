package mqttlab.lessons.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * One line of a code block, exactly as the Markdown source has it: never wrapped, never indented
 * by the list or quote around it, so what a student copies off the screen is what the lesson
 * wrote (Python's indentation included). A line wider than the terminal is left to the terminal
 * to wrap; terminals and tmux join such a soft-wrapped line again when it is copied.
 */
public final class CodeLine extends AttributedString {
    public CodeLine(String source) {
        super(source, Styles.CODE);
    }

    /** The line without its style: the source text. */
    public String source() { return toString(); }

    /** The rule drawn above and below a block, so the block's edges show without colour too. */
    static AttributedString rule(int columns) {
        return new AttributedString("┄".repeat(Math.max(3, columns)), AttributedStyle.DEFAULT.faint());
    }
}

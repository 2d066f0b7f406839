package mqttlab.lessons.render;

import org.jline.utils.AttributedStyle;

/** The terminal styles of rendered Markdown. Without colour the same text is printed plain. */
final class Styles {
    private Styles() {}

    static final AttributedStyle H1 = AttributedStyle.BOLD.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLUE);
    static final AttributedStyle H2 = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    static final AttributedStyle H3 = AttributedStyle.BOLD;
    static final AttributedStyle CODE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle LINK_URL = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).underline();
    static final AttributedStyle RULE = AttributedStyle.DEFAULT.faint();
    static final AttributedStyle TABLE_HEAD = AttributedStyle.BOLD;
}

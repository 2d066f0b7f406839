package mqttlab.lessons.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import mqttlab.lessons.Lesson;
import mqttlab.lessons.LessonCatalog;
import mqttlab.lessons.Step;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every lesson's text renders at 80 columns with no Markdown left over and no line but code too wide. */
class RenderAllTest {
    private static final Pattern TABLE_RULE = Pattern.compile("\\|\\s*:?-{3,}");

    @ParameterizedTest(name = "{0} lessons render cleanly at 80 columns")
    @ValueSource(strings = {"en", "ko"})
    void rendersWithoutLeftovers(String lang) {
        LessonCatalog catalog = LessonCatalog.load(mqttlab.lessons.LessonsFolder.find());
        for (Lesson l : catalog.lessons(lang)) {
            List<String> parts = new ArrayList<>(List.of(l.intro()));
            for (Step s : l.steps()) {
                parts.add("## " + s.title() + "\n\n" + s.body());
                s.hint().ifPresent(parts::add);
            }
            for (String md : parts) {
                for (AttributedString line : MarkdownRenderer.lines(md, 80)) {
                    String where = lang + " lesson " + l.id() + ": " + line;
                    String text = line.toString();
                    if (!(line instanceof CodeLine)) assertTrue(line.columnLength() <= 80, "wider than 80 columns: " + where);
                    String prose = outsideCode(line);
                    assertFalse(prose.contains("**") || prose.contains("__"), "raw emphasis: " + where);
                    assertFalse(text.contains("`"), "raw backtick: " + where);
                    assertFalse(TABLE_RULE.matcher(text).find(), "raw table: " + where);
                }
            }
        }
    }

    /** The line with inline code (drawn in yellow) blanked: {@code __init__} in code is not raw emphasis. */
    private static String outsideCode(AttributedString line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            var st = line.styleAt(i);
            b.append(st.equals(st.foreground(org.jline.utils.AttributedStyle.YELLOW)) ? ' ' : line.charAt(i));
        }
        return b.toString();
    }
}

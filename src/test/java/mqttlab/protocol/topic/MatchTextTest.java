package mqttlab.protocol.topic;

import mqttlab.text.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The text answer: aligned by display width, wrapped to the width, colour and marks only when asked. */
class MatchTextTest {

    @Test
    @DisplayName("Korean levels take two columns each; the 'why' column stays aligned")
    void koreanAlignment() {
        MatchText.Report r = new MatchText(TextStyle.PLAIN, 80).render("건물/+/온도", List.of("건물/125/온도"));
        assertTrue(r.inputsValid());
        List<String> table = r.lines().subList(1, r.lines().size());
        int why = Columns.of(table.get(0).substring(0, table.get(0).indexOf("why")));
        for (String row : table.subList(1, table.size())) {
            String reason = row.contains("same text") ? "same text" : "'+'";
            assertEquals(why, Columns.of(row.substring(0, row.indexOf(reason))), row);
        }
    }

    @Test
    @DisplayName("colour and ✓/✗ only when the style says so")
    void style() {
        List<String> plain = new MatchText(new TextStyle(false, false), 80).render("a/b", List.of("a/c")).lines();
        assertTrue(plain.get(0).startsWith("[no] a/b does not match a/c"), plain.get(0));
        assertFalse(String.join("", plain).contains("\u001b"));
        List<String> colour = new MatchText(new TextStyle(true, true), 80).render("a/b", List.of("a/b")).lines();
        assertTrue(colour.get(0).startsWith("\u001b[32m✓ a/b matches a/b"), colour.get(0));
    }

    @Test
    @DisplayName("long problems wrap to the width; the caret points at the offending character")
    void wrapAndCaret() {
        MatchText.Report r = new MatchText(TextStyle.PLAIN, 40).render("온도/a#", List.of());
        assertFalse(r.inputsValid());
        for (String line : r.lines()) assertTrue(Columns.of(line) <= 40, line);
        int n = r.lines().size();
        assertEquals("    온도/a#", r.lines().get(n - 2));
        assertEquals("          ^", r.lines().get(n - 1), "온도 is 4 columns wide, then /a");
    }
}

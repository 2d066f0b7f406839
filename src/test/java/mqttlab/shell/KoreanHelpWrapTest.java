package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * `help CMD` in Korean on an 80-column terminal never splits a Korean word over two lines. picocli
 * would: it breaks where java.text.BreakIterator allows, which is between any two Hangul syllables,
 * so "(mosquitto_sub와 같은 옵션)." came out as "옵" at the end of a line and "션)." on the next.
 * Each word of the descriptions below must be on the screen whole.
 */
class KoreanHelpWrapTest {

    @Test
    @DisplayName("help sub / help fault drop --lang ko at 80 columns: every Korean word of a description stays on one line")
    void noKoreanWordIsBroken() throws Exception {
        Properties ko = new Properties();
        try (var in = KoreanHelpWrapTest.class.getResourceAsStream("/messages_ko.properties")) {
            ko.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> descriptions = List.of("sub.usage.description", "sub.will-topic", "sub.retained-only", "sub.host",
                "sub.property", "fault.drop.usage.description", "fault.drop.to|from[1]");
        String screen;
        try (TmuxScreen t = TmuxScreen.start("ko", 80, 50, "tmux-256color")) {
            t.waitFor(s -> TmuxScreen.lastLine(s).startsWith("lab"), "the first prompt");
            t.line("help sub");
            t.waitFor(s -> s.contains("mosquitto_sub -h localhost"), "help sub's examples");
            t.line("clear");
            t.line("help fault drop");
            t.waitFor(s -> s.contains(ko.getProperty("fault.drop.CLIENT[2]")), "help fault drop's last parameter");
            screen = t.all();
        }
        // the words as the terminal shows them, lines joined: a word split over two lines would be two words here
        List<String> onScreen = List.of(screen.replaceAll("\\s+", " ").split(" "));
        List<String> broken = new ArrayList<>();
        for (String key : descriptions) {
            for (String word : ko.getProperty(key).replace("%%", "%").split("\\s+")) {
                if (word.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) && !onScreen.contains(word)) broken.add(key + ": " + word);
            }
        }
        assertTrue(broken.isEmpty(), "Korean words not whole on the screen:\n" + String.join("\n", broken) + "\n" + screen);
    }
}

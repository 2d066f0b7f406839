package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import mqttlab.testsupport.TmuxScreen;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * `help CMD` in Korean on an 80-column terminal never splits a Korean word over two lines. picocli
 * would: it breaks where java.text.BreakIterator allows, which is between any two Hangul syllables,
 * so "(mosquitto_sub와 같은 옵션)." came out as "옵" at the end of a line and "션)." on the next.
 * Each word of the descriptions below must be on the screen whole, in the shell and on the command line.
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
        List<String> broken = broken(ko, descriptions, screen);
        assertTrue(broken.isEmpty(), "Korean words not whole on the screen:\n" + String.join("\n", broken) + "\n" + screen);
    }

    @Test
    @DisplayName("mqttlab sub --help --lang ko at 80 columns: the same, on the command line")
    void commandLineHelp() throws Exception {
        Properties ko = new Properties();
        try (var in = KoreanHelpWrapTest.class.getResourceAsStream("/messages_ko.properties")) {
            ko.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Text.use(Lang.KO);
        String help;
        try {
            picocli.CommandLine sub = mqttlab.cli.Main.commandLine().getSubcommands().get("sub");
            sub.setUsageHelpWidth(80);
            help = sub.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
        } finally {
            Text.use(Lang.EN);
        }
        for (String line : help.split("\n")) assertTrue(mqttlab.text.Columns.of(line) <= 80, "wider than 80 columns: " + line);
        List<String> broken = broken(ko, List.of("mqttlab.sub.lang", "mqttlab.sub.host", "mqttlab.sub.will-topic", "mqttlab.sub.retained-only"), help);
        assertTrue(broken.isEmpty(), "Korean words not whole:\n" + String.join("\n", broken) + "\n" + help);
    }

    /** The Korean words of the catalogue's {@code keys} that {@code shown} does not hold whole (lines joined). */
    static List<String> broken(Properties ko, List<String> keys, String shown) {
        List<String> onScreen = List.of(shown.replaceAll("\\s+", " ").split(" "));
        List<String> broken = new ArrayList<>();
        for (String key : keys) {
            for (String word : ko.getProperty(key).replace("%%", "%").split("\\s+")) {
                if (word.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) && !onScreen.contains(word)) broken.add(key + ": " + word);
            }
        }
        return broken;
    }
}

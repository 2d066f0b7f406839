package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Help in Korean wraps between words: picocli alone breaks between any two Hangul syllables
 * ("실습 브로" / "커"), because Java's line BreakIterator allows it. Every Korean word on the screen
 * must be a word of the catalogue.
 */
class KoreanHelpWordsTest {
    /** Between words, and between an option and its placeholder ({@code -h=호스트}, {@code 코드[,코드...]}). */
    private static final String SEPARATORS = "[\\s=\\[\\],:]+";

    @AfterEach
    void english() { Text.use(Lang.EN); }

    @ParameterizedTest(name = "mqttlab {0} --help --lang ko")
    @ValueSource(strings = {"sub", "pub", "encode", "decode", "match", "broker", "passwd", "bench", "classroom", "check", "proxy", "web"})
    void noKoreanWordIsSplit(String command) {
        CliRun r = CliInKoreanTest.korean(command, "--help", "--lang", "ko");
        assertEquals(0, r.exitCode(), r.err());
        Set<String> words = catalogueWords();
        List<String> split = new ArrayList<>();
        for (String line : r.out().split("\n"))
            for (String w : line.split(SEPARATORS)) if (hangul(w) && !words.contains(bare(w))) split.add(bare(w) + "  in: " + line.strip());
        assertTrue(split.isEmpty(), "Korean words cut by the help's line breaks:\n" + String.join("\n", split) + "\n\n" + r.out());
    }

    private static Set<String> catalogueWords() {
        ResourceBundle b = Text.bundle(Lang.KO);
        Set<String> words = new HashSet<>();
        for (String k : b.keySet()) for (String w : b.getString(k).split(SEPARATORS)) words.add(bare(w));
        return words;
    }

    private static boolean hangul(String w) {
        return w.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** The word without the brackets and punctuation around it (and its placeholder particles). */
    private static String bare(String w) {
        return w.replaceAll("^[\\p{Punct}‘’“”…·]+|[\\p{Punct}‘’“”…·]+$", "");
    }
}

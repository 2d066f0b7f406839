package mqttlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of lessons/GLOSSARY.ko.md that a machine can check, over everything a Korean student
 * reads: the catalogue's Korean values, the Korean lessons, the Korean exercise tasks and hints. The words
 * the glossary rejects are read from the glossary itself (its rows that say "쓰지 않습니다"), so the
 * glossary stays the one place a term is settled.
 */
class KoreanWordingTest {

    private static final Path GLOSSARY = Path.of("lessons", "GLOSSARY.ko.md");

    /** The Korean texts, by a name to report: each catalogue value, each lesson and task file. */
    static Map<String, String> koreanTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        Properties ko = CatalogueTest.load("messages_ko.properties");
        for (String k : new java.util.TreeSet<>(ko.stringPropertyNames())) texts.put("messages_ko: " + k, ko.getProperty(k));
        try (Stream<Path> lessons = Files.list(Path.of("lessons", "ko"))) {
            for (Path p : lessons.sorted().toList()) texts.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
        try (Stream<Path> tasks = Files.list(Path.of("exercises"))) {
            for (Path d : tasks.sorted().toList()) {
                for (String name : List.of("task.ko.md", "hints.md")) {   // hints.md holds both languages; the rules are about Korean words
                    Path t = d.resolve(name);
                    if (Files.exists(t)) texts.put(t.toString(), Files.readString(t, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    /** The words the glossary rejects: the quoted words of each table row that says "쓰지 않습니다". */
    static List<String> rejected() throws IOException {
        List<String> words = new ArrayList<>();
        Pattern quoted = Pattern.compile("\"([^\"]+)\"");
        for (String row : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (!row.startsWith("|") || !row.contains("쓰지 않습니다")) continue;
            String note = row.substring(row.indexOf("|", row.indexOf("|", 1) + 1));   // the Korean and the note columns
            String refusal = note.substring(0, note.indexOf("쓰지 않습니다"));
            // only the words quoted in the sentence that refuses them (a note may first quote words it uses)
            int from = Math.max(refusal.lastIndexOf(". "), 0);
            Matcher m = quoted.matcher(refusal.substring(from));
            while (m.find()) words.add(m.group(1));
        }
        return words;
    }

    @Test
    @DisplayName("the glossary's rejected words (레슨, 보존 메시지, 구독 해지, 패킷 식별자, 잔여 길이 …) appear in no Korean text")
    void noRejectedWord() throws IOException {
        List<String> words = rejected();
        assertFalse(words.size() < 8, "the glossary's rejected words were not found: " + words);
        List<String> found = new ArrayList<>();
        for (var e : koreanTexts().entrySet()) {
            for (String w : words) if (e.getValue().contains(w)) found.add(e.getKey() + ": \"" + w + "\"");
        }
        assertEquals(List.of(), found);
    }

    /** A placeholder followed straight by a particle in one fixed form ({0}를, QoS {1}로, {1}이어야). */
    private static final Pattern FIXED_PARTICLE = Pattern.compile(
            "\\{\\d+}(''|\"|`)?(을|를|이|가|은|는|과|와|으로|로|이어야|여야|이었|였|이고|이며|이라는|라는)(?=[\\s.,:;)]|$)");

    @Test
    @DisplayName("no catalogue value puts a one-form particle straight after a placeholder: '{0}를' is wrong for half the values")
    void noFixedParticleAfterAPlaceholder() throws IOException {
        Properties ko = CatalogueTest.load("messages_ko.properties");
        List<String> found = new ArrayList<>();
        for (String k : new java.util.TreeSet<>(ko.stringPropertyNames())) {
            Matcher m = FIXED_PARTICLE.matcher(ko.getProperty(k));
            while (m.find()) found.add(k + ": " + m.group());
        }
        assertEquals(List.of(), found);
    }

    /** '#' is read 샵 (a final consonant), '+' 플러스 (none): the particle after each follows. */
    private static final Pattern WRONG_AFTER_SIGN = Pattern.compile(
            "#(''|`|')?(는|가|를|와|로)(?=[\\s.,:;)]|$)|\\+(''|`|')?(은|이|을|과|으로)(?=[\\s.,:;)]|$)");

    @Test
    @DisplayName("particles after the wildcards are read as 샵 and 플러스: '#은', '#이', '+는', '+가'")
    void wildcardParticles() throws IOException {
        List<String> found = new ArrayList<>();
        for (var e : koreanTexts().entrySet()) {
            Matcher m = WRONG_AFTER_SIGN.matcher(e.getValue());
            while (m.find()) found.add(e.getKey() + ": " + m.group());
        }
        assertEquals(List.of(), found);
    }

    @Test
    @DisplayName("the lessons and tasks, which no particle helper reads, never show the catalogue's two-form notation")
    void noTwoFormParticleInLessons() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern twoForm = Pattern.compile("을\\(를\\)|를\\(을\\)|이\\(가\\)|은\\(는\\)|과\\(와\\)|\\(으\\)로");
        for (var e : koreanTexts().entrySet()) {
            if (e.getKey().startsWith("messages_ko")) continue;
            Matcher m = twoForm.matcher(e.getValue());
            while (m.find()) found.add(e.getKey() + ": " + m.group());
        }
        assertEquals(List.of(), found);
    }
}

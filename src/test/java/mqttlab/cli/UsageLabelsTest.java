package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import mqttlab.text.Columns;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The placeholders of usage lines in the reader's language ({@code -h=호스트}; issue 11), through
 * picocli's own {@code ${bundle:label.host:-HOST}}, with the option table aligned by display width and
 * no label split by a line break.
 */
class UsageLabelsTest {
    @AfterEach
    void english() { Text.use(Lang.EN); }

    @ParameterizedTest(name = "mqttlab {0} --help --lang ko")
    @ValueSource(strings = {"sub", "pub", "encode", "decode", "match", "broker", "passwd", "bench", "classroom", "check", "proxy", "web"})
    @DisplayName("Korean placeholders; descriptions start in one display column; no synopsis line ends inside a label")
    void korean(String command) {
        CliRun r = CliInKoreanTest.korean(command, "--help", "--lang", "ko");
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertFalse(out.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF), "a stand-in token leaked:\n" + out);
        assertFalse(out.matches("(?s).*<[a-z][A-Za-z]*>.*"), "a field name as a placeholder (<clientId>):\n" + out);
        TreeSet<Integer> starts = new TreeSet<>();
        for (String line : out.split("\n")) {
            assertTrue(Columns.of(line) <= 80, "over 80 columns: " + line);
            assertFalse(line.matches(".*\\[-{1,2}[\\w-]+=[^\\]\\s]*$"), "a label cut at the line's end: " + line);
            // an option row with its description on the same line: "  -h, --host=호스트         브로커 호스트"
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^  (?:-\\w, |    )--?[\\w-]+(?:=\\S+)?( {2,})\\S").matcher(line);
            if (m.find()) starts.add(Columns.of(line.substring(0, m.end() - 1)));
        }
        assertTrue(starts.size() <= 1, "descriptions start in different display columns " + starts + ":\n" + out);
    }

    @Test
    @DisplayName("sub --help: 호스트, 초, 필터 in Korean; HOST, SECONDS, FILTER in English")
    void bothLanguages() {
        String ko = CliInKoreanTest.korean("sub", "--help", "--lang", "ko").out();
        for (String s : List.of("--host=호스트", "[-k=초]", "[-t=필터]...", "--topic=필터")) assertTrue(ko.contains(s), s + "\n" + ko);
        Text.use(Lang.EN);
        String en = CliRun.of("sub", "--help").out();
        for (String s : List.of("--host=HOST", "[-k=SECONDS]", "[-t=FILTER]...", "--topic=FILTER")) assertTrue(en.contains(s), s + "\n" + en);
        String encode = CliRun.of("encode", "--help").out();
        assertTrue(encode.contains("--client-id=ID") && encode.contains("--will-topic=TOPIC"), encode);
    }

    @Test
    @DisplayName("a missing positional is named by its Korean label: '이름'")
    void missingInKorean() {
        CliRun r = CliInKoreanTest.korean("--lang", "ko", "match");
        assertTrue(r.err().contains("'필터'"), r.err());
    }
}

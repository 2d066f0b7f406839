package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mqttlab.text.Lang;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `mqttlab … --help` in Korean from the catalogue (picocli's resource bundle), with --lang before or after the subcommand. */
class CliInKoreanTest {
    @AfterEach
    void english() { Text.use(Lang.EN); }

    static CliRun korean(String... args) {
        Main.chooseLanguage(args);
        assertEquals(Lang.KO, Text.lang(), "--lang ko anywhere on the line chooses Korean");
        return CliRun.of(args);
    }

    @ParameterizedTest(name = "mqttlab {0} --help --lang ko")
    @ValueSource(strings = {"shell", "sub", "pub", "decode", "encode", "match", "broker", "passwd", "bench", "classroom", "check"})
    @DisplayName("every command's help is Korean, with --lang after the subcommand")
    void subcommandHelp(String command) {
        CliRun r = korean(command, "--help", "--lang", "ko");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("사용법: mqttlab " + command), r.out());
        List<String> english = EnglishRuns.in(r.out());
        assertTrue(english.isEmpty(), "English left:\n" + String.join("\n", english) + "\n---\n" + r.out());
    }

    @org.junit.jupiter.api.Test
    @DisplayName("mqttlab --lang ko --help: the commands listed in Korean")
    void rootHelp() {
        CliRun r = korean("--lang", "ko", "--help");
        assertTrue(r.out().contains("명령:"), r.out());
        assertTrue(r.out().contains("MQTT를 배우는 대화형 실습"), r.out());
        List<String> english = EnglishRuns.in(r.out());
        assertTrue(english.isEmpty(), "English left:\n" + String.join("\n", english) + "\n---\n" + r.out());
    }

    @ParameterizedTest(name = "mqttlab --lang ko decode {0}")
    @ValueSource(strings = {"--v5 e0 02 8e 00", "--v5 40 03 00 01 87", "10 0c 00 04 4d 51 54 54 04 02 00 3c 00 00", "20 02 01 00",
            "31 08 00 04 74 65 73 74 68 69", "--v5 20 03 00 87 00"})
    @DisplayName("decode in Korean: the Info line's words (reason names, 'session present', 'byte(s)') are Korean too")
    void decodeSummary(String hex) {
        CliRun r = korean(("--lang ko decode " + hex).split(" "));
        assertEquals(0, r.exitCode(), r.err());
        String info = r.out().lines().skip(1).findFirst().orElse("");
        List<String> english = EnglishRuns.in(info);
        assertTrue(english.isEmpty(), "English left in the Info line:\n" + String.join("\n", english) + "\n---\n" + r.out());
        assertTrue(korean("--lang", "ko", "decode", "--json", "--v5", "e0", "02", "8e", "00").out().contains("Disconnect Req Session taken over"),
                "--json keeps Wireshark's English Info line");
    }
}

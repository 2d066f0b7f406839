package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.classroom.ClassroomFixture;
import mqttlab.shell.KoreanSessionScreenTest.Step;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's walk, continued past the student's own shell: the instructor's console ({@code mqttlab
 * classroom --lang ko}) through every classroom command and its mistakes, a Korean student joined to it
 * who receives what those commands cause (announcement, suggested lesson, A/C allowed and denied), and
 * the command-line tools' errors on a terminal ({@code mqttlab passwd}, {@code mqttlab broker -c}
 * with a bad file, {@code mqttlab bench}). Same rule as {@link KoreanSessionScreenTest}: no run of three
 * or more English words outside commands, flags, topics, packet names, client ids and spec ids.
 */
class KoreanClassroomScreenTest {
    @TempDir Path tmp;

    @Test
    @DisplayName("mqttlab classroom --lang ko: banner, roster, scoreboard, class announce/lesson/allow/deny, mistakes; the student's side")
    void theInstructorsConsoleAndTheStudentsSideAreKorean() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(Files.createDirectory(tmp.resolve("class")), 2, "127.0.0.1", 0);
        // a copied mosquitto.conf with an option the lab ignores, an ACL line that lost its topic: the banner warns in Korean
        Files.writeString(f.conf, Files.readString(f.conf) + "\nuser mosquitto\n");
        Files.writeString(f.dir.resolve("acl.example"), Files.readString(f.dir.resolve("acl.example")) + "\ntopic read\n");
        Path csv = tmp.resolve("more.csv");
        Files.writeString(csv, "erin\nfrank,pw-frank\n");
        Path board = tmp.resolve("board.csv");
        List<String> english = new ArrayList<>();
        try (TmuxScreen teacher = TmuxScreen.startCommand(120, 50, "tmux-256color",
                "classroom", "-c", f.conf.toString(), "--no-building", "--lang", "ko")) {
            String banner = teacher.waitFor(s -> KoreanSessionScreenTest.isPrompt(TmuxScreen.lastLine(s)), "the instructor's prompt");
            english.addAll(check("(banner)", banner));
            Matcher at = Pattern.compile("mqttlab --join (127\\.0\\.0\\.1:\\d+) --user NAME").matcher(banner);
            assertTrue(at.find(), banner);
            assertTrue(banner.contains("수업: 명단에 학생 2명"), banner);
            String joined = banner.replaceAll("\\s+", "");
            for (String warning : List.of("경고:", "'user' 옵션은 실습에서 효과가 없어 무시합니다.",
                    "'topic read' 줄은 토픽 'read'에 읽기와 쓰기를 모두 허용하는 규칙으로 읽힙니다. 토픽을 빠뜨렸나요?")) {
                assertTrue(joined.contains(warning.replaceAll("\\s+", "")), "the banner should warn: " + warning + "\n" + banner);
            }

            Path pw = tmp.resolve("pw");
            Files.writeString(pw, "pw-s01\n");
            try (TmuxScreen student = TmuxScreen.startCommand(100, 50, "xterm-256color",
                    "--join", at.group(1), "--user", "s01", "--password-file", pw.toString(), "--lang", "ko", "--no-building")) {
                student.waitFor(s -> s.contains("수업에 s01 계정으로 참여했습니다") && KoreanSessionScreenTest.isPrompt(TmuxScreen.lastLine(s)),
                        "the student joined");
                List<Step> script = List.of(Step.of("help"), Step.of("addresses"),
                        Step.of("roster list"), Step.of("roster add dave"), Step.of("roster add dave pw-dave2"), Step.of("roster remove dave"),
                        Step.of("roster remove nobody"), Step.of("roster add a/b"), Step.of("roster import " + csv),
                        Step.of("roster import " + tmp.resolve("none.csv")), Step.of("roster bogus"),
                        new Step("scoreboard", "q", 30), Step.of("scoreboard export " + board), Step.of("scoreboard bogus"),
                        Step.of("class announce 10시 15분까지 쉬는 시간입니다"), Step.of("class lesson 4"), Step.of("class lesson 100"),
                        Step.of("class allow ac"), Step.of("class deny ac"), Step.of("class reset-building"), Step.of("class"),
                        Step.of("frobnicate"));
                StringBuilder console = new StringBuilder();
                for (Step step : script) {
                    String said = KoreanSessionScreenTest.run(teacher, step);
                    console.append(said).append('\n');
                    english.addAll(check(step.line(), said));
                }
                for (String expected : List.of("dave 학생을 추가했습니다. 비밀번호(한 번만 보여 줍니다):", "dave 학생의 비밀번호를 바꿨습니다.",
                        "dave 학생을 명단에서 지웠습니다.", "'nobody' 학생이 없습니다.", "학생 2명을 가져왔습니다.", "접속 중인 학생 1명에게 공지했습니다.",
                        "반 전체에 강의 4를 권했습니다.", "이제 학생들이 에어컨에 명령을 발행할 수 있습니다", "학생들의 에어컨 명령을 다시 막았습니다",
                        "파일에 4행을 썼습니다.", "마지막 활동")) {
                    assertTrue(console.toString().contains(expected), "the console should say: " + expected + "\n" + console);
                }
                String side = student.waitFor(s -> s.contains("공지: 10시 15분까지 쉬는 시간입니다") && s.contains("강의 4를 권합니다")
                        && s.contains("에어컨에 명령을 발행할 수 있습니다") && s.contains("다시 막았습니다"), "the class messages at the student's");
                english.addAll(check("(the student's screen)", side));
                teacher.line("quit");
                student.waitFor(s -> s.contains("강사의 실습 브로커와 연결이 끊겼습니다"), "the instructor leaving");
                english.addAll(check("(the student's screen, instructor gone)", student.all()));
                student.line("quit");
            }
        }
        assertTrue(english.isEmpty(), "English sentences in a --lang ko classroom:\n" + String.join("\n", english));
    }

    @Test
    @DisplayName("mqttlab passwd / broker -c / bench --lang ko on a terminal: the errors are Korean")
    void theCommandLineToolsErrorsAreKorean() throws Exception {
        Path conf = tmp.resolve("bad.conf");
        Files.writeString(conf, "listner 1883\n");
        Path acl = tmp.resolve("acl");
        Files.writeString(acl, "user alice\ntopic sometimes a/b\n");
        Path aclConf = tmp.resolve("acl.conf");
        Files.writeString(aclConf, "listener 0 127.0.0.1\nallow_anonymous true\nacl_file " + acl + "\n");
        List<String[]> runs = List.of(
                new String[] {"passwd", "-b", tmp.resolve("none").toString(), "alice", "pw", "--lang", "ko"},
                new String[] {"passwd", "-c", "-D", tmp.resolve("none").toString(), "alice", "--lang", "ko"},
                new String[] {"broker", "-c", conf.toString(), "--lang", "ko"},
                new String[] {"broker", "-c", tmp.resolve("none.conf").toString(), "--lang", "ko"},
                new String[] {"broker", "-c", aclConf.toString(), "--lang", "ko"},
                new String[] {"bench", "fanin", "-V", "7", "--lang", "ko"},
                new String[] {"bench", "--bad", "--lang", "ko"});
        List<String> english = new ArrayList<>();
        for (String[] args : runs) {
            try (TmuxScreen t = TmuxScreen.startCommand(100, 40, "xterm-256color", args)) {
                String pane = t.waitFor(s -> s.contains("exit="), "the end of mqttlab " + String.join(" ", args));
                assertTrue(pane.contains("exit=1") || pane.contains("exit=2"), pane);
                assertTrue(pane.contains("오류:") || pane.contains("경고:") || pane.contains("빠진 인자"), pane);
                english.addAll(check("mqttlab " + String.join(" ", args), pane.substring(0, pane.indexOf("exit="))));
            }
        }
        assertTrue(english.isEmpty(), "English sentences from the command-line tools in Korean:\n" + String.join("\n", english));
    }

    /** Lines of {@code said} with an English sentence, prompt lines (what was typed) and broker log lines aside. */
    private static List<String> check(String what, String said) {
        List<String> out = new ArrayList<>();
        for (String line : KoreanSessionScreenTest.withoutCode(said).split("\n")) {
            if (KoreanSessionScreenTest.PROMPT.matcher(line).find() || KoreanSessionScreenTest.BROKER_LOG.matcher(line).find()) continue;
            for (String run : EnglishRuns.in(line)) out.add(what + "  →  " + run);
        }
        return out;
    }
}

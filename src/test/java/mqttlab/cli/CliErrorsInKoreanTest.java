package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the command-line tools' errors in Korean ({@code mqttlab passwd}, {@code mqttlab broker -c
 * FILE} with a bad mosquitto.conf or ACL file, {@code mqttlab bench}). Each run must fail with its
 * Korean sentence and no English one ({@link EnglishRuns}); the English wording is checked where each
 * tool is tested (PasswdCommandTest, ConfigParserTest, AclFileTest, BenchRunTest).
 */
class CliErrorsInKoreanTest {
    @TempDir Path dir;

    @AfterEach
    void english() { Text.use(Lang.EN); }

    /** {@code mqttlab ARGS --lang ko}: exit code 1, {@code expected} on stderr, no English sentence there. */
    private String fails(String expected, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--lang", "ko"));
        String[] line = all.toArray(new String[0]);
        Main.chooseLanguage(line);
        // sub, pub and bench write to System.err themselves, as mosquitto_sub/pub do: both are read
        java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        CliRun r;
        try {
            System.setErr(new java.io.PrintStream(direct, true, java.nio.charset.StandardCharsets.UTF_8));
            r = CliRun.of(line);
        } finally {
            System.setErr(old);
        }
        String err = r.err() + direct.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, r.exitCode(), String.join(" ", args) + "\n" + err);
        assertTrue(err.contains(expected), "mqttlab " + String.join(" ", args) + " said:\n" + err);
        List<String> english = EnglishRuns.in(err);
        assertTrue(english.isEmpty(), "English in `mqttlab " + String.join(" ", args) + "`:\n" + String.join("\n", english));
        return err;
    }

    @Test
    @DisplayName("mqttlab passwd: a missing file, -c with -D, a bad user name, an unknown hash, a missing user")
    void passwd() throws Exception {
        Path f = dir.resolve("passwd");
        fails("오류: 비밀번호 파일을 열 수 없습니다: " + f + " (파일이 없습니다). 새로 만들려면 -c를 붙이세요.", "passwd", "-b", f.toString(), "alice", "pw");
        fails("오류: -c와 -D는 함께 쓸 수 없습니다.", "passwd", "-c", "-D", f.toString(), "a");
        fails("오류: 사용자 이름에 ':' 문자를 쓸 수 없습니다.", "passwd", "-c", "-b", f.toString(), "a:b", "pw");
        fails("오류: -H에 준 해시 방식을 모릅니다: 'md5'", "passwd", "-H", "md5", "-c", "-b", f.toString(), "a", "b");
        fails("오류: 비밀번호를 읽을 터미널이 없습니다.", "passwd", f.toString(), "alice");
        fails("오류: -b를 쓰면 비밀번호도 주어야 합니다", "passwd", "-b", f.toString(), "alice");
        assertEquals(0, CliRun.of("passwd", "-c", "-b", f.toString(), "alice", "pw").exitCode());
        fails("경고: 비밀번호 파일에 없는 사용자입니다: bob", "passwd", "-D", f.toString(), "bob");
    }

    @Test
    @DisplayName("mqttlab broker -c FILE: a missing file, an unknown option, a bad number, a bad ACL line")
    void brokerConfig() throws Exception {
        fails("파일을 읽을 수 없습니다 (파일이 없음)", "broker", "-c", dir.resolve("none.conf").toString());
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "listner 1883\n");
        fails(conf + ":1: 알 수 없는 옵션입니다: 'listner' ('listener' 옵션을 말한 건가요?)", "broker", "-c", conf.toString());
        Files.writeString(conf, "max_keepalive lots\n");
        fails(conf + ":1: 정수가 아닙니다: 'lots' ('max_keepalive' 옵션)", "broker", "-c", conf.toString());
        Files.writeString(conf, "log_type chatty\n");
        fails("알 수 없는 log_type입니다: 'chatty'", "broker", "-c", conf.toString());
        Files.writeString(conf, "allow_anonymous maybe\n");
        fails("'allow_anonymous' 값은 true와 false 중 하나여야 합니다. 받은 값: 'maybe'", "broker", "-c", conf.toString());
        Path acl = dir.resolve("acl");
        Files.writeString(acl, "user alice\ntopic sometimes a/b\n");
        Files.writeString(conf, "listener 0 127.0.0.1\nallow_anonymous true\nacl_file " + acl + "\n");
        fails(acl + ":2: 잘못된 접근 방식입니다: 'sometimes'", "broker", "-c", conf.toString());
        Files.writeString(acl, "topic read a/+b\n");
        fails(acl + ":1: 잘못된 ACL 토픽입니다: 'a/+b'", "broker", "-c", conf.toString());
    }

    @Test
    @DisplayName("mqttlab sub/pub/broker/classroom: usage errors, -D properties, a file that is not there")
    void clientsAndStartErrors() throws Exception {
        fails("오류: '-W': 정수가 필요합니다. 받은 값: 'x'", "sub", "-t", "a", "-W", "x");
        fails("오류: 알 수 없는 옵션: '--bogus'", "pub", "-t", "a", "-m", "x", "--bogus");
        fails("오류: QoS 값이 잘못되었습니다: 5 (0, 1, 2 중 하나)", "pub", "-t", "a", "-m", "x", "-q", "5");
        fails("오류: 'foo' 속성은 publish에 쓸 수 없습니다", "pub", "-t", "a", "-m", "x", "-V", "5", "-D", "publish", "foo", "1");
        fails("오류: 속성 값이 숫자가 아닙니다: 'soon'", "pub", "-t", "a", "-m", "x", "-V", "5", "-D", "publish", "message-expiry-interval", "soon");
        fails("오류: 파일을 읽을 수 없습니다: \"" + dir.resolve("none") + "\" (파일이 없음)", "pub", "-t", "a", "-f", dir.resolve("none").toString());
        fails("오류: 설정 파일이 없습니다: " + dir.resolve("none.conf"), "classroom", "-c", dir.resolve("none.conf").toString());
        String[] line = {"broker", "-p", "x", "--lang", "ko"};
        Main.chooseLanguage(line);
        CliRun r = CliRun.of(line);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("'--port': 정수가 필요합니다. 받은 값: 'x'"), "picocli's bad value for a labelled option:\n" + r.err());
        assertEquals(List.of(), EnglishRuns.in(r.err()), r.err());
    }

    @Test
    @DisplayName("mqttlab bench: nobody listening is said in Korean")
    void benchRefused() {
        fails("오류: 127.0.0.1:1에 연결할 수 없습니다: 연결이 거부되었습니다", "bench", "conns", "-p", "1", "--connections", "3");
    }

    @Test
    @DisplayName("mqttlab bench: a bad version, a payload too small, a process that does not exist")
    void bench() {
        fails("오류: -V에는 311이나 5만 쓸 수 있습니다(입력: 7)", "bench", "fanin", "-V", "7");
        fails("오류: --size는 20..", "bench", "fanin", "--size", "5");
        fails("오류: PID 999999999인 프로세스가 없습니다", "bench", "conns", "--pid", "999999999");
        fails("오류: --pid와 --embedded는 함께 쓸 수 없습니다", "bench", "conns", "--embedded", "--pid", String.valueOf(ProcessHandle.current().pid()));
    }
}

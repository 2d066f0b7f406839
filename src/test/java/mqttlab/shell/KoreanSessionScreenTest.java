package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.testsupport.TmuxScreen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11's walk: a Korean student's session on a real terminal, through every shell command, a
 * lesson step, one check of each exercise kind (shell, quiz, Java, an external program), a decode, a
 * match, JShell and a mistyped command. Nothing the lab says may be an English sentence: commands,
 * flags, topics, packet names, client ids and spec ids are allowed; any other run of three or more
 * English words fails ({@link EnglishRuns}). Not checked, because they must stay English: what the
 * student typed (the prompt lines) and the broker's log, which reads like {@code mosquitto -v}'s
 * (lines starting with a Unix time).
 */
class KoreanSessionScreenTest {

    static final Pattern PROMPT = Pattern.compile("^(?:lab(?:\\[[^\\]]*])?(?: L\\d+\\.\\d+)?|jshell|\\s*\\.\\.\\.)>");
    static final Pattern BROKER_LOG = Pattern.compile("^\\d{10}: ");

    /** A typed line; {@code key} is pressed after a moment for the live views that run until a key; {@code seconds} to wait. */
    record Step(String line, String key, int seconds) {
        static Step of(String line) { return new Step(line, null, 30); }
    }

    static final List<Step> SCRIPT = List.of(
            Step.of("help"), Step.of("help sub"),
            Step.of("lesson"), Step.of("lesson 5"), Step.of("next"), Step.of("step"), Step.of("back"), Step.of("hint"), Step.of("answer 4"),
            Step.of("exercise"), Step.of("exercise 02"), Step.of("progress"),
            Step.of("sub -t lab/test -q 1 -v"), Step.of("pub -t lab/test -m hi -q 2"), Step.of("unsub -t lab/test"),
            Step.of("connect owl -i owl -V 5 --will-topic lab/owl/status --will-payload gone"), Step.of("use lab"),
            Step.of("sessions"), Step.of("clients"), Step.of("subscriptions"), Step.of("retained"), Step.of("stats"),
            Step.of("trace last"), Step.of("trace on"), Step.of("pub -t lab/test -m again -q 1"), Step.of("trace off"),
            Step.of("decode 32 0a 00 04 74 65 73 74 00 01 68 69"), Step.of("decode last"), Step.of("decode 3e 00"),
            Step.of("encode publish -t a/b -m hi -q 1"), Step.of("encode subscribe -t 'a/+' -q 1"),
            Step.of("match 'a/+/c/#' a/b/c/d"), Step.of("match '+/x' '$SYS/x'"), Step.of("match 'a/#/b'"), Step.of("match 'a/+'"),
            Step.of("compare building/125/sensor1/temperature 24.8"),
            new Step("tree", "q", 30), new Step("building", "q", 30),
            Step.of("building speed 60"), Step.of("building set 999 30"), Step.of("building unplug 125 1"), Step.of("building plug 125 1"),
            Step.of("fault drop puback to owl"), Step.of("fault list"), Step.of("fault clear"), Step.of("fault explode"),
            Step.of("log on"), Step.of("pub -t lab/log -m x"), Step.of("log off"),
            Step.of("kill owl"), Step.of("connect cat -i cat"), Step.of("disconnect cat"), Step.of("cut nobody"),
            Step.of("probe 1"), Step.of("web"), Step.of("sleep 1"), Step.of("lang ko"),
            Step.of("check 01"), Step.of("check 03"), new Step("check 10", null, 180), Step.of("check 11"), Step.of("reset 03"),
            Step.of("java"), Step.of("int x = 3;"), Step.of("foo()"), Step.of("/help"), Step.of("/exit"),
            Step.of("frobnicate"), Step.of("sbu -t a"), Step.of("sub"), Step.of("pub -t a/+ -m x"), Step.of("sub -t a -q 7"),
            Step.of("connect"), Step.of("sleep x"), Step.of("decode zz"), Step.of("encode frob"), Step.of("decode 30"),
            Step.of("pub -V 5 -t a -m x -D publish foo 1"), Step.of("encode connack --v5 --reason 0x9e"),
            Step.of("help decode"));

    @ParameterizedTest(name = "--lang ko at {0} columns, TERM={1}")
    @CsvSource({"120, tmux-256color", "80, xterm-256color"})
    void aKoreanSessionHasNoEnglishSentence(int cols, String term) throws Exception {
        Set<String> typed = new TreeSet<>();
        for (Step s : SCRIPT) typed.add(s.line().split(" ")[0]);
        typed.add("quit");   // the last line
        Set<String> missing = new TreeSet<>();
        for (CommandRegistry.Entry e : ShellCommands.registry().entries()) if (!typed.contains(e.name())) missing.add(e.name());
        assertTrue(missing.isEmpty(), "the walk must try every shell command; not yet: " + missing);

        List<String> english = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        try (TmuxScreen t = TmuxScreen.start("ko", cols, 50, term)) {
            t.waitFor(s -> isPrompt(TmuxScreen.lastLine(s)), "the first prompt");
            for (Step step : SCRIPT) {
                String said = withoutCode(run(t, step));
                all.append(said).append('\n');
                for (String line : said.split("\n")) {
                    if (PROMPT.matcher(line).find() || BROKER_LOG.matcher(line).find()) continue;
                    for (String run : EnglishRuns.in(line)) english.add(step.line() + "  →  " + run);
                }
            }
            t.line("quit");
        }
        assertTrue(english.isEmpty(), "English sentences in a --lang ko session:\n" + String.join("\n", english));
        // places that said English before (issue 11, korean4): the QoS and -D errors, decode's verdict, a reason code's name
        String screen = all.toString().replaceAll("\\s+", " ");
        for (String expected : List.of("QoS 값이 잘못되었습니다: 7", "'foo' 속성은 publish에 쓸 수 없습니다", "→ 형식이 잘못된 패킷",
                "0x9e · 공유 구독을 지원하지 않음")) {
            assertTrue(screen.contains(expected), "the screen should say: " + expected + "\n" + all);
        }
    }

    /** Types the step and waits for the shell to be idle again; returns what the lab printed for it. */
    static String run(TmuxScreen t, Step step) throws Exception {
        int before = prompts(t.all());
        t.line(step.line());
        if (step.key() != null) {
            // a live view (tree, building): the key stops it once it has drawn
            t.waitFor(p -> TmuxScreen.after(p, "> " + step.line()).strip().contains("\n"), "the live view of `" + step.line() + "`");
            t.keys(step.key());
        }
        String[] seen = {""};
        String pane = mqttlab.testsupport.Await.value(() -> {
            try {
                seen[0] = t.all();
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError("tmux capture-pane", e);
            }
            return prompts(seen[0]) > before && isPrompt(TmuxScreen.lastLine(seen[0])) ? seen[0] : null;
        }, java.time.Duration.ofSeconds(step.seconds()), () -> "the shell did not come back after `" + step.line() + "`:\n" + seen[0]);
        String after = TmuxScreen.after(pane, "> " + step.line());
        int firstLine = after.indexOf('\n');
        return firstLine < 0 ? "" : after.substring(firstLine + 1);
    }

    /** Code in backticks is allowed; a span the lab's wrapping split over two lines is taken out too, its line breaks kept. */
    static String withoutCode(String text) {
        java.util.regex.Matcher m = Pattern.compile("`[^`]*`").matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, " " + "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        return m.appendTail(b).toString();
    }

    static boolean isPrompt(String line) {
        return PROMPT.matcher(line).find() && line.replaceFirst(PROMPT.pattern(), "").isBlank();
    }

    private static int prompts(String pane) {
        int n = 0;
        for (String line : pane.split("\n")) if (PROMPT.matcher(line).find()) n++;
        return n;
    }
}

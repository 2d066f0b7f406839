package mqttlab.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.testsupport.TmuxScreen;
import mqttlab.text.Columns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11's last English, on a real terminal at 80 and 120 columns in both languages: decode's field
 * names, the placeholders of `help pub`, and the clients/sessions/subscriptions tables, which at 80
 * columns leave out whole low-value columns rather than cut an address or a state.
 */
class NarrowScreenKoreanTest {
    private static final KoreanSessionScreenTest.Step[] SCRIPT = {
            KoreanSessionScreenTest.Step.of("help pub"),
            KoreanSessionScreenTest.Step.of("decode 32 0a 00 04 74 65 73 74 00 01 68 69"),
            KoreanSessionScreenTest.Step.of("decode --v5 10 10 00 04 4d 51 54 54 05 02 00 3c 03 21 00 14 00 00"),
            KoreanSessionScreenTest.Step.of("connect owl -i owl -V 5 -x 300 -c"),
            KoreanSessionScreenTest.Step.of("sub -t lab/narrow -q 1"),
            KoreanSessionScreenTest.Step.of("disconnect owl"),
            KoreanSessionScreenTest.Step.of("use lab"),
            KoreanSessionScreenTest.Step.of("clients"),
            KoreanSessionScreenTest.Step.of("sessions"),
            KoreanSessionScreenTest.Step.of("subscriptions")};

    @ParameterizedTest(name = "--lang {0} at {1} columns, TERM={2}")
    @CsvSource({"ko, 80, xterm-256color", "ko, 120, tmux-256color", "en, 80, tmux-256color"})
    void fieldsPlaceholdersAndTables(String lang, int cols, String term) throws Exception {
        List<String> said = new ArrayList<>();
        try (TmuxScreen t = TmuxScreen.start(lang, cols, 50, term)) {
            t.waitFor(s -> KoreanSessionScreenTest.isPrompt(TmuxScreen.lastLine(s)), "the first prompt");
            for (KoreanSessionScreenTest.Step step : SCRIPT) said.add(KoreanSessionScreenTest.run(t, step));
            t.line("quit");
        }
        boolean ko = lang.equals("ko");
        for (String out : said) {
            // the pane's lines joined again where the terminal wrapped them: a joined line wider than the screen was wrapped
            for (String line : out.split("\n")) assertTrue(Columns.of(line) <= cols, "wrapped by the terminal at " + cols + ": " + line);
            if (ko) assertTrue(EnglishRuns.in(out).isEmpty(), "English in --lang ko:\n" + String.join("\n", EnglishRuns.in(out)) + "\n---\n" + out);
        }
        String help = said.get(0);
        assertTrue(help.contains(ko ? "--host=호스트" : "--host=HOST"), help);
        TreeSet<Integer> starts = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^  (?:-\\w, |    )--?[\\w-]+(?:=\\S+)?( {2,})\\S").matcher(help);
        while (m.find()) starts.add(Columns.of(help.substring(help.lastIndexOf('\n', m.start()) + 1, m.end() - 1)));
        assertTrue(starts.size() == 1, "help pub's descriptions start in one display column, not " + starts + ":\n" + help);
        String decode = said.get(1) + said.get(2);
        for (String field : ko ? List.of("남은 길이", "토픽 이름 길이", "패킷 ID", "속성 ID", "수신 최댓값") : List.of("Remaining Length", "Topic Name Length", "Receive Maximum")) {
            assertTrue(decode.contains(field), field + "\n" + decode);
        }
        String clients = said.get(7), sessions = said.get(8);
        // a header may give way to "…" where its cells are narrower; no cell is cut
        for (String table : List.of(clients, sessions, said.get(9))) {
            assertFalse(table.substring(table.indexOf('\n') + 1).contains("…"), "a cell cut:\n" + table);
        }
        assertTrue(clients.contains("127.0.0.1:") && clients.contains(ko ? "오프라인 보관" : "kept offline"), clients);
        assertTrue(sessions.contains("lab/narrow"), sessions);
        if (cols >= 120) assertFalse(clients.contains(ko ? "좁아서" : "too narrow"), "nothing left out at " + cols + ":\n" + clients);
    }
}

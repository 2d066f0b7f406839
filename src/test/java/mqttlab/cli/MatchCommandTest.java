package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `mqttlab match FILTER TOPIC...` through the real picocli root, output captured. */
class MatchCommandTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    @DisplayName("match 'a/+/c/#' a/b/c/d: matches, level by level, exit 0")
    void matches() {
        Run r = run("match", "a/+/c/#", "a/b/c/d");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("a/+/c/# matches a/b/c/d"), r.out());
        assertTrue(r.out().contains("'+' matches any one level"), r.out());
        assertTrue(r.out().contains("'#' matches the rest: 1 level"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour when not a terminal");
        r.out().lines().forEach(l -> assertTrue(l.length() <= 80, "fits 80 columns: " + l));
    }

    @Test
    @DisplayName("match 'a+/c/d' a/b/c/d: the filter is invalid, why, exit 1 [MQTT-4.7.1-3]")
    void invalidFilter() {
        Run r = run("match", "a+/c/d", "a/b/c/d");
        assertEquals(1, r.exit());
        String oneLine = r.out().replaceAll("\\s+", " ");
        assertTrue(oneLine.contains("topic filter \"a+/c/d\" is invalid: level 1 \"a+\", character 2: '+' must occupy a whole level"), r.out());
        assertTrue(oneLine.contains("[MQTT-4.7.1-3]"), r.out());
        assertTrue(r.out().contains("    a+/c/d\n     ^"), "caret under the '+':\n" + r.out());
        assertFalse(r.out().contains("Exception"), r.out());
    }

    @Test
    @DisplayName("no match is still exit 0; +/+/+ against a/b/c/d fails at level 4")
    void noMatch() {
        Run r = run("match", "+/+/+", "a/b/c/d", "x/y/z");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("+/+/+ does not match a/b/c/d"), r.out());
        assertTrue(r.out().contains("+/+/+ matches x/y/z"), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\s+4\\s+\\(none\\)\\s+d\\s+the filter ends.*"), r.out());
    }

    @Test
    @DisplayName("an invalid topic name: exit 1 [MQTT-3.3.2-2]; the $ rule cited [MQTT-4.7.2-1]")
    void invalidTopicAndDollar() {
        Run r = run("match", "#", "$SYS/uptime", "a/+");
        assertEquals(1, r.exit());
        String oneLine = r.out().replaceAll("\\s+", " ");
        assertTrue(oneLine.contains("# does not match $SYS/uptime: a filter starting with a wildcard never matches a topic starting with '$' [MQTT-4.7.2-1]"), r.out());
        assertTrue(oneLine.contains("topic name \"a/+\" is invalid"), r.out());
        assertTrue(oneLine.contains("[MQTT-3.3.2-2]"), r.out());
    }

    @Test
    @DisplayName("a filter alone is validated; shared subscriptions explained [MQTT-4.8.2-1]")
    void filterAloneAndShared() {
        Run r = run("match", "$share/g/a/#");
        assertEquals(0, r.exit());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("shared subscription: group \"g\", filter a/#"), r.out());
        Run bad = run("match", "$share//a");
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("[MQTT-4.8.2-1]"), bad.out());
        Run shared = run("match", "$share/g/a/+", "a/b");
        assertEquals(0, shared.exit());
        assertTrue(shared.out().contains("a/+ matches a/b"), shared.out());
    }

    @Test
    @DisplayName("no arguments: usage on stderr, exit 2")
    void usage() {
        Run r = run("match");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("FILTER"), r.err());
    }
}

package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.BrokerFeatures;
import mqttlab.testsupport.DebianMosquitto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mqttlab classroom --broker URL} on Debian's mosquitto 2.0.11, configured as the README says:
 * its own password file and the shipped {@code broker/acl.example} as its {@code acl_file}. The
 * console, the students' labs and the scoreboard use nothing of the lab's broker.
 */
class UpstreamClassroomTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    @TempDir Path tmp;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
    }

    static String password(String user) { return user + "-secret"; }

    private DebianMosquitto mosquitto(List<String> users) throws Exception {
        java.util.Map<String, String> accounts = new java.util.LinkedHashMap<>();
        for (String u : users) accounts.put(u, password(u));
        DebianMosquitto m = DebianMosquitto.forClass(tmp, accounts);
        open.add(m);
        return m;
    }

    private StudentSession join(int port, String user, EventLog log) throws JoinException {
        StudentSession s = StudentSession.join(JoinSpec.of("mqtt://127.0.0.1:" + port, user, password(user)), null, log);
        open.add(s);
        return s;
    }

    @Test
    @DisplayName("the broker matrix on mosquitto 2.0.11: QoS 2 granted and flows, retained on a wildcard subscription, MQTT 5; no note from the lab")
    void matrixOnMosquitto() throws Exception {
        DebianMosquitto m = mosquitto(List.of("s07"));
        BrokerFeatures f = BrokerFeatures.measure("mosquitto-2.0.11", "127.0.0.1", m.port(), "s07", password("s07"));
        String wild = f.after(BrokerFeatures.WILDCARD_SUB, "s07");
        assertTrue(wild.contains("(QoS 2)") && wild.contains("students/s07/m/r kept"), f.output);
        // `trace last` explains what happened to the retained message, citing the standard: that is not a difference
        String notes = f.output.replace(mqttlab.text.Text.in("en", "shell.trace.relay.retained"), "");
        assertFalse(notes.contains("[MQTT-"), "no broker difference to explain on mosquitto:\n" + f.output);
        assertTrue(f.after(BrokerFeatures.EXACT_SUB, "s07").contains("students/s07/m/r kept"), f.output);
        assertTrue(f.after(BrokerFeatures.QOS2_PUB, "s07").contains("(QoS 2, acknowledged)"), f.output);
        assertTrue(f.after(BrokerFeatures.V5_CONNECT, "s07").contains("connected"), f.output);
        String all = f.after(BrokerFeatures.ALL_SUB, "s07");
        assertTrue(all.contains("subscribed v5 to # (QoS 0)") && all.contains("students/s07/m/r kept"),
                "mosquitto grants # and its ACL filters what is delivered:\n" + f.output);
    }

    @Test
    @DisplayName("mosquitto 2.0.11 with acl.example: students who reported before and after the console started, "
            + "presence, announcements and one lesson suggestion per student")
    void classOnMosquitto() throws Exception {
        List<String> users = List.of("instructor", "s01", "s02", "s03", "s04", "s05", "s06");
        DebianMosquitto m = mosquitto(users);
        Instant at = Instant.parse("2025-05-01T09:00:00Z");
        List<EventLog> logs = new ArrayList<>();
        List<StudentSession> sessions = new ArrayList<>();
        for (int i = 1; i <= 2; i++) { // before the instructor: their reports wait retained, and they answer the roll call
            EventLog log = new EventLog();
            StudentSession s = join(m.port(), "s0" + i, log);
            final int n = i;
            assertTrue(s.reporter().update(r -> r.stepDone("02", n, at).at("02", n + 1, at)).get(5, java.util.concurrent.TimeUnit.SECONDS));
            logs.add(log);
            sessions.add(s);
        }
        Path roster = Files.writeString(tmp.resolve("students.txt"), "# the class\ns01\ns02\ns03\ns04\ns05\ns06\n");
        Classroom c = Classroom.onBroker(ClassAddress.parse("mqtt://instructor@127.0.0.1:" + m.port()), "instructor",
                password("instructor"), roster, null, Clock.systemUTC());
        open.add(c);
        assertTrue(c.broker() == null && c.upstream().isPresent(), "no broker of the lab's own");
        assertEquals(List.of(), c.warnings(), "mosquitto takes MQTT 5: nothing to warn about");
        for (int i = 3; i <= 5; i++) {
            EventLog log = new EventLog();
            StudentSession s = join(m.port(), "s0" + i, log);
            final int n = i;
            s.reporter().update(r -> r.stepDone("03", 1, at).at("03", n, at));
            logs.add(log);
            sessions.add(s);
        }
        Scoreboard board = c.scoreboard();
        Await.until(() -> board.rows().stream().filter(ScoreRow::connected).count() == 5
                && board.rows().stream().filter(r -> r.report().isPresent()).count() == 5, WAIT, () -> String.join("\n", board.render()));
        assertEquals(List.of("s01", "s02", "s03", "s04", "s05", "s06"), board.rows().stream().map(ScoreRow::user).toList(),
                "every student on the roster, in its order; not the instructor");
        ScoreRow s06 = board.rows().get(5);
        assertFalse(s06.connected());
        assertTrue(s06.report().isEmpty());
        assertEquals("02.2", board.rows().get(0).where(), "s01 reported before the console subscribed");
        assertEquals("03.5", board.rows().get(4).where());

        assertEquals(1, c.commands().run("class announce Break until 10:15").size());
        c.commands().run("class lesson 4");
        for (EventLog log : logs) {
            Await.until(() -> log.has(new ClassEvent.Announcement("Break until 10:15")) && log.has(new ClassEvent.LessonSuggested(4)), WAIT, log::toString);
        }
        // a second copy (the lesson topic is subscribed by name and by lab/class/#) would come within this time
        for (EventLog log : logs) {
            Await.stays(() -> log.events.stream().filter(e -> e.equals(new ClassEvent.LessonSuggested(4))).count() == 1, java.time.Duration.ofMillis(300), log::toString);
        }
        List<String> roster2 = c.commands().run("roster add dave");
        assertTrue(roster2.get(0).contains("Accounts live on the broker at 127.0.0.1:" + m.port()), roster2.toString());

        sessions.get(1).close();
        Await.until(() -> !board.rows().get(1).connected(), WAIT, () -> String.join("\n", board.render()));
        assertEquals("02.3", board.rows().get(1).where(), "progress stays after leaving");
        assertTrue(board.render().stream().anyMatch(l -> l.equals("4 of 6 students connected; 5 reported progress.")), String.join("\n", board.render()));
    }
}

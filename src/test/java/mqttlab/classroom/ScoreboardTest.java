package mqttlab.classroom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.ClientInfo;
import mqttlab.protocol.packet.MqttVersion;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoreboardTest {
    private static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
    private final List<ClientInfo> clients = new ArrayList<>();
    private static final CourseShape COURSE = new CourseShape(java.util.Map.of("01", mqttlab.exercises.Kind.SHELL,
            "10", mqttlab.exercises.Kind.JAVA), java.util.Map.of("02", 4, "04", 5));
    private final Scoreboard board = new Scoreboard(() -> List.of("alice", "김민수", "bob"), () -> clients,
            Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC, new ReportCheck(COURSE, Clock.fixed(NOW, ZoneOffset.UTC)),
            witness((user, id) -> id.equals("01") ? java.util.OptionalInt.of(100) : java.util.OptionalInt.empty(), (user, lesson, step) -> true));

    interface Steps { boolean seen(String user, String lesson, int step); }

    private static Witness witness(java.util.function.BiFunction<String, String, java.util.OptionalInt> exercises, Steps steps) {
        return new Witness() {
            @Override public java.util.OptionalInt exercise(String user, String id) { return exercises.apply(user, id); }

            @Override public boolean step(String user, String lesson, int step) { return steps.seen(user, lesson, step); }
        };
    }

    private static ClientInfo online(String id, String user) {
        return new ClientInfo(id, "10.0.0.2:5000", MqttVersion.V5, false, 15, user, true, NOW, 0, 0);
    }

    @Test
    @DisplayName("rows: every roster student, online from the broker, progress from the retained reports")
    void rows() {
        clients.add(online("lab-alice", "alice"));
        clients.add(new ClientInfo("lab-bob", null, MqttVersion.V5, false, 15, "bob", false, NOW, 0, 3));
        board.accept("lab/progress/alice", ProgressReport.start("alice", NOW.minusSeconds(90)).at("04", 3, NOW.minusSeconds(90))
                .exercisePassed("01", 100, NOW.minusSeconds(90)).toJson().getBytes(UTF_8));
        List<String> out = board.render();
        assertEquals(List.of(
                "STUDENT  ONLINE  LESSON  STEPS  EXERCISES  LAST ACTIVITY",
                "-------  ------  ------  -----  ---------  --------------------",
                "alice    yes     04.3        0  1 (01)     09:58:30 (1 min ago)",
                "김민수   no      -           0  0          -",
                "bob      no      -           0  0          -",
                "1 of 3 students connected; 1 reported progress."), out);
        for (String l : List.of(out.get(0), out.get(2), out.get(3), out.get(4))) {
            int col = new AttributedString(l.substring(0, l.indexOf(l.contains("STUDENT") ? "ONLINE" : l.contains("yes") ? "yes" : "no"))).columnLength();
            assertEquals(9, col, "ONLINE column at display column 9 in: " + l);
        }
    }

    @Test
    @DisplayName("a report is filed under its topic's user; an empty payload clears it; garbage is kept aside")
    void topicDecides() {
        board.accept("lab/progress/bob", ProgressReport.start("alice", NOW).at("02", 1, NOW).toJson().getBytes(UTF_8));
        assertTrue(board.report("alice").isEmpty());
        assertEquals("02.1", board.report("bob").orElseThrow().where());
        board.accept("lab/progress/bob", new byte[0]);
        assertTrue(board.report("bob").isEmpty());
        board.accept("lab/progress/bob", "not json".getBytes(UTF_8));
        assertTrue(board.report("bob").isEmpty());
        assertTrue(board.lastProblem().startsWith("lab/progress/bob: bad JSON"), board.lastProblem());
        board.accept("lab/progress/a/b", ProgressReport.start("a", NOW).toJson().getBytes(UTF_8));
        assertTrue(board.report("a").isEmpty());
    }

    @Test
    @DisplayName("a claim the lab did not see is marked self-reported, and graded again only when the claim changes")
    void selfReported() {
        List<String> asked = new ArrayList<>();
        Scoreboard b = new Scoreboard(() -> List.of("alice"), () -> clients, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC,
                new ReportCheck(COURSE, Clock.fixed(NOW, ZoneOffset.UTC)), witness((user, id) -> {
                    asked.add(id);
                    return id.equals("01") ? java.util.OptionalInt.of(80) : java.util.OptionalInt.empty();
                }, (user, lesson, step) -> true));
        ProgressReport r = ProgressReport.start("alice", NOW).exercisePassed("01", 100, NOW).exercisePassed("10", 90, NOW);
        b.accept("lab/progress/alice", r.toJson().getBytes(UTF_8));
        b.accept("lab/progress/alice", r.at("02", 1, NOW).toJson().getBytes(UTF_8));
        assertEquals(List.of("01", "10"), asked, "each claim graded once");
        assertEquals(java.util.Map.of("01", 80, "10", 90), b.report("alice").orElseThrow().exercises(), "the lab's own score for what it saw");
        List<String> out = b.render();
        assertTrue(out.get(2).contains("2 (01 10*)"), out.toString());
        assertTrue(out.get(out.size() - 1).startsWith("* self-reported"), out.toString());
    }

    @Test
    @DisplayName("a lesson step the class broker did not see done counts, marked self-reported; each claimed step is looked for once")
    void stepsSelfReported() {
        List<String> asked = new ArrayList<>();
        Scoreboard b = new Scoreboard(() -> List.of("alice"), () -> clients, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC,
                new ReportCheck(COURSE, Clock.fixed(NOW, ZoneOffset.UTC)), witness((user, id) -> java.util.OptionalInt.empty(),
                (user, lesson, step) -> {
                    asked.add(lesson + "." + step);
                    return step != 3; // 02.3 was not seen on the class broker
                }));
        ProgressReport r = ProgressReport.start("alice", NOW).stepDone("02", 1, NOW).stepDone("02", 3, NOW);
        b.accept("lab/progress/alice", r.toJson().getBytes(UTF_8));
        b.accept("lab/progress/alice", r.stepDone("04", 2, NOW).toJson().getBytes(UTF_8));
        assertEquals(List.of("02.1", "02.3", "04.2"), asked, "each claimed step looked for once");
        ScoreRow row = b.rows().get(0);
        assertEquals(3, row.stepsDone());
        assertEquals(1, row.stepsSelfReported());
        List<String> out = b.render();
        assertTrue(out.get(2).contains("3 (1*)"), out.toString());
        assertTrue(out.get(out.size() - 1).startsWith("* self-reported"), out.toString());
    }
}

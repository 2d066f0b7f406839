package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mqttlab.building.BuildingConfig;
import mqttlab.testsupport.Await;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classroom from a copy of the shipped classroom.conf and acl.example, a generated roster, the
 * building running, and students joining with their own accounts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir static Path tmp;
    private ClassroomFixture fixture;
    private Classroom classroom;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        fixture = ClassroomFixture.create(tmp, 43, "127.0.0.1", 0);
        classroom = Classroom.start(fixture.config(), BuildingConfig.defaults(), Clock.systemUTC());
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : open) c.close();
        if (classroom != null) classroom.close();
    }

    private int port() { return classroom.broker().port(); }

    private StudentSession join(String user, EventLog log) throws JoinException {
        StudentSession s = StudentSession.join(JoinSpec.of("127.0.0.1:" + port(), user, ClassroomFixture.password(user)), null, log);
        open.add(s);
        return s;
    }

    private Peer peer(String user) throws Exception {
        Peer p = Peer.connect(port(), user, ClassroomFixture.password(user));
        open.add(p);
        return p;
    }

    private static String lesson(int i) { return String.format("%02d", i % 12 + 1); }

    @Test
    @DisplayName("30 students join, do steps and pass exercises; the scoreboard shows each of them right")
    void thirtyStudents() throws Exception {
        List<StudentSession> sessions = new ArrayList<>();
        List<CompletableFuture<Boolean>> acks = new ArrayList<>();
        Instant t0 = Instant.parse("2025-05-01T09:00:00Z");
        for (int i = 1; i <= 30; i++) {
            StudentSession s = join(fixture.students.get(i - 1), new EventLog());
            sessions.add(s);
            final int n = i;
            Instant at = t0.plusSeconds(n);
            acks.add(s.reporter().update(r -> {
                for (int st = 1; st <= n % 5; st++) r = r.stepDone(lesson(n), st, at);
                for (int e = 1; e <= n % 3; e++) r = r.exercisePassed(String.format("%02d", e), 50 + n, at);
                return r.at(lesson(n), n % 4 + 1, at);
            }));
        }
        for (var a : acks) assertTrue(a.get(5, TimeUnit.SECONDS), "every report acknowledged");
        Scoreboard board = classroom.scoreboard();
        Await.until(() -> board.rows().stream().filter(r -> r.user().compareTo("s30") <= 0 && r.report().isPresent()).count() == 30,
                WAIT, () -> String.join("\n", board.render()));
        for (int i = 1; i <= 30; i++) {
            String user = fixture.students.get(i - 1);
            ScoreRow row = board.rows().stream().filter(r -> r.user().equals(user)).findFirst().orElseThrow();
            assertTrue(row.connected(), user + " connected");
            assertEquals(lesson(i) + "." + (i % 4 + 1), row.where(), user);
            assertEquals(i % 5, row.stepsDone(), user);
            assertEquals(i % 3, row.exercises().size(), user);
            final int best = 50 + i;
            row.exercises().values().forEach(score -> assertEquals(best, score, user));
            assertEquals(Optional.of(t0.plusSeconds(i)), row.lastActivity(), user);
        }
        int s07 = 7;
        assertEquals(Map.of("01", 50 + s07), board.report("s07").orElseThrow().exercises());
        List<String> table = board.render();
        assertTrue(table.get(0).startsWith("STUDENT"), table.get(0));
        assertTrue(table.stream().anyMatch(l -> l.matches("s07 +yes +08\\.4 +2 \\(2\\*\\) +1 \\(01\\*\\) +\\d\\d:\\d\\d:07 \\(\\d+ h ago\\)")), String.join("\n", table));
        assertTrue(table.get(2).indexOf("yes") == table.get(0).indexOf("ONLINE"), "columns aligned:\n" + String.join("\n", table));

        for (StudentSession s : sessions.subList(25, 30)) s.close();
        Await.until(() -> board.rows().stream().filter(r -> r.user().compareTo("s26") >= 0 && r.user().compareTo("s30") <= 0)
                .noneMatch(ScoreRow::connected), WAIT, () -> String.join("\n", board.render()));
        ScoreRow gone = board.rows().stream().filter(r -> r.user().equals("s28")).findFirst().orElseThrow();
        assertFalse(gone.connected());
        assertEquals(lesson(28) + "." + (28 % 4 + 1), gone.where(), "progress stays on the board after leaving");

        Path csv = tmp.resolve("out/scores.csv");
        assertEquals(List.of("Wrote 43 rows to " + csv + "."), classroom.commands().run("scoreboard export " + csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("user,connected,lesson,step,steps_done,steps_self_reported,exercises_passed,exercise_scores,self_reported,last_activity", lines.get(0));
        assertTrue(lines.contains("s07,true,08,4,2,2,1,01:57,01,2025-05-01T09:00:07Z"), String.join("\n", lines));
        assertTrue(lines.contains("s28,false,05,1,3,3,1,01:78,01,2025-05-01T09:00:28Z"), String.join("\n", lines));
    }

    @Test
    @DisplayName("ACL: a student's publishes to students/B/... and lab/progress/B are not delivered; their own are")
    void crossStudentPublishesDenied() throws Exception {
        Peer a = peer("s31");
        Peer b = peer("s32");
        Peer nosy = peer("s33");
        b.subscribe("students/s32/#");
        b.subscribe("lab/progress/s32");
        a.subscribe("students/s31/#");
        nosy.subscribe("students/#");
        String genuine = ProgressReport.start("s32", Instant.parse("2025-05-01T10:00:00Z")).at("01", 1, Instant.parse("2025-05-01T10:00:00Z")).toJson();
        b.publish("lab/progress/s32", genuine, true);

        a.publish("students/s32/hello", "from a", false);
        String forged = ProgressReport.start("s32", Instant.parse("2025-05-01T11:00:00Z")).at("12", 9, Instant.parse("2025-05-01T11:00:00Z")).toJson();
        a.publish("lab/progress/s32", forged, true);
        a.publish("students/s31/own", "mine", false);
        b.publish("students/s32/marker", "done", false);

        Await.until(() -> b.received.contains("students/s32/marker done") && a.received.contains("students/s31/own mine"), WAIT,
                () -> a.received + " / " + b.received);
        assertFalse(b.received.contains("students/s32/hello from a"), "cross-student publish delivered: " + b.received);
        assertFalse(b.received.contains("lab/progress/s32 " + forged), "forged progress delivered: " + b.received);
        assertTrue(b.received.contains("lab/progress/s32 " + genuine), b.received.toString());
        assertFalse(nosy.received.stream().anyMatch(m -> m.startsWith("students/s31/") || m.startsWith("students/s32/")),
                "another student's space is not readable: " + nosy.received);
        Await.until(() -> classroom.scoreboard().report("s32").isPresent(), WAIT, () -> "no report for s32");
        assertEquals("01.1", classroom.scoreboard().report("s32").orElseThrow().where(), "the scoreboard keeps the genuine report");
        assertTrue(classroom.broker().retained().stream().anyMatch(r -> r.topic().equals("lab/progress/s32")
                && new String(r.payload(), java.nio.charset.StandardCharsets.UTF_8).equals(genuine)));
    }

    @Test
    @DisplayName("anonymous, unknown-user and wrong-password connections are refused")
    void refusals() throws Exception {
        Exception anon = assertThrows(Exception.class, () -> Peer.connect(port(), null, null));
        assertInstanceOf(Mqtt5ConnAckException.class, anon);
        Exception wrong = assertThrows(Exception.class, () -> Peer.connect(port(), "s34", "not-the-password"));
        assertInstanceOf(Mqtt5ConnAckException.class, wrong);
        JoinException j = assertThrows(JoinException.class,
                () -> StudentSession.join(JoinSpec.of("127.0.0.1:" + port(), "s34", "nope"), null, new EventLog()));
        assertTrue(j.getMessage().startsWith("The class broker at 127.0.0.1:" + port() + " refused user 's34'"), j.getMessage());
        JoinException unknown = assertThrows(JoinException.class,
                () -> StudentSession.join(JoinSpec.of("127.0.0.1:" + port(), "mallory", "x"), null, new EventLog()));
        assertTrue(unknown.getMessage().contains("refused user 'mallory'"), unknown.getMessage());
        Exception staff = assertThrows(Exception.class, () -> Peer.connect(port(), "building", "building-pw"));
        assertInstanceOf(Mqtt5ConnAckException.class, staff, "the internal building account has no guessable password");
    }

    @Test
    @DisplayName("class announce / lesson / allow ac / deny ac reach the students; A/C commands pass only while allowed")
    void classChannel() throws Exception {
        EventLog log = new EventLog();
        join("s35", log);
        Peer cmd = peer("s36");
        Peer watch = peer("s37");
        watch.subscribe("building/+/ac/set");
        watch.subscribe("students/s37/#");
        InstructorCommands c = classroom.commands();

        assertTrue(c.run("class announce Break until 10:15").get(0).startsWith("Announced to "));
        assertEquals(List.of("Suggested lesson 5 to the class."), c.run("class lesson 5"));
        Await.until(() -> log.has(new ClassEvent.Announcement("Break until 10:15")) && log.has(new ClassEvent.LessonSuggested(5)),
                WAIT, log::toString);

        cmd.publish("building/125/ac/set", "ON", false);
        watch.publish("students/s37/m", "1", false);
        Await.until(() -> watch.received.contains("students/s37/m 1"), WAIT, watch.received::toString);
        assertFalse(watch.received.contains("building/125/ac/set ON"), "A/C command passed before `class allow ac`");

        assertEquals(List.of("Students may now command the A/C units (building/+/ac/set)."), c.run("class allow ac"));
        Await.until(() -> log.has(new ClassEvent.AcPermission(true)), WAIT, log::toString);
        cmd.publish("building/125/ac/set", "ON", false);
        Await.until(() -> watch.received.contains("building/125/ac/set ON"), WAIT, watch.received::toString);
        Await.until(() -> classroom.building().orElseThrow().snapshot().toString().contains("ON")
                || classroom.broker().retained().stream().anyMatch(r -> r.topic().equals("building/125/ac/state")
                && new String(r.payload()).equals("ON")), WAIT, () -> "the building did not switch the A/C on");

        c.run("class deny ac");
        Await.until(() -> log.has(new ClassEvent.AcPermission(false)), WAIT, log::toString);
        cmd.publish("building/125/ac/set", "OFF", false);
        watch.publish("students/s37/m", "2", false);
        Await.until(() -> watch.received.contains("students/s37/m 2"), WAIT, watch.received::toString);
        assertFalse(watch.received.contains("building/125/ac/set OFF"), "A/C command passed after `class deny ac`");

        assertTrue(c.run("class reset-building").get(0).startsWith("The building is back at its start"));
        assertTrue(c.run("class lesson x").get(0).startsWith("Usage:"));
    }

    @Test
    @DisplayName("the building runs as the internal account; students read its readings")
    void buildingReadable() throws Exception {
        Peer p = peer("s38");
        p.subscribe("building/+/+/temperature");
        Await.until(() -> !p.received.isEmpty(), Duration.ofSeconds(15), () -> "no readings");
        assertTrue(p.received.get(0).matches("building/\\w+/sensor\\d+/temperature -?\\d+(\\.\\d+)?"), p.received.get(0));
    }

    @Test
    @DisplayName("roster add takes effect at once; roster remove disconnects the student and refuses a rejoin")
    void rosterAtRuntime() throws Exception {
        InstructorCommands c = classroom.commands();
        List<String> added = c.run("roster add latecomer");
        assertTrue(added.get(0).startsWith("Added latecomer; password (shown once): "), added.toString());
        String pw = added.get(0).substring(added.get(0).lastIndexOf(' ') + 1);
        EventLog log = new EventLog();
        StudentSession late = StudentSession.join(JoinSpec.of("127.0.0.1:" + port(), "latecomer", pw), null, log);
        open.add(late);
        assertTrue(late.connected());
        assertTrue(String.join(" ", c.run("roster list")).contains("latecomer"));
        assertFalse(String.join(" ", c.run("roster list")).contains("instructor"));
        assertEquals(List.of("Removed latecomer."), c.run("roster remove latecomer"));
        Await.until(() -> log.has(ClassEvent.Refused.class), WAIT, log::toString);
        assertFalse(late.connected());
        assertThrows(JoinException.class, () -> StudentSession.join(JoinSpec.of("127.0.0.1:" + port(), "latecomer", pw), null, new EventLog()));
        assertTrue(c.run("roster add building").get(0).startsWith("Error: 'building' is a staff account"));
        assertEquals(List.of("No student 'nobody' in " + fixture.passwd + "."), c.run("roster remove nobody"));
    }

    @Test
    @DisplayName("a lesson step is confirmed from the student's packets on the class broker; one the broker cannot see, or did not see, is self-reported")
    void stepsConfirmedFromTheTap() throws Exception {
        EventLog log = new EventLog();
        StudentSession s = join("s41", log);
        mqttlab.lessons.Lesson four = mqttlab.lessons.LessonCatalog.locate().lesson("en", 4).orElseThrow();
        int publishStep = stepChecking(four, "publish topic=lab/room125/reading");
        int commandStep = stepChecking(four, "command subscriptions");
        Peer own = peer("s41");
        own.publish("lab/room125/reading", "21.5", false); // what the step asks, done by one of s41's own clients
        Peer other = peer("s42");
        other.publish("lab/room125/reading", "21.5", false);
        Instant at = Instant.parse("2025-05-01T12:00:00Z");
        // s41 claims the publish step (seen) and the shell-only step (the broker cannot see a shell command)
        s.reporter().update(r -> r.stepDone("04", publishStep, at).stepDone("04", commandStep, at));
        Await.until(() -> classroom.scoreboard().report("s41").map(ProgressReport::stepsDone).orElse(0) == 2, WAIT,
                () -> classroom.scoreboard().report("s41").toString());
        ScoreRow row = classroom.scoreboard().rows().stream().filter(r -> r.user().equals("s41")).findFirst().orElseThrow();
        assertEquals(1, row.stepsSelfReported(), row.toString());
        // s42 published with a client of their own: seen too
        StudentSession s42 = join("s42", new EventLog());
        s42.reporter().update(r -> r.stepDone("04", publishStep, at));
        Await.until(() -> classroom.scoreboard().report("s42").map(ProgressReport::stepsDone).orElse(0) == 1, WAIT,
                () -> classroom.scoreboard().report("s42").toString());
        assertEquals(0, classroom.scoreboard().rows().stream().filter(r -> r.user().equals("s42")).findFirst().orElseThrow().stepsSelfReported());
        StudentSession s43 = join("s43", new EventLog());
        s43.reporter().update(r -> r.stepDone("04", publishStep, at));
        Await.until(() -> classroom.scoreboard().report("s43").map(ProgressReport::stepsDone).orElse(0) == 1, WAIT,
                () -> classroom.scoreboard().report("s43").toString());
        assertEquals(1, classroom.scoreboard().rows().stream().filter(r -> r.user().equals("s43")).findFirst().orElseThrow().stepsSelfReported(),
                "s43 never published: the claim is self-reported");
        assertTrue(String.join("\n", classroom.scoreboard().render()).contains("1 (1*)"), String.join("\n", classroom.scoreboard().render()));
    }

    private static int stepChecking(mqttlab.lessons.Lesson lesson, String check) {
        return lesson.steps().stream().filter(st -> st.checkSource().map(String::strip).orElse("").equals(check))
                .findFirst().orElseThrow(() -> new AssertionError("lesson " + lesson.key() + " has no step checking " + check)).number();
    }

    @Test
    @DisplayName("a cut connection: the student hears the lab went away and is back, and the report is sent again")
    void reconnectsAfterCut() throws Exception {
        EventLog log = new EventLog();
        StudentSession s = join("s39", log);
        Instant at = Instant.parse("2025-05-01T12:00:00Z");
        assertTrue(s.reporter().update(r -> r.at("03", 2, at)).get(5, TimeUnit.SECONDS));
        assertTrue(classroom.broker().cut(s.spec().clientId()));
        Await.until(() -> log.has(ClassEvent.Lost.class) && log.has(ClassEvent.Back.class), WAIT, log::toString);
        assertEquals(new ClassEvent.Back(true), log.events.stream().filter(e -> e instanceof ClassEvent.Back).findFirst().orElseThrow());
        Await.until(() -> s.connected(), WAIT, log::toString);
        s.reporter().update(r -> r.stepDone("03", 2, at.plusSeconds(5)));
        Await.until(() -> classroom.scoreboard().report("s39").map(ProgressReport::stepsDone).orElse(0) == 1, WAIT,
                () -> classroom.scoreboard().report("s39").toString());
    }

    @Test
    @DisplayName("two labs of one account both stay in class (each its own unguessable client id); a lab whose id is taken over hears who did it and rejoins under a fresh id")
    void secondLabTakesOver() throws Exception {
        EventLog first = new EventLog();
        StudentSession a = join("s40", first);
        EventLog second = new EventLog();
        StudentSession b = join("s40", second);
        assertNotEquals(a.spec().clientId(), b.spec().clientId());
        assertTrue(a.spec().clientId().startsWith("s40-lab-"), a.spec().clientId());
        assertTrue(a.connected() && b.connected(), first + " / " + second);
        String taken = a.spec().clientId();
        EventLog third = new EventLog();
        StudentSession c = StudentSession.join(JoinSpec.of("127.0.0.1:" + port(), "s40", ClassroomFixture.password("s40"))
                .withClientId(taken), null, third);
        open.add(c);
        Await.until(() -> first.has(ClassEvent.Rejoined.class), WAIT, first::toString);
        assertTrue(first.events.stream().anyMatch(e -> e instanceof ClassEvent.TakenOver
                && e.message().contains("taken over by user 's40' from 127.0.0.1:") && e.message().contains(taken)), first.toString());
        assertFalse(first.has(ClassEvent.Refused.class), first.toString());
        // no tug of war: the first lab is back under an id of its own, and the taker keeps the old one
        Await.until(() -> a.connected() && b.connected() && c.connected(), WAIT, first::toString);
        assertNotEquals(taken, a.spec().clientId());
        assertTrue(a.spec().clientId().startsWith("s40-lab-"), a.spec().clientId());
        assertFalse(third.has(ClassEvent.TakenOver.class) || third.has(ClassEvent.Refused.class), third.toString());
        // and it is still in class: an announcement reaches it under the new id
        classroom.commands().run("class announce after the takeover");
        Await.until(() -> first.has(new ClassEvent.Announcement("after the takeover")), WAIT, first::toString);
    }
}

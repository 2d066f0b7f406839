package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.Await;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instructor's lab stops and starts again (a laptop restarted): students come back on their own. */
class ClassroomRestartTest {
    @TempDir Path tmp;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    @Test
    @DisplayName("the lab goes away: the student is told, keeps the local progress, reconnects and re-sends it to the new lab")
    void instructorRestarts() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 2, "127.0.0.1", freePort());
        EventLog log = new EventLog();
        Instant at = Instant.parse("2025-05-01T09:30:00Z");
        Classroom first = Classroom.start(f.config(), null, Clock.systemUTC());
        int port = first.broker().port();
        StudentSession s = StudentSession.join(JoinSpec.of("127.0.0.1:" + port, "s01", "pw-s01"), null, log);
        try {
            assertTrue(s.reporter().update(r -> r.at("02", 1, at)).get(5, TimeUnit.SECONDS));
            first.close();
            Await.until(() -> log.has(ClassEvent.Lost.class), Duration.ofSeconds(10), log::toString);
            assertFalse(s.reporter().update(r -> r.stepDone("02", 1, at.plusSeconds(60))).get(5, TimeUnit.SECONDS),
                    "kept for later while the lab is away");
            try (Classroom second = Classroom.start(f.config(), null, Clock.systemUTC())) {
                // classroom.conf has persistence on: the restarted lab still holds the student's session
                Await.until(() -> log.has(new ClassEvent.Back(true)), Duration.ofSeconds(15), log::toString);
                // The restored lab may first show the retained report it saved (persistence), then the re-sent one.
                Await.until(() -> second.scoreboard().report("s01").map(x -> x.stepsDone() == 1).orElse(false),
                        Duration.ofSeconds(10), () -> "no re-sent report: " + second.scoreboard().report("s01"));
                ProgressReport r = second.scoreboard().report("s01").orElseThrow();
                assertEquals("02.1", r.where());
                assertEquals(1, r.stepsDone(), "the step done while the lab was away arrived");
                second.commands().announce("welcome back");
                Await.until(() -> log.has(new ClassEvent.Announcement("welcome back")), Duration.ofSeconds(10), log::toString);
            }
        } finally {
            s.close();
        }
    }
}

package mqttlab.exercises.progress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A kill -9 in the middle of a stream of writes leaves a readable progress file. */
@Timeout(60)
class ProgressKillTest {

    @Test
    void killNineDuringWritesLeavesAReadableFile(@TempDir Path home) throws Exception {
        for (int round = 0; round < 3; round++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ProgressHammer.class.getName(), home.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                assertTrue(r.readLine().contains("started"));
                assertTrue(r.readLine().contains("written"));
                // then a moment of writes at full speed, so the kill lands in the middle of one: time must really
                // pass, a different length each round, since no signal can say "now it is mid-write"
                Thread.sleep(100 + round * 150L);
                p.destroyForcibly();   // SIGKILL
                p.waitFor(10, TimeUnit.SECONDS);
            }
            ProgressStore s = new ProgressStore(home, Clock.systemUTC());
            Progress progress = s.load();
            assertTrue(s.takeWarning().isEmpty(), "the file must never be left half-written");
            assertFalse(progress.exercises().isEmpty());
        }
    }
}
